import { useRef, useState, type DragEvent, type FormEvent } from 'react'
import { CsrfInput } from '#app/components/csrf-input'

const ACCEPT = '.pdf,.docx,.xlsx,.csv,.png,.jpg,.jpeg'

type TProps = {
  action: string
  /** Where the script posts the same form, to be answered in JSON. */
  scriptAction: string
  errors?: Record<string, string>
}

/**
 * A plain multipart form with a file input, which works without JavaScript. With JavaScript the
 * drop zone takes a dragged file and the upload goes through XMLHttpRequest so a progress bar can
 * show how much has been sent.
 */
export function EvidenceUploadForm({ action, scriptAction, errors = {} }: TProps) {
  const form = useRef<HTMLFormElement>(null)
  const input = useRef<HTMLInputElement>(null)
  const [progress, setProgress] = useState<number | null>(null)
  const [clientError, setClientError] = useState<string | null>(null)
  const [dragging, setDragging] = useState(false)
  const fileError = clientError ?? errors.file

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault()
    setDragging(false)
    if (input.current && event.dataTransfer.files.length > 0) input.current.files = event.dataTransfer.files
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!form.current || typeof XMLHttpRequest === 'undefined') return
    event.preventDefault()
    const request = new XMLHttpRequest()
    request.open('POST', scriptAction)
    request.setRequestHeader('Accept', 'application/json')
    request.upload.onprogress = (progressEvent) => {
      if (progressEvent.lengthComputable) setProgress(Math.round((progressEvent.loaded / progressEvent.total) * 100))
    }
    request.onload = () => {
      const body = safeJson(request.responseText)
      if (request.status < 300 && body?.redirectTo) {
        window.location.assign(body.redirectTo)
        return
      }
      setProgress(null)
      setClientError(body?.fieldErrors?.file ?? body?.formError ?? 'The upload failed; try again')
    }
    request.onerror = () => {
      setProgress(null)
      setClientError('The upload failed; check your connection and try again')
    }
    setClientError(null)
    setProgress(0)
    request.send(new FormData(form.current))
  }

  return (
    <form ref={form} method="post" encType="multipart/form-data" action={action} onSubmit={onSubmit} noValidate>
      <CsrfInput />
      <div className={`govuk-form-group${fileError ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor="file">
          Evidence file
        </label>
        <div id="file-hint" className="govuk-hint">
          PDF, DOCX, XLSX, CSV, PNG or JPEG, up to 25 MB. A PDF that runs scripts or carries other files inside it is not accepted.
        </div>
        {fileError ? (
          <p id="file-error" className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {fileError}
          </p>
        ) : null}
        <div
          className={`app-drop-zone${dragging ? ' app-drop-zone--active' : ''}`}
          onDragOver={(event) => {
            event.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <input ref={input} className="govuk-file-upload" id="file" name="file" type="file" accept={ACCEPT} aria-describedby={fileError ? 'file-hint file-error' : 'file-hint'} />
          <p className="govuk-body govuk-!-margin-bottom-0 govuk-!-margin-top-2">or drag a file here</p>
        </div>
      </div>
      <div className={`govuk-form-group${errors.description ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor="description">
          What the file shows
        </label>
        {errors.description ? (
          <p id="description-error" className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {errors.description}
          </p>
        ) : null}
        <textarea className="govuk-textarea" id="description" name="description" rows={3} aria-describedby={errors.description ? 'description-error' : undefined} />
      </div>
      {progress !== null ? (
        <div className="govuk-form-group" aria-live="polite">
          <label className="govuk-label" htmlFor="upload-progress">
            Uploading: {progress}%
          </label>
          <progress id="upload-progress" max={100} value={progress}>
            {progress}%
          </progress>
        </div>
      ) : null}
      <button type="submit" className="govuk-button" disabled={progress !== null}>
        Upload evidence
      </button>
    </form>
  )
}

type TUploadAnswer = { redirectTo?: string; formError?: string; fieldErrors?: Record<string, string> }

function safeJson(text: string): TUploadAnswer | null {
  try {
    return JSON.parse(text) as TUploadAnswer
  } catch {
    return null
  }
}
