import { useEffect, useRef, useState, type PointerEvent } from 'react'
import { AppForm, Radios, TextInput } from '#app/components/forms'

export type TSignatureMethod = 'typed' | 'drawn'

export type TSignatureFormProps = {
  documentSha256: string
  organisationName: string
  errors: Record<string, string | undefined>
  /** What the signatory entered before a refused submission, so nothing is lost. */
  kept: { name: string; title: string; method: string; drawnSignature: string }
  /** Which action this form is for, where the page has more than one. */
  intent?: string
}

/**
 * The signature itself: a typed name, or a drawing as well, with a job title and consent, bound to
 * the exact document hash shown beside it. Used by signatories with an account and by those signing
 * through a link. Drawing needs JavaScript, so the choice only appears once it runs; typing the name
 * always works, with a keyboard or a screen reader.
 */
export function SignatureForm({ documentSha256, organisationName, errors, kept, intent }: TSignatureFormProps) {
  const [canDraw, setCanDraw] = useState(false)
  const [method, setMethod] = useState<TSignatureMethod>(kept.method === 'drawn' ? 'drawn' : 'typed')
  useEffect(() => setCanDraw(true), [])
  const drawing = canDraw && method === 'drawn'
  return (
    <AppForm>
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <input type="hidden" name="documentSha256" value={documentSha256} />
      {canDraw ? <Radios name="method" legend="How do you want to sign?" options={METHOD_OPTIONS} value={method} onChange={setMethod} error={errors.method} size="small" /> : null}
      <TextInput
        name="name"
        label="Your full name"
        hint={drawing ? 'Your name is recorded with your drawn signature.' : 'Typing your name is your signature.'}
        error={errors.name}
        defaultValue={kept.name}
        autoComplete="name"
      />
      {drawing ? <SignaturePad error={errors.drawnSignature} keptDrawing={kept.drawnSignature} /> : null}
      <TextInput name="title" label="Your job title" error={errors.title} defaultValue={kept.title} />
      <div className={`govuk-form-group${errors.consent ? ' govuk-form-group--error' : ''}`}>
        {errors.consent ? (
          <p id="consent-error" className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {errors.consent}
          </p>
        ) : null}
        <div className="govuk-checkboxes" data-module="govuk-checkboxes">
          <div className="govuk-checkboxes__item">
            <input className="govuk-checkboxes__input" id="consent" name="consent" type="checkbox" value="on" aria-describedby={errors.consent ? 'consent-error' : undefined} />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="consent">
              I have read the document and agree to sign it electronically for {organisationName}
            </label>
          </div>
        </div>
      </div>
      <button type="submit" className="govuk-button" data-module="govuk-button">
        Sign the agreement
      </button>
    </AppForm>
  )
}

const METHOD_OPTIONS: Array<{ value: TSignatureMethod; label: string }> = [
  { value: 'typed', label: 'Type your name' },
  { value: 'drawn', label: 'Draw your signature' },
]

const CANVAS_WIDTH = 600
const CANVAS_HEIGHT = 200
const INK = '#0b0c0c'

/** A canvas drawn on with a mouse, finger or pen (pointer events); the drawing is posted as a PNG data URL. */
function SignaturePad({ error, keptDrawing }: { error?: string; keptDrawing: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const drawingRef = useRef(false)
  const keptRef = useRef(keptDrawing.startsWith('data:image/png;base64,') ? keptDrawing : '')
  const [dataUrl, setDataUrl] = useState(keptRef.current)

  // After a refused submission the drawing comes back, so it need not be drawn again.
  useEffect(() => {
    const context = canvasRef.current?.getContext('2d')
    if (!context || !keptRef.current) return
    const image = new Image()
    image.onload = () => context.drawImage(image, 0, 0)
    image.src = keptRef.current
  }, [])

  function point(event: PointerEvent<HTMLCanvasElement>) {
    const canvas = event.currentTarget
    const box = canvas.getBoundingClientRect()
    return { x: ((event.clientX - box.left) * canvas.width) / box.width, y: ((event.clientY - box.top) * canvas.height) / box.height }
  }

  function start(event: PointerEvent<HTMLCanvasElement>) {
    const context = event.currentTarget.getContext('2d')
    if (!context) return
    event.preventDefault()
    event.currentTarget.setPointerCapture(event.pointerId)
    drawingRef.current = true
    const { x, y } = point(event)
    context.lineWidth = 3
    context.lineCap = 'round'
    context.lineJoin = 'round'
    context.strokeStyle = INK
    context.beginPath()
    context.moveTo(x, y)
    // A dot for a tap, as on paper.
    context.lineTo(x + 0.1, y + 0.1)
    context.stroke()
  }

  function move(event: PointerEvent<HTMLCanvasElement>) {
    const context = event.currentTarget.getContext('2d')
    if (!drawingRef.current || !context) return
    const { x, y } = point(event)
    context.lineTo(x, y)
    context.stroke()
  }

  function end(event: PointerEvent<HTMLCanvasElement>) {
    if (!drawingRef.current) return
    drawingRef.current = false
    setDataUrl(event.currentTarget.toDataURL('image/png'))
  }

  function clear() {
    const canvas = canvasRef.current
    canvas?.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height)
    setDataUrl('')
  }

  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <p className="govuk-label" id="drawnSignature-label">
        Your signature
      </p>
      <div id="drawnSignature-hint" className="govuk-hint">
        Draw your signature in the box with a mouse, your finger or a stylus. If you cannot draw it, choose “Type your name”: a typed name is just as valid.
      </div>
      {error ? (
        <p id="drawnSignature-error" className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <canvas
        ref={canvasRef}
        id="drawnSignature"
        role="img"
        aria-labelledby="drawnSignature-label"
        aria-describedby={error ? 'drawnSignature-hint drawnSignature-error' : 'drawnSignature-hint'}
        tabIndex={-1}
        width={CANVAS_WIDTH}
        height={CANVAS_HEIGHT}
        // Set from script (the canvas only exists once JavaScript runs), so the style policy allows it.
        style={{ display: 'block', width: '100%', maxWidth: CANVAS_WIDTH, aspectRatio: `${CANVAS_WIDTH} / ${CANVAS_HEIGHT}`, border: `2px solid ${error ? '#d4351c' : INK}`, background: '#ffffff', touchAction: 'none', cursor: 'crosshair' }}
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
      />
      <input type="hidden" name="drawnSignature" value={dataUrl} />
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-top-2 govuk-!-margin-bottom-0" data-module="govuk-button" onClick={clear}>
        Clear
      </button>
    </div>
  )
}
