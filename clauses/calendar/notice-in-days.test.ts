import { kentTermDates } from './term-dates/kent'
import { GENERAL_LAW } from './notice-service'
import { latestNoticeDate, terminationEffective } from './termination'

// Notice counted in working days and in school (term-time) days, worked by hand on the England and
// Wales bank holidays and Kent's 2026/27 term dates.
const none = { kind: 'none' as const }
const termCalendar = kentTermDates.calendar

describe('20 working days’ notice', () => {
  const noticePeriod = { amount: 20, unit: 'business_days' as const }

  it('from Friday 18 December 2026 runs past Christmas and New Year to Wednesday 20 January 2027', () => {
    // Mon 21 - Thu 24 (4); Fri 25 Christmas Day, Mon 28 Boxing Day (substitute) not counted;
    // Tue 29 - Thu 31 (7); Fri 1 January a bank holiday; 4 - 8 January (12); 11 - 15 (17); 18, 19, 20 (20).
    const result = terminationEffective({ deemedServedOn: '2026-12-18', noticePeriod, alignment: none, clause: '8.1' })
    expect(result.date).toBe('2027-01-20')
    expect(result.basis).toBe('20 working days after notice deemed served on 18 December 2026 is 20 January 2027 (clause 8.1)')
  })

  it('to end by Friday 29 January 2027, notice must be deemed served by Sunday 3 January 2027', () => {
    // The day of service is not counted: from Sunday 3 January, 4 - 8 January (5), 11 - 15 (10),
    // 18 - 22 (15), 25 - 29 (20). From Monday 4 January the 20th working day is 1 February. (Whether
    // notice can be deemed served on a Sunday is for the notices clause: the general rule moves it.)
    expect(latestNoticeDate({ terminateBy: '2027-01-29', regime: GENERAL_LAW, noticePeriod, alignment: none, clause: '8.1' }).date).toBe('2027-01-03')
  })
})

describe('15 school days’ notice on Kent’s six-term calendar', () => {
  const noticePeriod = { amount: 15, unit: 'school_days' as const }

  it('from Monday 7 December 2026 runs over the Christmas holiday to Monday 11 January 2027', () => {
    // Term 2 ends Friday 18 December: 8 - 11 December (4), 14 - 18 (9); Term 3 starts Monday 4
    // January: 4 - 8 (14), Monday 11 January (15).
    expect(terminationEffective({ deemedServedOn: '2026-12-07', noticePeriod, alignment: none, termCalendar, clause: '8.2' }).date).toBe('2027-01-11')
  })

  it('the latest notice to end by the last day of Term 6, Wednesday 21 July 2027, is Wednesday 30 June', () => {
    // 1 - 2 July (2), 5 - 9 (7), 12 - 16 (12), 19 - 21 (15).
    expect(latestNoticeDate({ terminateBy: '2027-07-21', regime: GENERAL_LAW, noticePeriod, alignment: none, termCalendar, clause: '8.2' }).date).toBe('2027-06-30')
  })
})
