import { earliestNoticeDay, tooEarlyNotice } from './minimum-term'

// Worked by hand: an agreement commencing 1 September 2026 in which "no notice to terminate may be
// served before the Agreement has run for 12 months".
const terms = { commencesOn: '2026-09-01', minimumTerm: { amount: 12, unit: 'months' as const }, clause: '9.2' }

it('the earliest day notice may be served is the first anniversary, 1 September 2027', () => {
  expect(earliestNoticeDay(terms)).toEqual({
    date: '2027-09-01',
    basis: 'No notice may be served until the minimum term of 12 months from commencement on 1 September 2026 has run: the earliest day is 1 September 2027 (clause 9.2)',
  })
})

it('a notice deemed served the day before does not end the agreement, and says so', () => {
  expect(tooEarlyNotice({ ...terms, deemedServedOn: '2027-08-31' })?.basis).toBe(
    'Notice deemed served on 31 August 2027 is before 1 September 2027, the earliest day notice may be served (the minimum term of 12 months from 1 September 2026), so it does not end the agreement; serve it again on or after that day (clause 9.2)',
  )
  expect(tooEarlyNotice({ ...terms, deemedServedOn: '2027-09-01' })).toBeUndefined()
})
