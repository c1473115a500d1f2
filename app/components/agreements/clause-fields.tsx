// The clause editor's fields, generated from the clause kind's schema (see clause-shape.ts). Every
// field is named by its path so a failed save puts each message next to its own box; repeatable
// rows are added and removed with ordinary submit buttons, so it all works without JavaScript.
import { DateInput, describedBy, FieldShell, fieldId, MoneyInput } from '#app/components/forms'
import { poundsForInput } from '#app/utils/money'
import { humanise, optionName, type TFieldShape } from './clause-shape'

type TFieldsProps = {
  shape: TFieldShape
  value: unknown
  path: string
  label: string
  errors: Record<string, string>
  /** Plain-English names by path inside params, from the clause kind. */
  labels: Record<string, string>
  /** Paths inside params the template requires, though the clause kind does not: never "(optional)". */
  required?: readonly string[]
  hint?: string
}

export const ROW_INTENT = 'rows'

export function ClauseFields(props: TFieldsProps) {
  const { shape } = props
  switch (shape.type) {
    case 'object':
      return <ObjectFields {...props} shape={shape} />
    case 'array':
      return <ArrayFields {...props} shape={shape} />
    case 'variant':
      return <VariantFields {...props} shape={shape} />
    case 'date':
      return <DateInput name={props.path} legend={props.label} error={props.errors[props.path]} defaultValue={typeof props.value === 'string' ? props.value : undefined} values={typedDateParts(props.path, props.value)} />
    case 'money':
      return <MoneyInput name={props.path} label={props.label} hint={props.hint ?? 'In pounds, for example £125,000 or £1,250.50'} error={props.errors[props.path]} defaultValue={typeof props.value === 'string' ? props.value : typeof props.value === 'number' ? poundsForInput(props.value) : ''} />
    default:
      return <LeafField {...props} />
  }
}

function labelFor(labels: Record<string, string>, path: string, key: string) {
  const inner = path.replace(/^params\./, '')
  return labels[inner] ?? labels[inner.replace(/\.\d+\./g, '.')] ?? humanise(key)
}

function ErrorMessage({ id, error }: { id: string; error?: string }) {
  if (!error) return null
  return (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  )
}

function Group({ path, label, hint, error, children, isTop }: { path: string; label: string; hint?: string; error?: string; children: React.ReactNode; isTop?: boolean }) {
  const id = fieldId(path)
  if (isTop) {
    return (
      <div id={id}>
        <ErrorMessage id={id} error={error} />
        {children}
      </div>
    )
  }
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" id={id} aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        {hint ? <div className="govuk-hint">{hint}</div> : null}
        <ErrorMessage id={id} error={error} />
        {children}
      </fieldset>
    </div>
  )
}

/** A date refused by its schema is shown again as typed: its value is then the joined text ("2027--31"). */
function typedDateParts(path: string, value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'string' || /^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined
  const [year = '', month = '', day = ''] = value.split('-')
  return { [`${path}-day`]: day, [`${path}-month`]: month, [`${path}-year`]: year }
}

/** "(optional)" only where the clause kind lets it be left out and the template does not ask for it. */
function isOptional(shape: TFieldShape, path: string, required: readonly string[] = []) {
  if (!shape.optional) return false
  const inner = path.replace(/^params\./, '')
  return !required.some((field) => field === inner || field.startsWith(`${inner}.`))
}

function ObjectFields({ shape, value, path, label, errors, labels, required, hint }: TFieldsProps & { shape: Extract<TFieldShape, { type: 'object' }> }) {
  const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  return (
    <Group path={path} label={label} hint={hint} error={errors[path]} isTop={path === 'params'}>
      {shape.fields.map(({ key, shape: inner }) => (
        <ClauseFields
          key={key}
          shape={inner}
          value={record[key]}
          path={`${path}.${key}`}
          label={labelFor(labels, `${path}.${key}`, key) + (isOptional(inner, `${path}.${key}`, required) ? ' (optional)' : '')}
          errors={errors}
          labels={labels}
          required={required}
        />
      ))}
    </Group>
  )
}

