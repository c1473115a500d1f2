// The obligations generated for the seeded Kent PRU and Kent STLS agreements, checked against the
// seed clauses by hand. Kent term dates 2026/27 (shared data): Term 1 ends 23 October 2026, Term 2
// 18 December 2026, Term 3 12 February 2027, Term 4 25 March 2027, Term 5 28 May 2027, Term 6
// 21 July 2027; 2027/28 Term 1 ends 22 October 2027.
import { kentTermDates } from '#clauses/calendar/term-dates/kent'
import { generateObligations, type IdentifiedAgreementEvent, type ObligationPlan } from '#clauses/obligations/generate'
import { agreementPeriod } from '#clauses/timeline/term'
import { kentPruSla } from '#templates/kent-pru-sla/index'
import { kentStls } from '#templates/kent-stls/index'

const termCalendar = kentTermDates.calendar
const KENT_2026_27_TERM_ENDS = ['2026-10-23', '2026-12-18', '2027-02-12', '2027-03-25', '2027-05-28', '2027-07-21']

function obligationsFor(template: typeof kentStls, commencesOn: string, endsOn: string | undefined, events: IdentifiedAgreementEvent[] = []) {
  const built = template.build({ commencesOn, endsOn })
  const period = agreementPeriod(built.content, termCalendar)
  return generateObligations({ content: built.content, termCalendar, period, parties: built.parties, events })
}

function byName(plans: ObligationPlan[], name: string): ObligationPlan {
  const plan = plans.find((candidate) => candidate.name === name)
  if (!plan) throw new Error(`No obligation named ${name}; have ${plans.map((candidate) => candidate.name).join(', ')}`)
  return plan
}

describe('Kent STLS SLA, one academic year 1 September 2026 - 31 August 2027', () => {
  const plans = obligationsFor(kentStls, '2026-09-01', '2027-08-31')

  test('clause 13.3: 6 termly Local Activity Reports a year, at the end of each of Kent\'s six terms, owed by the school', () => {
    const report = byName(plans, 'Local Activity Report')
    expect(report).toMatchObject({ clause: '13.3 and 13.5', recurrence: 'termly', ownerParty: 'school', ownerDescription: 'Headteachers of SLA holding special schools', category: 'report' })
    expect(report.instances.map((instance) => instance.dueOn)).toEqual(KENT_2026_27_TERM_ENDS)
    expect(report.instances[1].title).toBe('Local Activity Report, Term 2 2026/27, due 18 December 2026')
    expect(report.instances[1].key).toBe('monitoring.13.3/local-activity-report@2026/27:Term 2')
  })

  test('clause 13.5 timetable: its Local Activity Report & KPI Report row is the 13.3 report, owed once', () => {
    expect(plans.filter((plan) => plan.name.startsWith('Local Activity Report'))).toHaveLength(1)
    expect(plans.find((plan) => plan.name === 'Local Activity Report & KPI Report')).toBeUndefined()
  })

  test('clause 13.5 timetable: Budget Reporting once a year in term 1, a funding return owed by the Headteacher', () => {
    const budget = byName(plans, 'Budget Reporting')
    expect(budget).toMatchObject({ clause: '13.5', category: 'funding_return', recurrence: 'annual', ownerParty: 'school' })
    expect(budget.instances.map((instance) => [instance.periodLabel, instance.dueOn])).toEqual([['Term 1 2026/27', '2026-10-23']])
  })

  test('clause 13.5 and 13.2: the MIU\'s reports are the authority\'s, not the school\'s', () => {
    expect(byName(plans, 'Attainment and Performance Report')).toMatchObject({ ownerParty: 'authority', recurrence: 'annual' })
    expect(byName(plans, 'Attainment and Performance Report').instances.map((instance) => instance.dueOn)).toEqual(['2026-10-23'])
    expect(byName(plans, 'Attendance and Exclusion Report')).toMatchObject({ ownerParty: 'authority' })
    expect(byName(plans, 'Attendance and Exclusion Report').instances).toHaveLength(6)
  })

  test('clause 8.6 and Appendix 1: a termly KPI report, six a year, from the school', () => {
    const kpis = byName(plans, 'KPI report')
    expect(kpis).toMatchObject({ category: 'kpi_return', recurrence: 'termly', ownerParty: 'school' })
    expect(kpis.clause).toMatch(/^Appendix 1/)
    expect(kpis.instances.map((instance) => instance.dueOn)).toEqual(KENT_2026_27_TERM_ENDS)
  })

  test('nothing else: the STLS has no event-driven duties or records-retention clause', () => {
    expect(plans.map((plan) => plan.name).sort()).toEqual(
      ['Attainment and Performance Report', 'Attendance and Exclusion Report', 'Budget Reporting', 'KPI report', 'Local Activity Report'].sort(),
    )
  })
})

