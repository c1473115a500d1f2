import { formatDate, formatDateTime } from './dates'

describe('dates in the GOV.UK style', () => {
  it('formats calendar dates as "23 November 2026"', () => {
    expect(formatDate('2026-11-23')).toBe('23 November 2026')
    expect(formatDate('2027-04-05')).toBe('5 April 2027')
  })

  it('uses the Europe/London calendar: 23:30 UTC on 31 July 2026 is already 1 August in BST', () => {
    expect(formatDate(new Date('2026-07-31T23:30:00Z'))).toBe('1 August 2026')
    expect(formatDateTime(new Date('2026-07-31T15:05:00Z'))).toBe('31 July 2026 at 4:05pm')
  })
})
