// A served termination notice ends the obligation schedule on the day the timeline says termination
// takes effect. Expected dates are worked by hand from the seed clauses. Kent term dates (shared
// data): 2026/27 terms end 23 October, 18 December 2026, 12 February, 25 March, 28 May and 21 July
// 2027. Nottingham: 2026/27 Spring term 4 January - 25 March 2027, Summer term 12 April - 21 July 2027.
import { kentTermDates } from '#clauses/calendar/term-dates/kent'
import { nottinghamTermDates } from '#clauses/calendar/term-dates/nottingham'
import { generateObligations, type ObligationPlan } from '#clauses/obligations/generate'
import { buildTimeline } from '#clauses/timeline/build-timeline'
import type { AgreementEvent } from '#clauses/timeline/context'
import { effectivePeriod } from '#clauses/timeline/term'
import type { TermCalendar } from '#clauses/values'
import { kentPruSla } from '#templates/kent-pru-sla/index'
import { kentStls } from '#templates/kent-stls/index'
import { nottinghamDevolvedFunding } from '#templates/nottingham-devolved-funding/index'

type Template = typeof kentPruSla | typeof kentStls | typeof nottinghamDevolvedFunding

function scheduleFor(template: Template, dates: { commencesOn: string; endsOn?: string }, termCalendar: TermCalendar, notices: AgreementEvent[]) {
  const built = template.build(dates)
  const period = effectivePeriod({ content: built.content, termCalendar, events: notices })
  const plans = generateObligations({ content: built.content, termCalendar, period, parties: built.parties, events: notices.map((notice, index) => ({ ...notice, id: `notice-${index}` })) })
  const terminations = buildTimeline({ content: built.content, termCalendar, events: notices }).filter((entry) => entry.key === 'termination.effective')
  return { period, plans, terminations }
}

function dueDatesOf(plans: ObligationPlan[], name: string): string[] {
  const plan = plans.find((candidate) => candidate.name === name)
  if (!plan) throw new Error(`No obligation named ${name}; have ${plans.map((candidate) => candidate.name).join(', ')}`)
  return plan.instances.map((instance) => instance.dueOn)
}

describe('Kent PRU SLA, three full calendar years from 1 September 2026', () => {
  const threeYears = { commencesOn: '2026-09-01' }
  const termCalendar = kentTermDates.calendar
  // The PRU agreement has no notices clause, so a notice is taken as served the day it is delivered.
  const handDelivered: AgreementEvent = { type: 'notice_served', occurredOn: '2027-01-15', method: 'hand', time: '10:00' }

  test('main body and Term of Agreement: six months\' notice delivered by hand on 15 January 2027 ends the agreement on 15 July 2027', () => {
    const { period, terminations } = scheduleFor(kentPruSla, threeYears, termCalendar, [handDelivered])
    expect(period).toEqual({ startsOn: '2026-09-01', endsOn: '2027-07-15', recurringUntil: '2027-07-15' })
    // Both termination clauses (breach, and early termination) give six months: the timeline says the same day.
    expect(terminations.map((entry) => entry.date)).toEqual(['2027-07-15', '2027-07-15'])
  })

  test('Schedule 1 clause 7.VII: monthly attendance reports stop with July 2027, the month termination takes effect', () => {
    const { plans } = scheduleFor(kentPruSla, threeYears, termCalendar, [handDelivered])
    // September 2026 to July 2027 is 11 months, each reported by the 10th of the next month.
    const attendance = dueDatesOf(plans, 'Attendance report for each student')
    expect(attendance).toHaveLength(11)
    expect(attendance.at(-1)).toBe('2027-08-10')
  })

  test('Schedule 1 clause 9: termly KPI reports for the five terms that end by 15 July 2027; Term 6 ends 21 July, after termination', () => {
    const { plans } = scheduleFor(kentPruSla, threeYears, termCalendar, [handDelivered])
    expect(dueDatesOf(plans, 'KPI report')).toEqual(['2026-10-23', '2026-12-18', '2027-02-12', '2027-03-25', '2027-05-28'])
  })

  test('Schedule 1 clause 9.XXI: only the Annual Report of 17 November 2026; the 2027 one would be due after termination', () => {
    const { plans } = scheduleFor(kentPruSla, threeYears, termCalendar, [handDelivered])
    expect(dueDatesOf(plans, 'Annual Report')).toEqual(['2026-11-17'])
  })

  test('six months from 31 August 2027 clamps to 29 February 2028 (a leap year), and the earliest of two notices counts', () => {
    const later: AgreementEvent = { type: 'notice_served', occurredOn: '2027-11-01', method: 'post' }
    const monthEnd: AgreementEvent = { type: 'notice_served', occurredOn: '2027-08-31', method: 'email' }
    const { period, plans } = scheduleFor(kentPruSla, threeYears, termCalendar, [monthEnd, later])
    expect(period.endsOn).toBe('2028-02-29')
    // September 2026 to February 2028 is 18 months; February's report is due 10 March 2028.
    const attendance = dueDatesOf(plans, 'Attendance report for each student')
    expect(attendance).toHaveLength(18)
    expect(attendance.at(-1)).toBe('2028-03-10')
  })

  test('without a served notice the schedule runs the whole term, to August 2029', () => {
    const { period, plans } = scheduleFor(kentPruSla, threeYears, termCalendar, [])
    expect(period.endsOn).toBe('2029-08-31')
    expect(dueDatesOf(plans, 'Attendance report for each student')).toHaveLength(36)
  })
})

