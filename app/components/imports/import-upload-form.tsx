// Choosing the agreement file: a plain multipart form that works without JavaScript; with it, the
// file is sent by XMLHttpRequest so a bar shows how much of a large file has gone.
import { CsrfInput } from '#app/components/csrf-input'
import { useUploadProgress } from '#app/components/use-upload-progress'

type TProps = {
  errors?: Record<string, string>
  /** Offered when the commissioner works for more than one authority. */
  authorities: Array<{ value: string; label: string }>
}

export function ImportUploadForm({ errors = {}, authorities }: TProps) {
  const { form, sent, scriptError, send } = useUploadProgress('/imports/upload')
  const fileError = scriptError ?? errors.file

  return (
    <form ref={form} method="post" encType="multipart/form-data" action="/imports" onSubmit={send} noValidate>
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
