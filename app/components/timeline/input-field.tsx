import { fieldId } from '#app/components/forms'

type TInputFieldProps = {
  name: string
  label: string
  hint?: string
  error?: string
  defaultValue: string
  /** Date and time inputs give `YYYY-MM-DD` and `HH:MM`, the shapes the schemas read, with or without JavaScript. */
  type?: 'text' | 'date' | 'time'
  width?: '5' | '10' | '20'
}

/** A GOV.UK text, date or time input with its label, hint and error message wired up for screen readers. */
export function InputField({ name, label, hint, error, defaultValue, type = 'text', width = '10' }: TInputFieldProps) {
  const id = fieldId(name)
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <input
        className={`govuk-input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        aria-describedby={describedBy}
      />
    </div>
  )
}
