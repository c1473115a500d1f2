import { clause, section } from '#templates/builders'
import type { AgreementContent } from '../agreement-content'
import { leicestershireTermDates } from '../calendar/term-dates/leicestershire'
import type { Period, TimelineEntry } from '../values'
import { buildTimeline } from './build-timeline'
import type { AgreementEvent } from './context'
import { leicestershireSeip } from '#templates/leicestershire-seip/index'
import { effectivePeriod } from './term'

const termCalendar = leicestershireTermDates.calendar

/** A Leicestershire SEIP-like agreement, 1 September 2026 - 31 August 2028, with Kent STLS 16.1
 * notices and the Kent PRU dispute and complaints clauses, so every kind contributes a date. */
function agreement(noticePeriod: Period, alignment: 'academic_year_end' | 'none'): AgreementContent {
  return {
    sections: [
      section('term', '1', 'Term', [
        clause('term', '1.1', 'Term', { commencesOn: '2026-09-01', endsOn: '2028-08-31', review: { frequency: 'annual', continuesWithoutReview: false } }),
      ]),
      section('funding', '4', 'Funding', [
        clause('funding', '4.1', 'Payment', { totalAmount: 12_000_000, lines: [], showTotals: false, paymentRule: { kind: 'termly_in_advance' } }),
      ]),
      section('reports', '8', 'Reporting', [
        clause('reporting', '8.1', 'Budget plan', { asTable: false, reports: [{ id: 'budget', name: 'Budget plan', to: ['the Authority'], frequency: 'annual', due: { kind: 'by_october_half_term' } }] }),
        clause('reporting', '8.6', 'Annual Expenditure Report', {
          asTable: false,
          reports: [{ id: 'aer', name: 'Annual Expenditure Report', to: ['the Authority'], frequency: 'annual', due: { kind: 'annual_fixed_day', day: 31, month: 3 } }],
        }),
        clause('kpis', '8.7', 'KPIs', {
          indicators: [{ id: 'kpi-1', indicator: 'Attendance', targets: [{ percentage: 95, comparison: 'at_least' }], ragRated: false }],
          reporting: { due: { kind: 'termly' }, to: 'the Authority' },
        }),
        clause('obligations', '8.8', 'Complaints', {
          obligations: [{ id: 'complaints', duty: 'notify complaints to the Authority', owedBy: 'The SEIP', due: { kind: 'after_event', within: { amount: 72, unit: 'hours' }, event: 'the initial complaint' } }],
        }),
      ]),
      section('records', '10', 'Records', [
        clause('records-retention', '10.1', 'Records', { period: { amount: 7, unit: 'years' }, countedIn: 'financial_years', includesCurrentYear: true, keptBy: 'The SEIP', records: 'records of decisions', availableTo: 'the Authority' }),
      ]),
      section('termination', '17', 'Termination', [
        clause('termination', '17.1', 'Termination', { noticeBy: 'either', noticePeriod, alignment: { kind: alignment }, effect: 'terminates_agreement', byMutualAgreement: false }),
      ]),
      section('notices', '18', 'Notices', [
        clause('notices', '18.1', 'Notices', {
          inWriting: true,
          methods: ['post', 'hand'],
          deemedService: [
            { method: 'post', businessDaysAfter: 2 },
            { method: 'hand', businessDaysAfter: 0, cutOffTime: '16:00' },
          ],
          addressForService: 'stated_in_agreement',
        }),
      ]),
      section('disputes', '19', 'Disputes', [
        clause('dispute-resolution', '19.1', 'Disputes', {
          escalationNeedsAgreement: false,
          stages: [
            { forum: 'the Management Committee', timeLimit: { amount: 21, unit: 'calendar_days' }, finalAndBinding: false },
            { forum: 'the Executive Steering Group', timeLimit: { amount: 4, unit: 'weeks' }, finalAndBinding: false },
            { forum: 'the Corporate Director', finalAndBinding: true },
          ],
        }),
      ]),
    ],
  }
}

const seip = agreement({ amount: 12, unit: 'months' }, 'academic_year_end')
const sixMonths = agreement({ amount: 6, unit: 'months' }, 'none')

function dated(entries: TimelineEntry[]): Array<[string, string, number?]> {
  return entries.map(({ key, date, amount }) => (amount === undefined ? [key, date] : [key, date, amount]))
}

