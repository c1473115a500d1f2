import { AppForm, TextInput } from '#app/components/forms'

export type TTypedSignatureFormProps = {
  documentSha256: string
  organisationName: string
  errors: Record<string, string | undefined>
  keptName: string
  keptTitle: string
  /** Which action this form is for, where the page has more than one. */
  intent?: string
}

/** The signature itself: a typed name, a job title and consent, bound to the exact document hash
 * shown beside it. Used by signatories with an account and by those signing through a link. */
export function TypedSignatureForm({ documentSha256, organisationName, errors, keptName, keptTitle, intent }: TTypedSignatureFormProps) {
  return (
    <AppForm>
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <input type="hidden" name="documentSha256" value={documentSha256} />
      <TextInput name="name" label="Your full name" hint="Typing your name is your signature." error={errors.name} defaultValue={keptName} autoComplete="name" />
      <TextInput name="title" label="Your job title" error={errors.title} defaultValue={keptTitle} />
      <div className={`govuk-form-group${errors.consent ? ' govuk-form-group--error' : ''}`}>
        {errors.consent ? (
          <p id="consent-error" className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {errors.consent}
          </p>
        ) : null}
        <div className="govuk-checkboxes" data-module="govuk-checkboxes">
          <div className="govuk-checkboxes__item">
            <input className="govuk-checkboxes__input" id="consent" name="consent" type="checkbox" value="on" aria-describedby={errors.consent ? 'consent-error' : undefined} />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="consent">
              I have read the document and agree to sign it electronically for {organisationName}
            </label>
          </div>
        </div>
      </div>
      <button type="submit" className="govuk-button" data-module="govuk-button">
        Sign the agreement
      </button>
    </AppForm>
  )
}