describe('Kent PRU SLA, three years from 1 September 2026 (term calendar known to 2027/28)', () => {
  const complaint: IdentifiedAgreementEvent = { id: 'complaint-1', type: 'complaint_received', occurredOn: '2026-11-06', time: '15:00' }
  const plans = obligationsFor(kentPruSla, '2026-09-01', undefined, [complaint])

  test('Schedule 1 clause 9: KPIs reported termly to KCC, six a year in Kent\'s six-term year', () => {
    const kpis = byName(plans, 'KPI report')
    expect(kpis).toMatchObject({ clause: 'Schedule 1, paragraph 9', recurrence: 'termly', ownerParty: 'provider' })
    const in2026 = kpis.instances.filter((instance) => instance.periodKey.startsWith('2026/27'))
    expect(in2026.map((instance) => instance.dueOn)).toEqual(KENT_2026_27_TERM_ENDS)
    // 2026/27 and 2027/28 are on the calendar; 2028/29 is left off until its term dates are added.
    expect(kpis.instances).toHaveLength(12)
    expect(kpis.instances[6]).toMatchObject({ periodLabel: 'Term 1 2027/28', dueOn: '2027-10-22' })
  })

  test('Schedule 1 clause 7.VII: monthly attendance reports for every month of the three years, by the 10th of the next month', () => {
    const attendance = byName(plans, 'Attendance report for each student')
    expect(attendance).toMatchObject({ recurrence: 'monthly', ownerParty: 'provider', clause: 'Schedule 1, paragraph 7(VII)' })
    // September 2026 to August 2029 is 36 months.
    expect(attendance.instances).toHaveLength(36)
    expect(attendance.instances[0]).toMatchObject({ periodLabel: 'September 2026', dueOn: '2026-10-10' })
    expect(attendance.instances[35]).toMatchObject({ periodLabel: 'August 2029', dueOn: '2029-09-10' })
  })

  test('Schedule 1 clause 9.XXI: the Annual Report two weeks before the annual meeting (1 December), each year', () => {
    const annual = byName(plans, 'Annual Report')
    expect(annual.instances.map((instance) => instance.dueOn)).toEqual(['2026-11-17', '2027-11-17', '2028-11-17'])
    expect(annual.instances[0].title).toBe('Annual Report, 2026/27, due 17 November 2026')
  })

  test('Schedule 1 clause 7.V: a complaint received Friday 6 November 2026 at 15:00 is to be notified within 72 hours, by Monday 9 November', () => {
    const notification = byName(plans, 'Notify all complaints to the Authorised Officer')
    expect(notification).toMatchObject({ category: 'event', recurrence: 'on_event' })
    expect(notification.instances).toEqual([
      expect.objectContaining({ key: 'schedule-1.7.V/complaint-notification@event:complaint-1', dueOn: '2026-11-09', periodLabel: 'Complaint received 6 November 2026' }),
    ])
  })

  test('Schedule 1 clauses 3(c) and 6(f): referral and admission duties have no instance until such an event is recorded', () => {
    expect(byName(plans, 'Make suitable provision for an agreed new referral').instances).toEqual([])
    expect(byName(plans, 'Prepare the first education care plan').instances).toEqual([])
  })

  test('Schedule 1 clause 3(c): a referral on Monday 2 November 2026 needs provision within five working days, by Monday 9 November', () => {
    const withReferral = obligationsFor(kentPruSla, '2026-09-01', undefined, [{ id: 'referral-1', type: 'referral_received', occurredOn: '2026-11-02' }])
    expect(byName(withReferral, 'Make suitable provision for an agreed new referral').instances.map((instance) => instance.dueOn)).toEqual(['2026-11-09'])
  })
})
