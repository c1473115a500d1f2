import { formatDate } from './format'

test.each([
  ['2026-11-23', '23 November 2026'],
  ['2027-02-01', '1 February 2027'],
])('formatDate(%s) is %s', (date, expected) => {
  expect(formatDate(date)).toBe(expected)
})
