import { kpiReturnFromForm } from './kpi-return-form'

describe('the KPI return form as the API\'s return', () => {
  test('groups each indicator\'s boxes, splitting ids that contain dots (Kent STLS "kpi-2.1") at the last one', () => {
    const form = { period: '2026/27:Term 1', csrf: 'x', 'values.kpi-2.1.numerator': '29', 'values.kpi-2.1.denominator': ' 40 ', 'values.kpi-1.2.count': '1,204', 'values.kpi-3.answer': 'yes' }
    expect(kpiReturnFromForm(form)).toEqual({
      period: '2026/27:Term 1',
      values: { 'kpi-2.1': { numerator: '29', denominator: '40' }, 'kpi-1.2': { count: '1,204' }, 'kpi-3': { answer: 'yes' } },
    })
  })

  test('an indicator left blank is not part of the return; one half-filled is, so the missing box is named', () => {
    expect(kpiReturnFromForm({ period: 'p', 'values.kpi-1.count': '', 'values.kpi-2.numerator': '3', 'values.kpi-2.denominator': '' }).values).toEqual({ 'kpi-2': { numerator: '3' } })
  })

  test('a rating is sent in its scale\'s words, as chosen', () => {
    expect(kpiReturnFromForm({ period: 'p', 'values.kpi-1.rating': 'Requires improvement' }).values).toEqual({ 'kpi-1': { rating: 'Requires improvement' } })
  })

  test('money is typed in pounds and sent in pence; what is not an amount is sent as typed, for the service to name', () => {
    expect(kpiReturnFromForm({ period: 'p', 'values.kpi-9.pence': '£1,250.50' }).values).toEqual({ 'kpi-9': { pence: 125050 } })
    expect(kpiReturnFromForm({ period: 'p', 'values.kpi-9.pence': 'about a grand' }).values).toEqual({ 'kpi-9': { pence: 'about a grand' } })
  })
})
