import { penceFromPounds } from './money'

/**
 * The return form's fields (`values.kpi-2.1.numerator`, named as the service names their errors)
 * as the API's `{period, values: {kpiId: {numerator, denominator}}}`. An indicator left wholly blank
 * is not part of this return; an amount is typed in pounds and sent on in pence, or as typed when it
 * is not an amount, so the service names the field.
 */
export function kpiReturnFromForm(form: Record<string, string | string[]>) {
  const values: Record<string, Record<string, string | number>> = {}
  for (const [name, raw] of Object.entries(form)) {
    if (!name.startsWith('values.')) continue
    const typed = [raw].flat().join('').trim()
    if (typed === '') continue
    const cut = name.lastIndexOf('.')
    const indicatorId = name.slice('values.'.length, cut)
    const part = name.slice(cut + 1)
    values[indicatorId] ??= {}
    values[indicatorId][part] = part === 'pence' ? (penceFromPounds(typed) ?? typed) : typed
  }
  return { period: form.period, values }
}
