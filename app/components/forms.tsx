import { Form, useFormAction, type FormProps } from '@remix-run/react'
import { useEffect, useRef, type ReactNode } from 'react'
import { DATE_PARTS, datePartName, datePartsInError, splitIsoDate, type TDatePart } from '#app/utils/date-input'
import { poundsForInput } from '#app/utils/money'
import { CsrfInput } from './csrf-input'

export type TFieldErrors = Record<string, string>
export type TFormValues = Record<string, string | string[]>

/** Field names may contain dots (`address.town`); ids may not be ambiguous in CSS selectors, so dots become dashes. */
export function fieldId(name: string) {
  return name.replace(/\./g, '-')
}

/**
 * The page's own address as a form action, without the `?index` Remix adds on an index route, which
 * would otherwise stay in the address bar after a refused form. Every index route but the home page
 * has a path of its own (flat routes, no layout routes), so the bare path still reaches its action;
 * the home page's has none, so it keeps `?index`.
 */
export function useOwnFormAction() {
  const action = useFormAction()
  const [pathname, search = ''] = action.split('?')
  if (pathname === '/') return action
  const params = new URLSearchParams(search)
  params.delete('index')
  const rest = params.toString()
  return rest ? `${pathname}?${rest}` : pathname
}

/** A POST form with the CSRF field already in it, posted to the page's own address. */
export function AppForm({ children, ...props }: FormProps & { children: ReactNode }) {
  const action = useOwnFormAction()
  return (
    <Form method="post" noValidate action={action} {...props}>
      <CsrfInput />
      {children}
    </Form>
  )
}

/**
 * The GOV.UK error summary. Server-rendered with `autofocus`, so a refused form posted without
 * JavaScript opens with it focused; after a refusal seen through JavaScript (where the page does not
 * reload and would stay scrolled at the button), it is focused, which scrolls it into view.
 */
export function ErrorSummary({ errors, title = 'There is a problem', hrefFor }: { errors?: TFieldErrors; title?: string; hrefFor?: (name: string) => string }) {
  const summary = useRef<HTMLDivElement>(null)
  const entries = Object.entries(errors ?? {})
  // Keyed on the messages, not the object: a page that rebuilds its errors object on each render
  // (while a signature is drawn, say) must not have focus pulled back to the summary each time.
  const refusal = JSON.stringify(entries)
  useEffect(() => {
    if (!summary.current) return
    summary.current.focus()
    summary.current.scrollIntoView({ block: 'start' })
  }, [refusal])
  if (entries.length === 0) return null
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1} autoFocus ref={summary}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {entries.map(([name, message]) => (
              <li key={name}>
                <a href={hrefFor ? hrefFor(name) : `#${errorTarget(name, errors)}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  )
}

/** The box an error summary link goes to; a date input's is its first box with a problem (its day box has the date's own id). */
function errorTarget(name: string, errors: TFieldErrors | undefined) {
  const part = /must include a (month|year)/.exec(errors?.[name] ?? '')?.[1]
  return part ? datePartId(name, part as TDatePart) : fieldId(name)
}

/** The day box carries the date's own id, so links to the field land in its first box. */
function datePartId(name: string, part: TDatePart) {
  return part === 'day' ? fieldId(name) : fieldId(datePartName(name, part))
}

/**
 * A GOV.UK success banner. Focused when it appears, so a screen reader announces what was saved
 * (role="alert" does the same for one that arrives without a page load).
 */
export function SuccessBanner({ title = 'Success', children }: { title?: string; children: ReactNode }) {
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="success-banner-title" data-module="govuk-notification-banner">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-banner-title">
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{children}</p>
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
  /** A time input gives `HH:MM`, the shape the schemas read, with or without JavaScript; dates use DateInput. */
  type?: 'text' | 'email' | 'password' | 'time'
  inputMode?: 'numeric' | 'decimal'
  autoComplete?: string
  width?: 'full' | 'two-thirds' | 'one-half' | '5' | '10' | '20'
  spellCheck?: boolean
}

/** A GOV.UK text, date or time input with its label, hint and error message wired up for screen readers. */
export function TextInput(props: TTextInputProps) {
  const { name, error, defaultValue, type = 'text', autoComplete, width, spellCheck = false, inputMode } = props
  const widthClass = width ? (/^\d+$/.test(width) ? ` govuk-input--width-${width}` : ` govuk-!-width-${width}`) : ''
  return (
    <FieldShell {...props}>
      <input
        className={`govuk-input${error ? ' govuk-input--error' : ''}${widthClass}`}
        id={fieldId(name)}
        name={name}
        type={type}
        inputMode={inputMode}
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
            // The first radio carries the field's own id, so the error summary's link lands on it; the
            // rest are numbered, as GOV.UK Frontend numbers them, since a value may have spaces ("Requires improvement").
            const optionId = index === 0 ? id : `${id}-${index + 1}`
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

type TDateInputProps = {
  name: string
  legend: string
  hint?: string
  error?: string
  /** The saved date, `YYYY-MM-DD`. */
  defaultValue?: string
  /** A refused form's values, whose boxes are shown again as typed. */
  values?: TFormValues | Record<string, string>
}

const DATE_PART_LABELS: Record<TDatePart, { label: string; width: 2 | 4 }> = {
  day: { label: 'Day', width: 2 },
  month: { label: 'Month', width: 2 },
  year: { label: 'Year', width: 4 },
}

/**
 * The GOV.UK date input: day, month and year boxes posted as `name-day`, `name-month` and
 * `name-year`, which the server joins into `name` (app/utils/date-input.ts).
 */
export function DateInput({ name, legend, hint = 'For example, 27 3 2027', error, defaultValue, values }: TDateInputProps) {
  const id = fieldId(name)
  const saved = splitIsoDate(defaultValue)
  const typed = (part: TDatePart) => {
    const value = values?.[datePartName(name, part)]
    return value === undefined ? saved[part] : [value].flat().join('')
  }
  const parts = { day: typed('day'), month: typed('month'), year: typed('year') }
  const inError = error ? datePartsInError(parts) : []
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy({ name, hint, error })}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className="govuk-date-input">
          {DATE_PARTS.map((part) => (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={datePartId(name, part)}>
                  {DATE_PART_LABELS[part].label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${DATE_PART_LABELS[part].width}${inError.includes(part) ? ' govuk-input--error' : ''}`}
                  id={datePartId(name, part)}
                  name={datePartName(name, part)}
                  type="text"
                  inputMode="numeric"
                  defaultValue={parts[part]}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )
}

/** The GOV.UK currency input: pounds typed after a £ prefix, with commas allowed; the server keeps pence. */
export function MoneyInput(props: TFieldProps & { pence?: number }) {
  const { name, error, defaultValue, pence } = props
  const shown = defaultValue ?? (pence === undefined ? '' : poundsForInput(pence))
  return (
    <FieldShell {...props}>
      <div className="govuk-input__wrapper">
        <div className="govuk-input__prefix" aria-hidden="true">
          £
        </div>
        <input
          className={`govuk-input govuk-input--width-10${error ? ' govuk-input--error' : ''}`}
          id={fieldId(name)}
          name={name}
          type="text"
          inputMode="decimal"
          spellCheck={false}
          defaultValue={shown}
          aria-describedby={describedBy(props)}
        />
      </div>
    </FieldShell>
  )
}

/** The GOV.UK warning text: an icon, "Warning" for screen readers, then what the reader must know. */
export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </div>
    </div>
  )
}
