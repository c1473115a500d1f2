import { FieldMessages } from '#app/components/forms'

export type TTemplateOption = { key: string; title: string; description: string; note?: string }

export type TTemplateGroup = { legend: string; hint?: string; options: TTemplateOption[] }

/** What a new agreement starts from, as GOV.UK radios in groups: blank, the authority's own
 * templates, and the published examples (each with the council it comes from). One radio group
 * across the fieldsets; the first radio carries the field's id so the error summary lands on it. */
export function TemplateChoice({ groups, chosen, error }: { groups: TTemplateGroup[]; chosen: string; error?: string }) {
  const shown = groups.filter((group) => group.options.length > 0)
  let first = true
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <h2 className="govuk-heading-m">Start from</h2>
      <FieldMessages id="template" error={error} />
      {shown.map((group, groupIndex) => (
        <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" key={group.legend} aria-describedby={group.hint ? `template-group-${groupIndex}-hint` : undefined}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{group.legend}</legend>
          {group.hint ? (
            <div id={`template-group-${groupIndex}-hint`} className="govuk-hint">
              {group.hint}
            </div>
          ) : null}
          <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {group.options.map((option) => {
              const id = first ? 'template' : `template-${option.key}`
              first = false
              return (
                <div className="govuk-radios__item" key={option.key}>
                  <input className="govuk-radios__input" id={id} name="template" type="radio" value={option.key} defaultChecked={chosen === option.key} aria-describedby={`${id}-item-hint`} />
                  <label className="govuk-label govuk-radios__label" htmlFor={id}>
                    {option.title}
                  </label>
                  <div id={`${id}-item-hint`} className="govuk-hint govuk-radios__hint">
                    {option.note ? <strong className="govuk-tag govuk-tag--grey govuk-!-margin-right-1">{option.note}</strong> : null}
                    {option.description}
                  </div>
                </div>
              )
            })}
          </div>
        </fieldset>
      ))}
    </div>
  )
}
