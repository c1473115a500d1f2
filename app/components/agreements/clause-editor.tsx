import { AppForm, ErrorSummary, TextInput } from '#app/components/forms'
import { ClauseFields } from './clause-fields'
import { type TFieldShape } from './clause-shape'

export type TClauseEditorValues = { params: unknown; heading?: string; number?: string; text?: string }

type TClauseEditorProps = {
  shape: TFieldShape
  labels: Record<string, string>
  values: TClauseEditorValues
  errors: Record<string, string>
  /** The wording generated from the saved params, shown so the drafter sees what the values say. */
  generatedText?: string
  /** Fields the template requires though the clause kind does not (the template's blanks). */
  required?: readonly string[]
  submitLabel: string
  children?: React.ReactNode
  /** Shown just above the wording box: what the wording check found, proposals to confirm, the
   * slots the wording may use (decision record 006). */
  aboutWording?: React.ReactNode
}

/** Heading, number, the kind's values and optional hand-edited wording for one clause. */
export function ClauseEditor({ shape, labels, values, errors, generatedText, required, submitLabel, children, aboutWording }: TClauseEditorProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <AppForm>
        {children}
        <TextInput name="heading" label="Heading (optional)" defaultValue={values.heading ?? ''} error={errors.heading} spellCheck />
        <TextInput
          name="number"
          label="Clause number (optional)"
          hint="Where a section’s clauses are numbered in sequence (14.1, 14.2), the number is kept for you. Give one only where the section is numbered by hand, for example 3(a)."
          defaultValue={values.number ?? ''}
          error={errors.number}
          width="10"
        />
        <h2 className="govuk-heading-m">Values</h2>
        <ClauseFields shape={shape} value={values.params} path="params" label="Values" errors={errors} labels={labels} required={required} />
        <h2 className="govuk-heading-m">Wording</h2>
        {generatedText ? (
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">Wording generated from the saved values</span>
            </summary>
            <div className="govuk-details__text">
              {generatedText.split(/\n\s*\n/).map((paragraph, index) => (
                <p key={index} className="govuk-body">
                  {paragraph}
                </p>
              ))}
            </div>
          </details>
        ) : null}
        {aboutWording}
        <div className={`govuk-form-group${errors.text ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor="text">
            The clause’s own wording (optional)
          </label>
          <div id="text-hint" className="govuk-hint">
            Leave blank to use the wording generated from the values. Write a value as its slot, such as {'{{noticePeriod}}'}, and the
            wording always says what the value is; a figure typed into the words is checked against the values. Separate
            paragraphs with a blank line.
          </div>
          {errors.text ? (
            <p id="text-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {errors.text}
            </p>
          ) : null}
          <textarea className={`govuk-textarea${errors.text ? ' govuk-textarea--error' : ''}`} id="text" name="text" rows={8} defaultValue={values.text ?? ''} aria-describedby={errors.text ? 'text-hint text-error' : 'text-hint'} />
        </div>
        <button type="submit" className="govuk-button" data-module="govuk-button">
          {submitLabel}
        </button>
      </AppForm>
    </>
  )
}