describe('buildTimeline', () => {
  test('every clause kind contributes its dates, sorted by date', () => {
    // Leicestershire terms: 2026/27 autumn 3 Sep - 18 Dec (half term from Mon 26 Oct), spring 5 Jan -
    // 25 Mar, summer 12 Apr - 21 Jul; 2027/28 autumn 2 Sep - 17 Dec (half term from Mon 25 Oct),
    // spring 4 Jan - 31 Mar, summer 18 Apr - 21 Jul.
    expect(dated(buildTimeline({ content: seip, termCalendar }))).toEqual([
      ['term.commencement', '2026-09-01'],
      // Termly in advance, first day of each term; £120,000.00 a year in 3: £40,000.00 each.
      ['payment.due', '2026-09-03', 4_000_000],
      // By October half term: the last school day before Monday 26 October 2026 is Friday 23.
      ['report.due', '2026-10-23'],
      // Termly KPI reports at the end of each term.
      ['kpi.report_due', '2026-12-18'],
      ['payment.due', '2027-01-05', 4_000_000],
      ['kpi.report_due', '2027-03-25'],
      // Annual Expenditure Report by 31 March.
      ['report.due', '2027-03-31'],
      ['payment.due', '2027-04-12', 4_000_000],
      ['kpi.report_due', '2027-07-21'],
      // 12 months to the end of an academic year, to end by 31 August 2028: deemed served by 31 August 2027.
      ['renewal.notice_deadline', '2027-08-31'],
      // Annual review a year after commencement on 1 September 2026.
      ['review.due', '2027-09-01'],
      ['payment.due', '2027-09-02', 4_000_000],
      ['report.due', '2027-10-22'],
      ['kpi.report_due', '2027-12-17'],
      ['payment.due', '2028-01-04', 4_000_000],
      ['kpi.report_due', '2028-03-31'],
      ['report.due', '2028-03-31'],
      ['payment.due', '2028-04-18', 4_000_000],
      ['kpi.report_due', '2028-07-21'],
      ['term.end', '2028-08-31'],
      // 7 financial years including the one ending 31 March 2029 in which the agreement ends: to 31 March 2035.
      ['records.retain_until', '2035-03-31'],
    ])
  })

  test('a served notice ends the agreement early, and payments, reports and retention stop there', () => {
    const events: AgreementEvent[] = [
      // Delivered by hand at 16:30 on Monday 23 November 2026: deemed served Tuesday 24 November;
      // 6 months later, 24 May 2027.
      { type: 'notice_served', occurredOn: '2026-11-23', method: 'hand', time: '16:30' },
      // 72 hours from 14:00 on Friday 27 November 2026: Monday 30 November.
      { type: 'complaint_received', occurredOn: '2026-11-27', time: '14:00' },
    ]
    expect(dated(buildTimeline({ content: sixMonths, termCalendar, events }))).toEqual([
      ['term.commencement', '2026-09-01'],
      // The academic year 2026/27 is no longer whole, so no amounts.
      ['payment.due', '2026-09-03'],
      ['report.due', '2026-10-23'],
      ['notice.deemed_served', '2026-11-24'],
      ['obligation.due', '2026-11-30'],
      ['kpi.report_due', '2026-12-18'],
      ['payment.due', '2027-01-05'],
      ['kpi.report_due', '2027-03-25'],
      ['report.due', '2027-03-31'],
      ['payment.due', '2027-04-12'],
      ['termination.effective', '2027-05-24'],
      // 6 months, to end by 31 August 2028: 29 February 2028 + 6 months = 29 August; 1 March gives 1 September.
      ['renewal.notice_deadline', '2028-02-29'],
      ['term.end', '2028-08-31'],
      // Ends 24 May 2027, in the financial year to 31 March 2028 (year 1 of 7): to 31 March 2034.
      ['records.retain_until', '2034-03-31'],
    ])
  })

  test('what if: notice posted on 24 December and a dispute referred on 23 November 2026', () => {
    const entries = buildTimeline({ content: seip, termCalendar, whatIf: { noticeServedOn: '2026-12-24', noticeMethod: 'post', disputeReferredOn: '2026-11-23' } })
    const whatIf = entries.filter(({ label }) => label.startsWith('What if'))
    // Posted Thursday 24 December 2026: deemed served Wednesday 30 December (25 and 28 December are
    // bank holidays); + 12 months = 30 December 2027, then to the end of that academic year, 31
    // August 2028. Dispute: + 21 days = 14 December 2026; then + 4 weeks = 11 January 2027; the
    // Corporate Director has no time limit.
    expect(dated(whatIf)).toEqual([
      ['dispute.stage_deadline', '2026-12-14'],
      ['notice.deemed_served', '2026-12-30'],
      ['dispute.stage_deadline', '2027-01-11'],
      ['termination.effective', '2028-08-31'],
    ])
    expect(whatIf.find(({ key }) => key === 'termination.effective')).toEqual({
      key: 'termination.effective',
      date: '2028-08-31',
      label: 'What if: Termination takes effect (Termination)',
      clause: '17.1',
      basis:
        '12 months after notice deemed served on 30 December 2026 is 30 December 2027, then to the end of that academic year (the agreement does not define the academic year, so it is taken as 1 September to 31 August), 31 August 2028 (clause 17.1)',
    })
  })

  test('a what-if gives the same dates as the same notice and dispute recorded as events', () => {
    const whatIfDates = buildTimeline({ content: sixMonths, termCalendar, whatIf: { noticeServedOn: '2027-04-02', noticeMethod: 'hand', noticeTime: '17:00', disputeReferredOn: '2027-04-02' } })
    const recordedDates = buildTimeline({
      content: sixMonths,
      termCalendar,
      events: [
        { type: 'notice_served', occurredOn: '2027-04-02', method: 'hand', time: '17:00' },
        { type: 'dispute_referred', occurredOn: '2027-04-02' },
      ],
    })
    expect(dated(whatIfDates)).toEqual(dated(recordedDates))
    // Friday 2 April 2027 after 16:00: next business day Monday 5 April (Easter was 26-29 March); + 6 months = 5 October 2027.
    expect(dated(recordedDates.filter(({ key }) => key === 'notice.deemed_served' || key === 'termination.effective'))).toEqual([
      ['notice.deemed_served', '2027-04-05'],
      ['termination.effective', '2027-10-05'],
    ])
  })

  test('asOf leaves out what has passed', () => {
    const entries = buildTimeline({ content: seip, termCalendar, asOf: '2028-03-31' })
    expect(dated(entries)[0]).toEqual(['kpi.report_due', '2028-03-31'])
    expect(entries.every(({ date }) => date >= '2028-03-31')).toBe(true)
  })

  test('without a term calendar, term-time dates are not guessed: each academic year says what its missing term dates leave out', () => {
    const entries = buildTimeline({ content: seip })
    const keys = new Set(entries.map(({ key }) => key))
    expect([...keys].sort()).toEqual(['records.retain_until', 'renewal.notice_deadline', 'report.due', 'review.due', 'term.commencement', 'term.end', 'term_dates.missing'])
    expect(entries.filter(({ key }) => key === 'term_dates.missing')).toEqual([
      {
        key: 'term_dates.missing',
        date: '2026-09-01',
        label: 'Term dates for 2026/27 are not entered',
        clause: '4.1, 8.1, 8.7',
        basis:
          'Term dates for 2026/27 are not entered: the termly payment dates (clause 4.1), the Budget plan due dates (clause 8.1) and the KPI report due dates (clause 8.7) for that year cannot be worked out; add them under Term dates',
      },
      {
        key: 'term_dates.missing',
        date: '2027-09-01',
        label: 'Term dates for 2027/28 are not entered',
        clause: '4.1, 8.1, 8.7',
        basis:
          'Term dates for 2027/28 are not entered: the termly payment dates (clause 4.1), the Budget plan due dates (clause 8.1) and the KPI report due dates (clause 8.7) for that year cannot be worked out; add them under Term dates',
      },
    ])
  })
})

