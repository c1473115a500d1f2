import { Form, type FormProps } from '@remix-run/react'
import { type ReactNode } from 'react'
import { CsrfInput } from './csrf-input'

export type TFieldErrors = Record<string, string>
export type TFormValues = Record<string, string | string[]>

/** Field names may contain dots (`address.town`); ids may not be ambiguous in CSS selectors, so dots become dashes. */
export function fieldId(name: string) {
  return name.replace(/\./g, '-')
}

/** A POST form with the CSRF field already in it. */
export function AppForm({ children, ...props }: FormProps & { children: ReactNode }) {
  return (
    <Form method="post" noValidate {...props}>
      <CsrfInput />
      {children}
    </Form>
  )
}

export function ErrorSummary({ errors }: { errors?: TFieldErrors }) {
  const entries = Object.entries(errors ?? {})
  if (entries.length === 0) return null
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1} autoFocus>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {entries.map(([name, message]) => (
              <li key={name}>
                <a href={`#${fieldId(name)}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  )
}

type TFieldProps = {
  name: string
  label: string
  hint?: string
  error?: string
  defaultValue?: string
  labelIsPageHeading?: boolean
}

/** The GOV.UK form group around one control: its label, hint and error message. */
export function FieldShell({ name, label, hint, error, children }: Omit<TFieldProps, 'defaultValue'> & { children: ReactNode }) {
  const id = fieldId(name)
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </div>
  )
}

/** A field's hint and error message, under the ids `describedBy` points screen readers to. */
export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
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
    </>
  )
}

/** The hint and error ids a control inside `FieldShell` (or a fieldset) points screen readers to. */
export function describedBy({ name, hint, error }: Pick<TFieldProps, 'name' | 'hint' | 'error'>) {
  const id = fieldId(name)
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean)
  return ids.length ? ids.join(' ') : undefined
}

type TTextInputProps = TFieldProps & {
  /** Date and time inputs give `YYYY-MM-DD` and `HH:MM`, the shapes the schemas read, with or without JavaScript. */
  type?: 'text' | 'email' | 'password' | 'date' | 'time'
  autoComplete?: string
  width?: 'full' | 'two-thirds' | 'one-half' | '5' | '10' | '20'
  spellCheck?: boolean
}

/** A GOV.UK text, date or time input with its label, hint and error message wired up for screen readers. */
export function TextInput(props: TTextInputProps) {
  const { name, error, defaultValue, type = 'text', autoComplete, width, spellCheck = false } = props
  const widthClass = width ? (/^\d+$/.test(width) ? ` govuk-input--width-${width}` : ` govuk-!-width-${width}`) : ''
  return (
    <FieldShell {...props}>
      <input
        className={`govuk-input${error ? ' govuk-input--error' : ''}${widthClass}`}
        id={fieldId(name)}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        aria-describedby={describedBy(props)}
      />
    </FieldShell>
  )
}

export function Textarea(props: TFieldProps & { rows?: number }) {
  const { name, error, defaultValue, rows = 4 } = props
  return (
    <FieldShell {...props}>
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={fieldId(name)}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-describedby={describedBy(props)}
      />
    </FieldShell>
  )
}

export function Select(props: TFieldProps & { options: { value: string; label: string }[]; placeholder?: string }) {
  const { name, error, defaultValue, options, placeholder } = props
  return (
    <FieldShell {...props}>
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={fieldId(name)}
        name={name}
        defaultValue={defaultValue ?? ''}
        aria-describedby={describedBy(props)}
      >
        {placeholder ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  )
}

type TRadiosProps<TValue extends string> = {
  name: string
  legend: string
  hint?: string
  error?: string
  options: ReadonlyArray<{ value: TValue; label: string }>
  defaultValue?: string
  /** For a choice that changes the form around it as soon as it is made (with `onChange`). */
  value?: TValue
  onChange?: (value: TValue) => void
  size?: 'small'
  inline?: boolean
}

/** GOV.UK radios in a fieldset, with the hint and error wired to it for screen readers. */
export function Radios<TValue extends string>(props: TRadiosProps<TValue>) {
  const { name, legend, hint, error, options, defaultValue, value, onChange, size, inline } = props
  const id = fieldId(name)
  const radiosClass = `govuk-radios${size ? ` govuk-radios--${size}` : ''}${inline ? ' govuk-radios--inline' : ''}`
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(props)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className={radiosClass} data-module="govuk-radios">
          {options.map((option, index) => {
            // The first radio carries the field's own id, so the error summary's link lands on it.
            const optionId = index === 0 ? id : `${id}-${option.value}`
            const checked = value === undefined ? { defaultChecked: defaultValue === option.value } : { checked: value === option.value, onChange: () => onChange?.(option.value) }
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input className="govuk-radios__input" id={optionId} name={name} type="radio" value={option.value} {...checked} />
                <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                  {option.label}
                </label>
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}

/** Reads a kept value back from a failed submission, for `defaultValue`. */
export function keptValue(values: TFormValues | undefined, name: string, fallback = '') {
  const value = values?.[name]
  if (Array.isArray(value)) return value.join('\n')
  return value ?? fallback
}
