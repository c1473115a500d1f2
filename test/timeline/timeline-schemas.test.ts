// The what-if query, the event and the academic-year form schemas, and the words the timeline page
// uses for how far away a date is. Expected values worked out by hand.
import { relativeToToday, groupByMonth, monthName } from '#app/components/timeline/relative-date'
import { academicYearFromForm, ZAcademicYearFormSchema } from '#app/schemas/term-calendar'
import { ZAgreementEventSchema, ZTimelineQuerySchema } from '#app/schemas/timeline'
import { fieldErrorsFrom } from '#app/utils/validation'

function errorsOf(result: { success: boolean; error?: Parameters<typeof fieldErrorsFrom>[0] }) {
  return result.success || !result.error ? {} : fieldErrorsFrom(result.error)
}

describe('the what-if query', () => {
  it('treats empty form fields as not given', () => {
    const parsed = ZTimelineQuerySchema.parse({ asOf: '', noticeServedOn: '2026-11-20', noticeMethod: 'hand', noticeTime: '16:30', disputeReferredOn: '' })
    expect(parsed).toEqual({ noticeServedOn: '2026-11-20', noticeMethod: 'hand', noticeTime: '16:30' })
  })

  it.each([
    [{ noticeServedOn: '2026-02-29' }, 'noticeServedOn'],
    [{ noticeServedOn: '2026-11-20', noticeMethod: 'courier' }, 'noticeMethod'],
    [{ noticeServedOn: '2026-11-20', noticeTime: '4.30pm' }, 'noticeTime'],
    [{ noticeTime: '16:30' }, 'noticeServedOn'],
    [{ asOf: '23/11/2026' }, 'asOf'],
  ])('names the bad parameter in %j', (query, parameter) => {
    expect(Object.keys(errorsOf(ZTimelineQuerySchema.safeParse(query)))).toEqual([parameter])
  })
})

describe('a recorded event', () => {
  it('needs the method of a served notice, and only of a notice', () => {
    expect(errorsOf(ZAgreementEventSchema.safeParse({ type: 'notice_served', occurredOn: '2026-11-20' }))).toEqual({
      method: 'Choose how the notice was sent: post, hand, email or fax',
    })
    expect(Object.keys(errorsOf(ZAgreementEventSchema.safeParse({ type: 'dispute_referred', occurredOn: '2026-11-23', method: 'post' })))).toEqual(['method'])
    expect(ZAgreementEventSchema.parse({ type: 'dispute_referred', occurredOn: '2026-11-23', method: '', time: '', notes: '' })).toEqual({
      type: 'dispute_referred',
      occurredOn: '2026-11-23',
    })
  })
})

describe('the academic year form', () => {
  const term = (name: string, start: string, end: string) => ({ name, season: 'autumn', start, end })

  it('leaves out blank rows after the last term and nests half terms', () => {
    const values = {
      year: '2028/29',
      'terms.0.name': 'Autumn term',
      'terms.0.season': 'autumn',
      'terms.0.start': '2028-09-04',
      'terms.0.end': '2028-12-15',
      'terms.0.halfTerm.start': '2028-10-23',
      'terms.0.halfTerm.end': '2028-10-27',
      'terms.1.name': '',
    }
    expect(academicYearFromForm(values)).toEqual({
      year: '2028/29',
      terms: [{ name: 'Autumn term', season: 'autumn', start: '2028-09-04', end: '2028-12-15', halfTerm: { start: '2028-10-23', end: '2028-10-27' } }],
    })
  })

  it.each([
    ['a term ending before it starts', [term('Term 1', '2028-10-20', '2028-09-04')], 'terms.0.end'],
    ['terms that overlap', [term('Term 1', '2028-09-04', '2028-10-20'), term('Term 2', '2028-10-20', '2028-12-15')], 'terms.1.start'],
    ['a term outside the academic year', [term('Term 1', '2028-07-31', '2028-10-20')], 'terms.0.start'],
  ])('rejects %s on the field concerned', (_what, terms, field) => {
    expect(Object.keys(errorsOf(ZAcademicYearFormSchema.safeParse({ year: '2028/29', terms })))).toEqual([field])
  })

  it('rejects a year that does not run into the next one', () => {
    expect(Object.keys(errorsOf(ZAcademicYearFormSchema.safeParse({ year: '2028/30', terms: [term('Term 1', '2028-09-04', '2028-10-20')] })))).toEqual(['year'])
  })
})

describe('dates relative to today', () => {
  it.each([
    ['2026-11-23', { isPast: false, words: 'Today' }],
    ['2026-11-24', { isPast: false, words: 'Tomorrow' }],
    ['2026-11-22', { isPast: true, words: 'Yesterday' }],
    ['2026-12-03', { isPast: false, words: 'In 10 days' }],
    ['2026-12-14', { isPast: false, words: 'In 3 weeks' }],
    ['2027-05-23', { isPast: false, words: 'In 6 months' }],
    ['2026-09-01', { isPast: true, words: '3 months ago' }],
    ['2029-08-31', { isPast: false, words: 'In 3 years' }],
  ])('%s is %j from 23 November 2026', (date, expected) => {
    expect(relativeToToday(date, '2026-11-23')).toEqual(expected)
  })

  it('groups entries by month in date order', () => {
    const groups = groupByMonth([{ date: '2027-05-23' }, { date: '2026-11-23' }, { date: '2026-11-30' }])
    expect(groups.map(({ month, items }) => `${monthName(month)}: ${items.length}`)).toEqual(['November 2026: 2', 'May 2027: 1'])
  })
})
