import type { Period } from '../values'
import { latestNoticeForFixedDay, terminationOnFixedDay, type EffectiveDay } from './fixed-effective-dates'
import type { NoticeRegime } from './notice-service'

// Worked by hand: a school ICT services SLA terminable on three months' notice "effective only at
// 31 March"; a traded-services SLA where notice "received by 31 December" ends it on the next 31
// March; one that ends "on 31 March or 31 August" after two months' notice.
const threeMonths: Period = { amount: 3, unit: 'months' }
const twoMonths: Period = { amount: 2, unit: 'months' }
const only31March: EffectiveDay[] = [{ day: 31, month: 3 }]
const by31December: EffectiveDay[] = [{ day: 31, month: 3, noticeReceivedBy: { day: 31, month: 12 } }]
const marchOrAugust: EffectiveDay[] = [
  { day: 31, month: 3 },
  { day: 31, month: 8 },
]

describe('three months’ notice, effective only at 31 March (clause 9.1)', () => {
  test.each([
    // 15 December 2026 + 3 months = 15 March 2027; the next 31 March is 31 March 2027.
    ['served 15 December 2026', '2026-12-15', '2027-03-31'],
    // 31 December 2026 + 3 months = 31 March 2027, itself a day it may take effect.
    ['served 31 December 2026, the last day in time', '2026-12-31', '2027-03-31'],
    // 1 January 2027 + 3 months = 1 April 2027: a day late, so a year later.
    ['served 1 January 2027, a day late', '2027-01-01', '2028-03-31'],
  ])('%s', (_name, deemedServedOn, effective) => {
    const result = terminationOnFixedDay({ deemedServedOn, noticePeriod: threeMonths, effectiveOn: only31March, clause: '9.1' })
    expect(result.date).toBe(effective)
  })

  it('says why in the basis', () => {
    expect(terminationOnFixedDay({ deemedServedOn: '2027-01-01', noticePeriod: threeMonths, effectiveOn: only31March, clause: '9.1' }).basis).toBe(
      'Notice deemed served on 1 January 2027; 3 months after it is 1 April 2027; termination takes effect only on 31 March, so it takes effect on 31 March 2028 (clause 9.1)',
    )
  })

  test.each([
    // To end by 31 March 2028 notice must be deemed served by 31 December 2027 (31 December + 3 months = 31 March).
    ['on the agreement’s last day, 31 March 2028', '2028-03-31', '2027-12-31'],
    // An end date of 15 August 2028 is not a day it may take effect: the last one by then is 31 March 2028.
    ['on 15 August 2028, between effective days', '2028-08-15', '2027-12-31'],
  ])('the latest notice to end it by %s', (_name, terminateBy, latest) => {
    const result = latestNoticeForFixedDay({ terminateBy, noticePeriod: threeMonths, effectiveOn: only31March, clause: '9.1' })
    expect(result?.date).toBe(latest)
    expect(result?.effectiveOn).toBe('2028-03-31')
  })
})

describe('notice received by 31 December ends it on the next 31 March (clause 14.2)', () => {
  test.each([
    ['received 20 December 2026', '2026-12-20', '2027-03-31'],
    ['received on 31 December 2026 itself', '2026-12-31', '2027-03-31'],
    // Too late for 31 March 2027; in time for 31 March 2028 (by 31 December 2027).
    ['received 2 January 2027', '2027-01-02', '2028-03-31'],
    // After 31 March but before 31 December: the next 31 March.
    ['received 1 June 2027', '2027-06-01', '2028-03-31'],
  ])('%s', (_name, deemedServedOn, effective) => {
    expect(terminationOnFixedDay({ deemedServedOn, effectiveOn: by31December, clause: '14.2' }).date).toBe(effective)
  })

  it('states the deadline it met in the basis, and the latest day is 31 December', () => {
    expect(terminationOnFixedDay({ deemedServedOn: '2026-12-20', effectiveOn: by31December, clause: '14.2' }).basis).toBe(
      'Notice deemed served on 20 December 2026, received by 31 December 2026; termination takes effect only on 31 March (notice received by 31 December), so it takes effect on 31 March 2027 (clause 14.2)',
    )
    expect(latestNoticeForFixedDay({ terminateBy: '2027-03-31', effectiveOn: by31December, clause: '14.2' })?.date).toBe('2026-12-31')
  })
})

