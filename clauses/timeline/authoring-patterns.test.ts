import { clause, section } from '#templates/builders'
import type { AgreementContent, ClauseInstance } from '../agreement-content'
import { kentTermDates } from '../calendar/term-dates/kent'
import { renderClauseContent } from '../render-document'
import type { TimelineEntry } from '../values'
import { buildTimeline } from './build-timeline'

// The clause patterns of issue 20 as clauses of the right kind: what the timeline gives for each,
// worked by hand, and the wording each renders from its values.
const termCalendar = kentTermDates.calendar
const context = { parties: [{ id: 'authority', role: 'authority' as const, name: 'Kent County Council', definedAs: 'the Council' }] }

function agreement(term: ClauseInstance, ...clauses: ClauseInstance[]): AgreementContent {
  return { sections: [section('term', '1', 'Term', [term]), section('terms', '2', 'Terms', clauses)] }
}

function entries(content: AgreementContent, key: TimelineEntry['key'], options: Parameters<typeof buildTimeline>[0] extends infer O ? Partial<O> : never = {}) {
  return buildTimeline({ content, termCalendar, ...options }).filter((entry) => entry.key === key)
}

function words(instance: ClauseInstance): string {
  return renderClauseContent(instance, context)
    .paragraphs.map((paragraph) => paragraph.text)
    .join(' ')
}

const threeYears = clause('term', '1.1', '', { commencesOn: '2026-04-01', endsOn: '2029-03-31' })

describe('termination effective only on 31 March (a school ICT services SLA)', () => {
  const ict = clause('termination', '2.1', 'Termination', { noticeBy: 'either', noticePeriod: { amount: 3, unit: 'months' }, effectiveOn: [{ day: 31, month: 3 }], inWriting: true, byMutualAgreement: false })

  it('says so in its wording', () => {
    expect(words(ict)).toBe("Either party may terminate this Agreement by giving 3 months' written notice. Termination takes effect only on 31 March.")
  })

  it('gives the last day for notice to end it at its end date, 31 December 2028', () => {
    const [deadline] = entries(agreement(threeYears, ict), 'renewal.notice_deadline')
    expect(deadline).toMatchObject({ date: '2028-12-31', clause: '2.1' })
  })

  it('takes a notice served on 1 January 2027 to 31 March 2028, and ends payments there', () => {
    const [effective] = entries(agreement(threeYears, ict), 'termination.effective', { whatIf: { noticeServedOn: '2027-01-01', noticeMethod: 'hand' } })
    expect(effective).toMatchObject({ date: '2028-03-31', label: 'What if: Termination takes effect (Termination)' })
  })
})

describe('notice received by 31 December for 31 March', () => {
  const traded = clause('termination', '2.1', '', { noticeBy: 'either', effectiveOn: [{ day: 31, month: 3, noticeReceivedBy: { day: 31, month: 12 } }], byMutualAgreement: false })

  it('says so in its wording', () => {
    expect(words(traded)).toBe('Either party may terminate this Agreement by notice. Termination takes effect only on 31 March. Notice must be received by 31 December for termination on the following 31 March.')
  })

  it('the last day for notice to end it on 31 March 2029 is 31 December 2028', () => {
    expect(entries(agreement(threeYears, traded), 'renewal.notice_deadline')[0].date).toBe('2028-12-31')
  })
})

describe('a minimum term of 12 months before notice', () => {
  const minimum = clause('termination', '2.1', '', { noticeBy: 'either', noticePeriod: { amount: 3, unit: 'months' }, alignment: { kind: 'none' }, minimumTerm: { amount: 12, unit: 'months' }, byMutualAgreement: false })

  it('says so in its wording', () => {
    expect(words(minimum)).toContain('No notice to terminate may be served before this Agreement has run for 12 months from its commencement.')
  })

  it('dates the first day notice may be served: 1 April 2027', () => {
    expect(entries(agreement(threeYears, minimum), 'termination.earliest_notice').map((entry) => entry.date)).toEqual(['2027-04-01'])
  })

  it('a notice served before it ends nothing; one served on it ends the agreement 3 months later', () => {
    const early = buildTimeline({ content: agreement(threeYears, minimum), termCalendar, whatIf: { noticeServedOn: '2027-03-01', noticeMethod: 'hand' } })
    expect(early.filter((entry) => entry.key === 'termination.effective')).toEqual([])
    expect(early.find((entry) => entry.label.startsWith('What if: Notice served before'))?.basis).toMatch(/does not end the agreement/)
    const inTime = entries(agreement(threeYears, minimum), 'termination.effective', { whatIf: { noticeServedOn: '2027-04-01', noticeMethod: 'hand' } })
    expect(inTime.map((entry) => entry.date)).toEqual(['2027-07-01'])
  })
})

