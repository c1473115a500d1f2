import { expiringFrom, statusByEndDate } from './expiry'

describe('expiring six months before the end date, expired after it', () => {
  // Nottingham devolved funding agreement, 1 April 2026 to 31 March 2027.
  const nottingham = { status: 'active' as const, endsOn: '2027-03-31' }

  test('31 March 2027 less six months is 30 September 2026 (September has no 31st)', () => {
    expect(expiringFrom('2027-03-31')).toBe('2026-09-30')
  })

  test('a term ending 31 August 2028 is expiring from 29 February 2028 (a leap year)', () => {
    expect(expiringFrom('2028-08-31')).toBe('2028-02-29')
  })

  test.each([
    ['2026-09-29', 'active'],
    ['2026-09-30', 'expiring'],
    ['2027-03-31', 'expiring'],
    ['2027-04-01', 'expired'],
  ])('on %s the Nottingham agreement is %s', (today, status) => {
    expect(statusByEndDate(nottingham, today)).toBe(status)
  })

  test('an agreement already marked expiring stays so until it ends; one with no end date is left alone', () => {
    expect(statusByEndDate({ status: 'expiring', endsOn: '2027-03-31' }, '2026-06-01')).toBe('expiring')
    expect(statusByEndDate({ status: 'active', endsOn: null }, '2040-01-01')).toBe('active')
  })
})
