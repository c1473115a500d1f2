import type { DeemedServiceRule, NoticeMethod } from '../values'
import { deemedServed } from './deemed-service'

// Kent STLS clause 16.1: post on the second business day after posting (16.1.1); hand on delivery
// (16.1.2); fax on the day of transmission (16.1.3); hand or fax on a non-business day or after
// 4.00 pm on a business day on the next business day.
const kentStls: DeemedServiceRule[] = [
  { method: 'post', businessDaysAfter: 2 },
  { method: 'hand', businessDaysAfter: 0, cutOffTime: '16:00' },
  { method: 'fax', businessDaysAfter: 0, cutOffTime: '16:00' },
]
const ruleFor = (method: NoticeMethod) => kentStls.find((rule) => rule.method === method)!

describe('deemedServed under Kent STLS clause 16.1', () => {
  test.each<[string, NoticeMethod, string, string | undefined, string]>([
    // Posted Thursday 24 December 2026: Fri 25 Christmas Day, Sat 26, Sun 27, Mon 28 Boxing Day
    // (substitute day) are not business days; Tue 29 is the first, Wed 30 the second.
    ['posted on 24 December', 'post', '2026-12-24', undefined, '2026-12-30'],
    // Posted Thursday 26 March 2026: Fri 27 (1), Mon 30 (2).
    ['posted over a weekend', 'post', '2026-03-26', undefined, '2026-03-30'],
    // Posted Friday 27 August 2027: Mon 30 is the summer bank holiday; Tue 31 (1), Wed 1 September (2).
    ['posted before a bank holiday Monday', 'post', '2027-08-27', undefined, '2027-09-01'],
    // Hand delivery at 16:30 on Monday 23 November 2026, after 4.00 pm: next business day, Tue 24.
    ['by hand after 16:00', 'hand', '2026-11-23', '16:30', '2026-11-24'],
    // At 16:00 exactly it is not "after 4.00 pm": served that day.
    ['by hand at 16:00 exactly', 'hand', '2026-11-23', '16:00', '2026-11-23'],
    ['by hand at 09:15', 'hand', '2026-11-23', '09:15', '2026-11-23'],
    // Hand delivery on Good Friday 3 April 2026: not a business day; Sat, Sun and Easter Monday 6
    // are not either, so Tuesday 7 April.
    ['by hand on Good Friday', 'hand', '2026-04-03', '10:00', '2026-04-07'],
    // Hand delivery after 4.00 pm on Friday 18 December 2026: next business day is Monday 21.
    ['by hand after 16:00 on a Friday', 'hand', '2026-12-18', '17:05', '2026-12-21'],
    // Fax on Saturday 28 November 2026: next business day Monday 30 November.
    ['fax on a Saturday', 'fax', '2026-11-28', '11:00', '2026-11-30'],
  ])('%s', (_, method, sentOn, time, expected) => {
    expect(deemedServed({ method, sentOn, time, rule: ruleFor(method), clause: '16.1' }).date).toBe(expected)
  })

  test('the basis names the bank holidays skipped and the clause', () => {
    expect(deemedServed({ method: 'post', sentOn: '2026-12-24', rule: ruleFor('post'), clause: '16.1.1' }).basis).toBe(
      'Posted on 24 December 2026: deemed served on the second business day after posting, not counting the bank holidays Christmas Day 25 December 2026 and Boxing Day (substitute day) 28 December 2026, 30 December 2026 (clause 16.1.1)',
    )
    expect(deemedServed({ method: 'hand', sentOn: '2026-11-23', time: '16:30', rule: ruleFor('hand'), clause: '16.1.3' }).basis).toBe(
      'Delivered by hand on 23 November 2026 at 16:30, after 16:00: deemed served on the next business day, 24 November 2026 (clause 16.1.3)',
    )
  })

  // An email rule with a 17:00 cut-off and served on the business day after sending.
  test('an email rule with a cut-off', () => {
    const rule: DeemedServiceRule = { method: 'email', businessDaysAfter: 1, cutOffTime: '17:00' }
    // Sent Monday 23 November 2026 at 17:30, after the cut-off: counted from Tuesday 24, so the next business day after that, Wednesday 25.
    expect(deemedServed({ method: 'email', sentOn: '2026-11-23', time: '17:30', rule, clause: '16' }).date).toBe('2026-11-25')
    expect(deemedServed({ method: 'email', sentOn: '2026-11-23', time: '12:00', rule, clause: '16' }).date).toBe('2026-11-24')
  })
})
