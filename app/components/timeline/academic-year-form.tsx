import { TERM_ROWS } from '#app/schemas/term-calendar'
import { AppForm, DateInput, ErrorSummary, fieldId, keptValue, TextInput, type TFieldErrors, type TFormValues } from '#app/components/forms'

export type TAcademicYearDefaults = {
  year: string
  terms: { name: string; season: string; start: string; end: string; halfTerm?: { start: string; end: string } | null }[]
}

type TAcademicYearFormProps = {
  defaults: TAcademicYearDefaults
  errors?: TFieldErrors
  values?: TFormValues
  submitLabel: string
}

const SEASONS = [
  ['autumn', 'Autumn'],
  ['spring', 'Spring'],
  ['summer', 'Summer'],
] as const

/** One academic year's terms, one row each; Kent's six-term year fills every row, a three-term year half of them. */
export function AcademicYearForm({ defaults, errors, values, submitLabel }: TAcademicYearFormProps) {
  const value = (name: string, stored: string) => (values ? keptValue(values, name) : stored)
  return (
    <>
      <ErrorSummary errors={errors} />
      <AppForm>
        <TextInput name="year" label="Academic year" hint="For example, 2026/27" width="5" error={errors?.year} defaultValue={value('year', defaults.year)} />
        {Array.from({ length: TERM_ROWS }, (_, index) => {
          const stored = defaults.terms[index]
          const name = (field: string) => `terms.${index}.${field}`
          return (
            <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" key={index}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Term {index + 1}</legend>
              {index >= 3 ? <div className="govuk-hint">Leave empty if the year has fewer terms</div> : null}
              <TextInput name={name('name')} label="Name" hint="For example, Autumn term or Term 1" width="20" error={errors?.[name('name')]} defaultValue={value(name('name'), stored?.name ?? '')} />
              <SeasonSelect name={name('season')} errors={errors} defaultValue={value(name('season'), stored?.season ?? '')} />
              <div className="app-date-pair">
                <DateInput name={name('start')} legend="First day" hint="For example, 1 9 2026" error={errors?.[name('start')]} defaultValue={stored?.start} values={values} />
                <DateInput name={name('end')} legend="Last day" hint="For example, 22 10 2026" error={errors?.[name('end')]} defaultValue={stored?.end} values={values} />
              </div>
              <div className="app-date-pair">
                <DateInput name={name('halfTerm.start')} legend="Half term starts (optional)" hint="For example, 26 10 2026" error={errors?.[name('halfTerm.start')]} defaultValue={stored?.halfTerm?.start ?? undefined} values={values} />
                <DateInput name={name('halfTerm.end')} legend="Half term ends (optional)" hint="For example, 30 10 2026" error={errors?.[name('halfTerm.end')]} defaultValue={stored?.halfTerm?.end ?? undefined} values={values} />
              </div>
            </fieldset>
          )
        })}
        <button type="submit" className="govuk-button">
          {submitLabel}
        </button>
      </AppForm>
    </>
  )
}

function SeasonSelect({ name, errors, defaultValue }: { name: string; errors?: TFieldErrors; defaultValue: string }) {
  const id = fieldId(name)
  const error = errors?.[name]
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        Season
      </label>
      {error ? (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <select className={`govuk-select${error ? ' govuk-select--error' : ''}`} id={id} name={name} defaultValue={defaultValue} aria-describedby={error ? `${id}-error` : undefined}>
        <option value="">Select a season</option>
        {SEASONS.map(([season, label]) => (
          <option key={season} value={season}>
            {label}
          </option>
        ))}
      </select>
    </div>
  )
}
