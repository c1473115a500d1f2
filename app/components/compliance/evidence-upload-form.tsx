import { useRef, useState, type DragEvent } from 'react'
import { CsrfInput } from '#app/components/csrf-input'
import { useUploadProgress } from '#app/components/use-upload-progress'

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
  const { form, sent: progress, scriptError, send } = useUploadProgress(scriptAction)
  const input = useRef<HTMLInputElement>(null)
  const [dragging, setDragging] = useState(false)
  const fileError = scriptError ?? errors.file

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault()
    setDragging(false)
    if (input.current && event.dataTransfer.files.length > 0) input.current.files = event.dataTransfer.files
  }

  return (
    <form ref={form} method="post" encType="multipart/form-data" action={action} onSubmit={send} noValidate>
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