describe('Kent STLS SLA, 1 September 2026 - 31 August 2027', () => {
  // Clause 16.1.1: posted Thursday 24 December 2026, served on the second business day after
  // posting. Friday 25 December is Christmas Day, 26-27 December a weekend, Monday 28 December the
  // substitute Boxing Day bank holiday; so Tuesday 29th is the first business day and Wednesday
  // 30 December 2026 the second. Clause 14: six months later is 30 June 2027.
  const posted: AgreementEvent = { type: 'notice_served', occurredOn: '2026-12-24', method: 'post' }
  const { period, plans, terminations } = scheduleFor(kentStls, { commencesOn: '2026-09-01', endsOn: '2027-08-31' }, kentTermDates.calendar, [posted])

  test('clauses 14 and 16.1.1: notice posted on 24 December 2026 is deemed served on 30 December and ends the agreement on 30 June 2027', () => {
    expect(terminations.map((entry) => [entry.clause, entry.date])).toEqual([['14', '2027-06-30']])
    expect(period.endsOn).toBe('2027-06-30')
  })

  test('clause 13.3: Local Activity Reports for Terms 1-5 only; Term 6 ends 21 July 2027, after termination', () => {
    expect(dueDatesOf(plans, 'Local Activity Report')).toEqual(['2026-10-23', '2026-12-18', '2027-02-12', '2027-03-25', '2027-05-28'])
  })
})

describe('Nottingham devolved funding agreement, 1 April 2026 - 31 March 2029', () => {
  // Clause 9.1: "2 terms written notice terminating at the end of an Academic Year". The agreement
  // has no notices clause, so a notice posted on 20 November 2026 is taken as served that day. The
  // two full terms after it are Spring and Summer 2026/27, ending 21 July 2027; the academic year
  // ends 31 August 2027.
  const posted: AgreementEvent = { type: 'notice_served', occurredOn: '2026-11-20', method: 'post' }
  const { period, plans, terminations } = scheduleFor(nottinghamDevolvedFunding, { commencesOn: '2026-04-01', endsOn: '2029-03-31' }, nottinghamTermDates.calendar, [posted])

  test('clause 9.1: notice served 20 November 2026 takes effect at the end of the academic year, 31 August 2027', () => {
    // Clause 9.4 (the Responsible Body ending it after the indicative allocation) is on clause 9.1 notice.
    expect(terminations.map((entry) => [entry.clause, entry.date])).toEqual([['9.1', '2027-08-31'], ['9.4', '2027-08-31']])
    expect(period).toEqual({ startsOn: '2026-04-01', endsOn: '2027-08-31', recurringUntil: '2027-08-31' })
  })

  test('clause 5.1: records are kept for 3 years after the agreement ends on 31 August 2027, until 31 August 2030, not 31 March 2032', () => {
    expect(dueDatesOf(plans, 'Keep full documentary records of all decisions made')).toEqual(['2030-08-31'])
  })
})