describe('a notice served under a stated termination clause (Leicestershire SEIP, 1 September 2025 - 31 August 2028)', () => {
  const { content } = leicestershireSeip.build({ commencesOn: '2025-09-01', endsOn: '2028-08-31' })
  // No notices clause: a notice delivered by hand on Monday 23 November 2026 is served that day.
  const notice = (clauseId?: string): AgreementEvent => ({ type: 'notice_served', occurredOn: '2026-11-23', method: 'hand', time: '11:00', clauseId })
  const terminations = (events: AgreementEvent[]) =>
    buildTimeline({ content, events }).filter((entry) => entry.key === 'termination.effective').map((entry) => [entry.clause, entry.date])

  test('unstated, it is shown under every notice clause, and the earliest ending (17.2 and 17.3, 23 November 2027) ends the schedule', () => {
    expect(terminations([notice()])).toEqual([
      ['10.2.2', '2027-05-23'],
      ['17.2', '2027-11-23'],
      ['17.3', '2027-11-23'],
      // 12 months to 23 November 2027, "terminating at the end of an academic year": 31 August 2028.
      ['17.1', '2028-08-31'],
      // 3 years to 23 November 2029, "such notice period to end on 5th April": 5 April 2030.
      ['10.2.1', '2030-04-05'],
    ])
    expect(effectivePeriod({ content, events: [notice()] }).endsOn).toBe('2027-11-23')
  })

  test('served under clause 17.1, only its date applies: the agreement runs to 31 August 2028', () => {
    expect(terminations([notice('termination.17.1')])).toEqual([['17.1', '2028-08-31']])
    expect(effectivePeriod({ content, events: [notice('termination.17.1')] }).endsOn).toBe('2028-08-31')
  })
})