function ArrayFields({ shape, value, path, label, errors, labels, hint }: TFieldsProps & { shape: Extract<TFieldShape, { type: 'array' }> }) {
  const rows = Array.isArray(value) ? value : []
  const rowName = label.replace(/ \(optional\)$/, '')
  return (
    <Group path={path} label={label} hint={hint} error={errors[path]}>
      {rows.map((row, index) => (
        <div key={index} className="govuk-inset-text govuk-!-margin-top-2">
          <ClauseFields
            shape={shape.element}
            value={row}
            path={`${path}.${index}`}
            label={`${rowName}: row ${index + 1}`}
            errors={errors}
            labels={labels}
          />
          <button type="submit" name={ROW_INTENT} value={`remove:${path}.${index}`} className="govuk-button govuk-button--warning govuk-!-margin-bottom-4" data-module="govuk-button">
            Remove row {index + 1}
            <span className="govuk-visually-hidden"> of {rowName}</span>
          </button>
        </div>
      ))}
      <button type="submit" name={ROW_INTENT} value={`add:${path}`} className="govuk-button govuk-button--secondary" data-module="govuk-button">
        Add a row<span className="govuk-visually-hidden"> to {rowName}</span>
      </button>
    </Group>
  )
}

function VariantFields({ shape, value, path, label, errors, labels }: TFieldsProps & { shape: Extract<TFieldShape, { type: 'variant' }> }) {
  const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  const chosen = String(record[shape.discriminator] ?? '')
  // Variants can share a field (two payment rules both with a day), which is then one box.
  const otherFields = [...new Set(shape.options.flatMap((option) => option.fields.map((field) => field.key)))].map((key) => {
    const users = shape.options.filter((option) => option.fields.some((field) => field.key === key))
    const inner = users[0].fields.find((field) => field.key === key)?.shape ?? { type: 'json' as const, optional: true }
    return { key, shape: inner, forValues: users.map((option) => option.value) }
  })
  const discriminatorPath = `${path}.${shape.discriminator}`
  return (
    <Group path={path} label={label} error={errors[path]}>
      <LeafField
        shape={{ type: 'enum', optional: shape.optional, options: shape.options.map((option) => option.value) }}
        value={chosen}
        path={discriminatorPath}
        label={labelFor(labels, discriminatorPath, shape.discriminator)}
        errors={errors}
        labels={labels}
      />
      {otherFields.map(({ key, shape: inner, forValues }) => (
        <ClauseFields
          key={key}
          shape={inner}
          value={forValues.includes(chosen) ? record[key] : undefined}
          path={`${path}.${key}`}
          label={`${labelFor(labels, `${path}.${key}`, key)} (only for ${forValues.map((value) => `“${optionName(value)}”`).join(' or ')})`}
          errors={errors}
          labels={labels}
        />
      ))}
    </Group>
  )
}

function LeafField({ shape, value, path, label, errors, hint }: TFieldsProps) {
  const error = errors[path]
  return (
    <FieldShell name={path} label={label} hint={hint} error={error}>
      <LeafControl shape={shape} value={value} path={path} id={fieldId(path)} error={error} describedBy={describedBy({ name: path, hint, error })} />
    </FieldShell>
  )
}

function LeafControl({ shape, value, path, id, error, describedBy }: { shape: TFieldShape; value: unknown; path: string; id: string; error?: string; describedBy?: string }) {
  const errorClass = (base: string) => `${base}${error ? ` ${base}--error` : ''}`
  if (shape.type === 'enum' || shape.type === 'boolean') {
    const options = shape.type === 'boolean' ? [{ value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }] : shape.options.map((option) => ({ value: option, label: optionName(option) }))
    const current = value === undefined || value === null ? '' : String(value)
    // A value the form does not offer (an unknown alignment sent back with its error) stays visible.
    const offered = current && !options.some((option) => option.value === current) ? [...options, { value: current, label: current }] : options
    return (
      <select className={errorClass('govuk-select')} id={id} name={path} defaultValue={current} aria-describedby={describedBy}>
        {shape.optional || current === '' ? <option value="">{shape.optional ? 'Not stated' : 'Choose'}</option> : null}
        {offered.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    )
  }
  if (shape.type === 'json') {
    return (
      <textarea className={errorClass('govuk-textarea')} id={id} name={path} rows={6} defaultValue={value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value, null, 2)} aria-describedby={describedBy} />
    )
  }
  const text = value === undefined || value === null || (typeof value === 'number' && Number.isNaN(value)) ? '' : String(value)
  if (shape.type === 'number') {
    return <input className={`${errorClass('govuk-input')} govuk-input--width-10`} id={id} name={path} type="text" inputMode="decimal" defaultValue={text} aria-describedby={describedBy} spellCheck={false} />
  }
  if (text.length > 70 || text.includes('\n')) {
    return <textarea className={errorClass('govuk-textarea')} id={id} name={path} rows={Math.min(10, Math.ceil(text.length / 90) + 1)} defaultValue={text} aria-describedby={describedBy} />
  }
  return <input className={errorClass('govuk-input')} id={id} name={path} type="text" defaultValue={text} aria-describedby={describedBy} />
}
