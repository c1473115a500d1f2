import type { z } from 'zod'
import type { RenderContext } from '#clauses/clause-kind'
import { ZFundingParamsSchema } from '#clauses/funding'
import { ZNoticesParamsSchema } from '#clauses/notices'
import { ZTerminationParamsSchema } from '#clauses/termination'
import { compareWordingWithTerms, readFacts } from '#clauses/wording-terms'

const context: RenderContext = {
  parties: [
    { id: 'authority', role: 'authority', name: 'Leicestershire County Council', definedAs: 'the Authority' },
    { id: 'school', role: 'governing_body', name: 'Meadowbank School', definedAs: 'School' },
  ],
}

const stls14 = { noticeBy: 'either', noticePeriod: { amount: 6, unit: 'months' }, alignment: { kind: 'none' }, inWriting: true, byMutualAgreement: false }
const handWritten = 'This Agreement may be terminated by either party, before the period end date, by providing 6 months notification in writing.'
const messages = (text: string, params: unknown = stls14, schema: z.ZodType = ZTerminationParamsSchema) =>
  compareWordingWithTerms({ params, text }, schema, context).map((difference) => difference.message)

describe('comparing hand-written wording with the clause’s terms', () => {
  it('finds nothing to say where the words state the terms (Kent STLS clause 14 as the seed writes it)', () => {
    expect(messages(handWritten)).toEqual([])
  })

  it('flags the words still saying 6 months once the notice period is 3 months, both ways round (issue 17)', () => {
    expect(messages(handWritten, { ...stls14, noticePeriod: { amount: 3, unit: 'months' } })).toEqual([
      'The wording says “6 months”, but the notice period is 3 months',
      'The wording does not say the notice period (3 months)',
    ])
  })

  it('finds nothing to say where the period is a slot, whatever its value', () => {
    const slotted = handWritten.replace('6 months', '{{noticePeriod}}')
    expect(messages(slotted, { ...stls14, noticePeriod: { amount: 3, unit: 'months' } })).toEqual([])
  })

  it('reads periods in words, in words and figures, possessive and with qualifiers', () => {
    expect(readFacts('twelve (12) months’ notice, twenty one (21) days, five working days, 15 term-time days, 3 years’ notice, three full calendar years, 72 hours')).toEqual([
      { type: 'period', value: { amount: 12, unit: 'months' }, said: 'twelve (12) months' },
      { type: 'period', value: { amount: 21, unit: 'calendar_days' }, said: 'twenty one (21) days' },
      { type: 'period', value: { amount: 5, unit: 'business_days' }, said: 'five working days' },
      { type: 'period', value: { amount: 15, unit: 'school_days' }, said: '15 term-time days' },
      { type: 'period', value: { amount: 3, unit: 'years' }, said: '3 years' },
      { type: 'period', value: { amount: 3, unit: 'years' }, said: 'three full calendar years' },
      { type: 'period', value: { amount: 72, unit: 'hours' }, said: '72 hours' },
    ])
  })

  it('reads money, dates, days of the year and of the month, percentages and clock times, each once', () => {
    expect(readFacts('£63,410 and £4,000.50 from 1st February 2017, on 5th April, at 85%, after 4.00 pm, on the 20th of each month')).toEqual([
      { type: 'date', value: '2017-02-01', said: '1st February 2017' },
      { type: 'day-of-year', value: { day: 5, month: 4 }, said: '5th April' },
      { type: 'pence', value: 6_341_000, said: '£63,410' },
      { type: 'pence', value: 400_050, said: '£4,000.50' },
      { type: 'percentage', value: 85, said: '85%' },
      { type: 'clock-time', value: '16:00', said: '4.00 pm' },
      { type: 'day-of-month', value: 20, said: '20th of each month' },
    ])
  })

  it('does not take a year for a period nor a "6th day" for a day of the month', () => {
    expect(readFacts('For the 2016/2017 financial year only; the 6th day provision; Year 11; clause 16.1.1')).toEqual([])
  })

  it('treats twelve months as a year', () => {
    expect(messages('Either party may terminate by giving twelve months’ written notice.', { ...stls14, noticePeriod: { amount: 1, unit: 'years' } })).toEqual([])
  })

  it('flags wording that does not name who may give notice', () => {
    expect(messages('The School may terminate this Agreement by giving 6 months notice.', stls14)).toEqual(['The wording does not say who may give notice (either party)'])
    expect(messages('The Authority may terminate this Agreement by giving 6 months notice.', { ...stls14, noticeBy: 'authority' })).toEqual([])
  })

  it('compares the clock time and money of other kinds (Kent STLS 16.1; Nottingham 2.3)', () => {
    const notices = {
      inWriting: true,
      methods: ['hand'],
      deemedService: [{ method: 'hand', businessDaysAfter: 0, cutOffTime: '17:00' }],
      addressForService: 'stated_in_agreement',
    }
    expect(messages('if delivered by hand after 4.00 pm on a business day', notices, ZNoticesParamsSchema)).toEqual([
      'The wording says “4.00 pm”, but the time is 5.00 pm',
      'The wording does not say the time (5.00 pm)',
    ])
    const funding = { totalAmount: 6_341_000, lines: [], showTotals: false }
    expect(messages('the Authority will make £63,410 available', funding, ZFundingParamsSchema)).toEqual([])
    expect(messages('the Authority will make £63,000 available', funding, ZFundingParamsSchema)).toEqual([
      'The wording says “£63,000”, but the total funding is £63,410',
      'The wording does not say the total funding (£63,410)',
    ])
  })

  it('takes a figure written in a value’s own words as agreed (Leicestershire SEIP 6.1: "within 10 school days")', () => {
    const funding = { lines: [], showTotals: false, charges: [{ id: 's51a', description: 'if the governing body does not offer to reinstate the pupil within 10 school days', amount: 400_000 }] }
    expect(messages('a charge of £4,000 may be levied if the pupil is not reinstated within 10 school days', funding, ZFundingParamsSchema)).toEqual([])
  })

  it('says nothing of a clause with no words of its own', () => {
    expect(compareWordingWithTerms({ params: stls14 }, ZTerminationParamsSchema, context)).toEqual([])
  })
})
