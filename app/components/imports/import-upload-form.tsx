// Choosing the agreement file: a plain multipart form that works without JavaScript; with it, the
// file is sent by XMLHttpRequest so a bar shows how much of a large file has gone.
import { useRef, useState, type FormEvent } from 'react'
import { CsrfInput } from '#app/components/csrf-input'

type TProps = {
  errors?: Record<string, string>
  /** Offered when the commissioner works for more than one authority. */
  authorities: Array<{ value: string; label: string }>
}

export function ImportUploadForm({ errors = {}, authorities }: TProps) {
  const form = useRef<HTMLFormElement>(null)
  const [sent, setSent] = useState<number | null>(null)
  const [scriptError, setScriptError] = useState<string | null>(null)
  const fileError = scriptError ?? errors.file

  function send(event: FormEvent<HTMLFormElement>) {
    if (!form.current || typeof XMLHttpRequest === 'undefined') return
    event.preventDefault()
    const upload = new XMLHttpRequest()
    upload.open('POST', '/imports/upload')
    upload.setRequestHeader('Accept', 'application/json')
    upload.upload.onprogress = (progress) => progress.lengthComputable && setSent(Math.round((progress.loaded / progress.total) * 100))
    upload.onload = () => {
      const answer = parse(upload.responseText)
      if (upload.status < 300 && answer?.redirectTo) return window.location.assign(answer.redirectTo)
      setSent(null)
      setScriptError(answer?.fieldErrors?.file ?? answer?.formError ?? 'The upload failed; try again')
    }
    upload.onerror = () => {
      setSent(null)
      setScriptError('The upload failed; check your connection and try again')
    }
    setScriptError(null)
    setSent(0)
    upload.send(new FormData(form.current))
  }

  return (
    <form ref={form} method="post" encType="multipart/form-data" action="/imports?index" onSubmit={send} noValidate>
      <CsrfInput />
      {authorities.length > 1 ? (
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="authority">
            Authority
          </label>
          <select className="govuk-select" id="authority" name="authority">
            {authorities.map((authority) => (
              <option key={authority.value} value={authority.value}>
                {authority.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className={`govuk-form-group${fileError ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor="file">
          Agreement file
        </label>
        <div id="file-hint" className="govuk-hint">
          A Word document (.docx) or a PDF saved from one, up to 25 MB. A scanned PDF has no text to read and is not accepted.
        </div>
        {fileError ? (
          <p id="file-error" className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {fileError}
          </p>
        ) : null}
        <input className={`govuk-file-upload${fileError ? ' govuk-file-upload--error' : ''}`} id="file" name="file" type="file" accept=".docx,.pdf" aria-describedby={fileError ? 'file-hint file-error' : 'file-hint'} />
      </div>
      {sent !== null ? (
        <div className="govuk-form-group" aria-live="polite">
          <label className="govuk-label" htmlFor="upload-progress">
            Uploading: {sent}%
          </label>
          <progress id="upload-progress" max={100} value={sent}>
            {sent}%
          </progress>
        </div>
      ) : null}
      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={sent !== null}>
        Upload and read
      </button>
    </form>
  )
}

type TAnswer = { redirectTo?: string; formError?: string; fieldErrors?: Record<string, string> }

function parse(text: string): TAnswer | null {
  try {
    return JSON.parse(text) as TAnswer
  } catch {
    return null
  }
}
