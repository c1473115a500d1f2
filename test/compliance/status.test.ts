import { countWaiting, isDueSoon, isOverdue, stateAfterReview, stateAfterSubmission } from '#clauses/obligations/status'
import { reconcileInstances } from '#clauses/obligations/reconcile'
import type { ObligationPlan } from '#clauses/obligations/generate'

describe('review states: pending -> submitted -> accepted / returned -> resubmitted', () => {
  test('submitting', () => {
    expect(stateAfterSubmission('pending')).toBe('submitted')
    expect(stateAfterSubmission('returned')).toBe('resubmitted')
    expect(stateAfterSubmission('submitted')).toBe('submitted')
    expect(stateAfterSubmission('accepted')).toBeUndefined()
  })

  test('reviewing', () => {
    expect(stateAfterReview('submitted', 'accept')).toBe('accepted')
    expect(stateAfterReview('submitted', 'return')).toBe('returned')
    expect(stateAfterReview('resubmitted', 'accept')).toBe('accepted')
    expect(stateAfterReview('pending', 'accept')).toBeUndefined()
    expect(stateAfterReview('accepted', 'return')).toBeUndefined()
  })

  test('overdue: due yesterday and still pending or returned; not once submitted', () => {
    expect(isOverdue('pending', '2026-11-22', '2026-11-23')).toBe(true)
    expect(isOverdue('returned', '2026-11-22', '2026-11-23')).toBe(true)
    expect(isOverdue('pending', '2026-11-23', '2026-11-23')).toBe(false)
    expect(isOverdue('submitted', '2026-11-01', '2026-11-23')).toBe(false)
  })

  test('due soon: from today to the horizon', () => {
    expect(isDueSoon('pending', '2026-11-23', '2026-11-23', '2026-12-23')).toBe(true)
    expect(isDueSoon('pending', '2026-12-23', '2026-11-23', '2026-12-23')).toBe(true)
    expect(isDueSoon('pending', '2026-12-24', '2026-11-23', '2026-12-23')).toBe(false)
    expect(isDueSoon('accepted', '2026-12-01', '2026-11-23', '2026-12-23')).toBe(false)
  })
})

describe('reconcileInstances: regenerating after a variation keeps submitted evidence', () => {
  const plan = (periods: string[]): ObligationPlan => ({
    key: 'monitoring.13.3/local-activity-report',
    category: 'report',
    name: 'Local Activity Report',
    ownerParty: 'school',
    ownerDescription: 'Headteacher',
    clauseId: 'monitoring.13.3',
    clause: '13.3',
    recurrence: 'termly',
    dueRule: 'termly',
    instances: periods.map((period) => ({ key: `monitoring.13.3/local-activity-report@${period}`, periodKey: period, periodLabel: period, dueOn: '2026-10-23', basis: '', title: period })),
  })

  test('a variation from six terms to terms 2, 4, 6 and 7 adds 7, keeps 2/4/6, removes untouched 3 and 5, and keeps submitted 1 as withdrawn', () => {
    const key = (period: string) => `monitoring.13.3/local-activity-report@${period}`
    const stored = [
      { key: key('T1'), state: 'accepted' as const },
      { key: key('T2'), state: 'submitted' as const },
      { key: key('T3'), state: 'pending' as const },
      { key: key('T4'), state: 'pending' as const },
      { key: key('T5'), state: 'pending' as const },
      { key: key('T6'), state: 'pending' as const },
    ]
    const result = reconcileInstances([plan(['T2', 'T4', 'T6', 'T7'])], stored)
    expect(result.added.map(({ instance }) => instance.key)).toEqual([key('T7')])
    expect(result.kept.map(({ instance }) => instance.key)).toEqual([key('T2'), key('T4'), key('T6')])
    expect(result.removed).toEqual([key('T3'), key('T5')])
    expect(result.withdrawn).toEqual([key('T1')])
  })
})

describe('counting the dates still waiting on the provider', () => {
  // Today 23 November 2026; the 30-day horizon is 23 December 2026.
  test('before today is overdue, today to the horizon (both inclusive) is due soon, later is neither', () => {
    const dates = ['2026-09-30', '2026-11-22', '2026-11-23', '2026-12-18', '2026-12-23', '2026-12-24', '2027-03-31']
    expect(countWaiting(dates, '2026-11-23', '2026-12-23')).toEqual({ overdue: 2, dueSoon: 3 })
  })

  test('repeated dates are each counted', () => {
    expect(countWaiting(['2026-11-10', '2026-11-10', '2026-12-01', '2026-12-01'], '2026-11-23', '2026-12-23')).toEqual({ overdue: 2, dueSoon: 2 })
  })

  test('nothing waiting', () => {
    expect(countWaiting([], '2026-11-23', '2026-12-23')).toEqual({ overdue: 0, dueSoon: 0 })
  })
})
