import { describedBy, FieldMessages, fieldId, keptValue, MoneyInput, Radios, TextInput, type TFieldErrors, type TFormValues } from '#app/components/forms'

type TSaved = { numerator?: number; denominator?: number; count?: number; answer?: 'yes' | 'no'; rating?: string; pence?: number } | null

type TIndicator = { id: string; label: string; measure: 'percentage' | 'count' | 'yes_no' | 'rating' | 'amount'; ratingScale?: string[]; hint: string; saved: TSaved }

/**
 * One indicator's boxes in a period's return, by its measure: how many of how many, a count, yes or
 * no, a rating from its scale (best first), or pounds. Fields are named `values.<indicator id>.<part>`, as the service names their errors;
 * they show the figure already saved for the period, or what was typed into a refused form.
 */
export function KpiFigureInputs({ indicator, errors, values }: { indicator: TIndicator; errors?: TFieldErrors; values?: TFormValues }) {
  const name = (part: string) => `values.${indicator.id}.${part}`
  const shown = (part: 'numerator' | 'denominator' | 'count') => keptValue(values, name(part), indicator.saved?.[part]?.toString() ?? '')
  if (indicator.measure === 'yes_no') {
    return <Radios name={name('answer')} legend={indicator.label} hint={indicator.hint || undefined} error={errors?.[name('answer')]} defaultValue={keptValue(values, name('answer'), indicator.saved?.answer ?? '')} options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} inline />
  }
  if (indicator.measure === 'rating') {
    const options = (indicator.ratingScale ?? []).map((rating) => ({ value: rating, label: rating }))
    return <Radios name={name('rating')} legend={indicator.label} hint={indicator.hint || undefined} error={errors?.[name('rating')]} defaultValue={keptValue(values, name('rating'), indicator.saved?.rating ?? '')} options={options} />
  }
  const groupName = `values.${indicator.id}`
  const groupErrors = Object.entries(errors ?? {}).filter(([field]) => field.startsWith(`${groupName}.`))
  return (
    <div className={`govuk-form-group${groupErrors.length > 0 ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy({ name: groupName, hint: indicator.hint || undefined })}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{indicator.label}</legend>
        <FieldMessages id={fieldId(groupName)} hint={indicator.hint || undefined} />
        {indicator.measure === 'percentage' ? (
          <>
            <TextInput name={name('numerator')} label="Numerator" hint="How many met the measure" inputMode="numeric" width="10" defaultValue={shown('numerator')} error={errors?.[name('numerator')]} />
            <TextInput name={name('denominator')} label="Denominator" hint="How many there were in all" inputMode="numeric" width="10" defaultValue={shown('denominator')} error={errors?.[name('denominator')]} />
          </>
        ) : null}
        {indicator.measure === 'count' ? <TextInput name={name('count')} label="Count" inputMode="numeric" width="10" defaultValue={shown('count')} error={errors?.[name('count')]} /> : null}
        {indicator.measure === 'amount' ? (
          <MoneyInput name={name('pence')} label="Amount" pence={indicator.saved?.pence} defaultValue={values ? keptValue(values, name('pence')) : undefined} error={errors?.[name('pence')]} />
        ) : null}
      </fieldset>
    </div>
  )
}