describe('evergreen: renews each year unless notice is given 3 to 6 months before', () => {
  const evergreen = clause('term', '1.1', '', {
    commencesOn: '2026-04-01',
    duration: { amount: 1, unit: 'years' },
    autoRenewal: { renewsFor: { amount: 12, unit: 'months' }, noticeBy: 'either', noticeAtLeast: { amount: 3, unit: 'months' }, noticeNoEarlierThan: { amount: 6, unit: 'months' } },
  })
  const content: AgreementContent = { sections: [section('term', '1', 'Term', [evergreen])] }

  it('says so in its wording', () => {
    expect(words(evergreen)).toBe(
      'This Agreement commences on 1 April 2026 and remains in place for a period of 1 year. At the end of the initial term this Agreement renews automatically for successive periods of 12 months unless either party gives written notice that it is not to renew, received no earlier than 6 months and no later than 3 months before the end of the initial term or of the period then running.',
    )
  })

  it('lists each renewal with its notice window, through the term calendar’s last year', () => {
    const timeline = buildTimeline({ content, termCalendar }).filter((entry) => entry.key.startsWith('renewal.') || entry.key.startsWith('term.'))
    expect(timeline.map((entry) => `${entry.date} ${entry.key}`)).toEqual([
      '2026-04-01 term.commencement',
      '2026-09-30 renewal.notice_window_opens',
      '2026-12-31 renewal.notice_deadline',
      '2027-03-31 term.end',
      '2027-04-01 term.renewal',
      '2027-09-30 renewal.notice_window_opens',
      '2027-12-31 renewal.notice_deadline',
      '2028-04-01 term.renewal',
    ])
  })

  it('a notice inside the second window ends it on 31 March 2028, with no renewal after', () => {
    const timeline = buildTimeline({ content, termCalendar, whatIf: { noticeServedOn: '2027-11-01', noticeMethod: 'hand' } })
    expect(timeline.find((entry) => entry.key === 'termination.effective')).toMatchObject({ date: '2028-03-31', label: 'What if: Agreement ends instead of renewing' })
    expect(timeline.filter((entry) => entry.key === 'term.renewal').map((entry) => entry.date)).toEqual(['2027-04-01'])
  })
})

describe('KPIs reported 3 times a year on Kent’s six terms', () => {
  const kpis = clause('kpis', '2.1', '', {
    indicators: [{ id: 'attendance', indicator: 'Attendance', targets: [{ percentage: 95, comparison: 'at_least' }], ragRated: false }],
    reporting: { due: { kind: 'termly' }, timesPerYear: 3, to: 'the Council' },
  })

  it('gives 3 reports a year, not 6: after Terms 2, 4 and 6', () => {
    const term = clause('term', '1.1', '', { commencesOn: '2026-09-01', endsOn: '2027-08-31' })
    const reports = entries(agreement(term, kpis), 'kpi.report_due')
    expect(reports.map((entry) => entry.date)).toEqual(['2026-12-18', '2027-03-25', '2027-07-21'])
    expect(reports[0].basis).toContain('at the end of terms 2, 4 and 6 on the Kent County Council term calendar')
  })
})

describe('a per-pupil placement charged pro rata for part years', () => {
  const placement = (extra: object) =>
    clause('funding', '2.1', 'Charges', {
      lines: [{ id: 'placement', description: 'Alternative provision placement', pupils: 2, rate: 1_800_000, per: 'pupil' }],
      showTotals: true,
      paymentRule: { kind: 'monthly_in_arrears', dayOfMonth: 20 },
      ...extra,
    })
  const academicYear = clause('term', '1.1', '', { commencesOn: '2026-09-01', endsOn: '2027-08-31' })

  it('says how a part year is charged', () => {
    expect(words(placement({ proRata: { by: 'days' } }))).toBe(
      'Payments will be made monthly in arrears on the 20th of each month. For any part of a financial year in which this Agreement runs, the amount due is the yearly amount multiplied by the number of days of that year the Agreement runs and divided by the number of days in that year, rounded to the nearest penny.',
    )
  })

  it('without a pro-rata rule a September-August agreement over two financial years shows no amounts', () => {
    const payments = entries(agreement(academicYear, placement({})), 'payment.due')
    expect(payments).toHaveLength(12)
    expect(payments.every((payment) => payment.amount === undefined)).toBe(true)
  })

  it('pro rata by days: £20,909.59 for September to March in 7 payments, £15,049.18 for April to August in 5', () => {
    const payments = entries(agreement(academicYear, placement({ proRata: { by: 'days' } })), 'payment.due')
    const amounts = payments.map((payment) => payment.amount ?? 0)
    // 2,090,959p in 7: 298,708p each and 3p over, one each on the first three.
    expect(amounts.slice(0, 7)).toEqual([298_709, 298_709, 298_709, 298_708, 298_708, 298_708, 298_708])
    // 1,504,918p in 5: 300,983p each and 3p over.
    expect(amounts.slice(7)).toEqual([300_984, 300_984, 300_984, 300_983, 300_983])
    expect(amounts.reduce((sum, amount) => sum + amount, 0)).toBe(2_090_959 + 1_504_918)
    expect(payments[0]).toMatchObject({ date: '2026-10-20' })
    expect(payments[0].basis).toContain('£20,909.59 for 1 September 2026 to 31 March 2027 (£36,000.00 a year pro rata by days: 212 of the 365 days of the financial year 2026/27) in 7 equal instalments')
  })

  it('pro rata by terms on Kent’s calendar: £24,000 then £12,000', () => {
    const amounts = entries(agreement(academicYear, placement({ proRata: { by: 'terms' } })), 'payment.due').map((payment) => payment.amount ?? 0)
    expect(amounts.slice(0, 7).reduce((sum, amount) => sum + amount, 0)).toBe(2_400_000)
    expect(amounts.slice(7).reduce((sum, amount) => sum + amount, 0)).toBe(1_200_000)
  })

  it('charged by the academic year, the agreement is one whole year of 12 payments of £3,000', () => {
    const amounts = entries(agreement(academicYear, placement({ fundingYear: 'academic_year' })), 'payment.due').map((payment) => payment.amount)
    expect(amounts).toEqual(Array.from({ length: 12 }, () => 300_000))
  })
})
