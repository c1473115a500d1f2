import type { DisputeStage } from '../values'
import { disputeStageDeadlines } from './dispute-deadlines'
import { leicestershireTermDates } from './term-dates/leicestershire'

describe('disputeStageDeadlines', () => {
  test('Kent PRU: 21 days at the Management Committee, then the Corporate Director without a time limit', () => {
    const stages: DisputeStage[] = [
      { forum: 'Management Committee', timeLimit: { amount: 21, unit: 'calendar_days' }, finalAndBinding: false },
      { forum: 'Corporate Director, Education, Learning and Skills', finalAndBinding: true },
    ]
    // Referred Monday 23 November 2026 + 21 days = Monday 14 December 2026; the second stage has no deadline.
    expect(disputeStageDeadlines({ referredOn: '2026-11-23', stages, clause: '13' })).toEqual([
      {
        stage: 1,
        forum: 'Management Committee',
        date: '2026-12-14',
        basis: 'Stage 1 (Management Committee): 21 days after the dispute was referred on 23 November 2026, 14 December 2026 (clause 13)',
      },
    ])
  })

  test('SEIP MOU 9.3: no longer than 4 weeks from referral', () => {
    const stages: DisputeStage[] = [
      { forum: 'the Partnership', timeLimit: { amount: 4, unit: 'weeks' }, finalAndBinding: false },
      { forum: 'SEIP Executive Steering Group', finalAndBinding: true },
    ]
    // Referred 10 December 2026 + 28 days = 7 January 2027.
    expect(disputeStageDeadlines({ referredOn: '2026-12-10', stages, clause: '9.3' }).map(({ date }) => date)).toEqual(['2027-01-07'])
  })

  test('stages chained, each from the previous deadline, in working days, term-time days and weeks', () => {
    const stages: DisputeStage[] = [
      { forum: 'Headteachers', timeLimit: { amount: 5, unit: 'business_days' }, finalAndBinding: false },
      { forum: 'Partnership board', timeLimit: { amount: 10, unit: 'school_days' }, finalAndBinding: false },
      { forum: 'Steering group', timeLimit: { amount: 2, unit: 'weeks' }, finalAndBinding: false },
      { forum: 'Director', finalAndBinding: true },
    ]
    // Referred Friday 16 October 2026. Stage 1: Mon 19 (1) ... Fri 23 October (5).
    // Stage 2 from 23 October, Leicestershire half term 26-30 October not counted: 2, 3, 4, 5, 6,
    // 9, 10, 11, 12, 13 November (10). Stage 3: 13 November + 14 days = 27 November.
    const deadlines = disputeStageDeadlines({ referredOn: '2026-10-16', stages, termCalendar: leicestershireTermDates.calendar, clause: '9' })
    expect(deadlines.map(({ stage, date }) => [stage, date])).toEqual([
      [1, '2026-10-23'],
      [2, '2026-11-13'],
      [3, '2026-11-27'],
    ])
    expect(deadlines[1].basis).toBe('Stage 2 (Partnership board): 10 term-time days after the stage 1 deadline of 23 October 2026, 13 November 2026 (clause 9)')
  })
})