describe('two months’ notice ending on 31 March or 31 August', () => {
  test.each([
    // 31 January + 2 months = 31 March 2027.
    ['served 31 January 2027', '2027-01-31', '2027-03-31'],
    // 1 February + 2 months = 1 April: the next is 31 August 2027.
    ['served 1 February 2027', '2027-02-01', '2027-08-31'],
    // 10 July + 2 months = 10 September: the next is 31 March 2028.
    ['served 10 July 2027', '2027-07-10', '2028-03-31'],
  ])('%s', (_name, deemedServedOn, effective) => {
    expect(terminationOnFixedDay({ deemedServedOn, noticePeriod: twoMonths, effectiveOn: marchOrAugust, clause: '12' }).date).toBe(effective)
  })

  it('the latest notice to end by 31 August 2027 is 30 June 2027 (30 June + 2 months = 30 August)', () => {
    // 1 July + 2 months = 1 September, too late; 30 June gives 30 August, ending on 31 August.
    expect(latestNoticeForFixedDay({ terminateBy: '2027-08-31', noticePeriod: twoMonths, effectiveOn: marchOrAugust, clause: '12' })?.date).toBe('2027-06-30')
  })
})

describe('under a notices clause deeming service only on business days (as Kent STLS 16.1)', () => {
  const businessDaysOnly: NoticeRegime = {
    kind: 'notices_clause',
    clause: '16.1',
    methods: ['post', 'hand'],
    rules: [
      { method: 'post', businessDaysAfter: 2 },
      { method: 'hand', businessDaysAfter: 0, cutOffTime: '16:00' },
    ],
  }

  it('moves the last day for three months’ notice ending on 31 March 2029 back from Sunday 31 December 2028 to Friday 29 December', () => {
    // 31 December 2028 + 3 months = 31 March 2029, but 31 December 2028 is a Sunday, and no notice
    // is deemed served on a Sunday; Friday 29 December is the last business day before it.
    const result = latestNoticeForFixedDay({ terminateBy: '2029-03-31', regime: businessDaysOnly, noticePeriod: threeMonths, effectiveOn: only31March, clause: '9.1' })
    expect(result?.date).toBe('2028-12-29')
    expect(result?.effectiveOn).toBe('2029-03-31')
    expect(result?.basis).toContain('so Friday 29 December 2028 (31 December 2028 is a Sunday, and under clause 16.1 notice is deemed served only on a business day) (clause 9.1)')
    expect(result?.basis).toContain('delivered by hand by 16:00 on Friday 29 December 2028')
  })

  it('moves a received-by day of 31 December 2023, a Sunday, back to Friday 29 December 2023', () => {
    expect(latestNoticeForFixedDay({ terminateBy: '2024-03-31', regime: businessDaysOnly, effectiveOn: by31December, clause: '14.2' })?.date).toBe('2023-12-29')
  })

  it('keeps a received-by day that is a business day: Thursday 31 December 2026', () => {
    expect(latestNoticeForFixedDay({ terminateBy: '2027-03-31', regime: businessDaysOnly, effectiveOn: by31December, clause: '14.2' })?.date).toBe('2026-12-31')
  })

  it('under the general law, a Sunday is a day notice can be delivered by hand', () => {
    expect(latestNoticeForFixedDay({ terminateBy: '2029-03-31', noticePeriod: threeMonths, effectiveOn: only31March, clause: '9.1' })?.date).toBe('2028-12-31')
  })
})
