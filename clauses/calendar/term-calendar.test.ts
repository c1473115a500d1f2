import { ZTermCalendar } from '../values'
import { isBusinessDay } from './bank-holidays'
import { isSchoolDay, octoberHalfTerm, termContaining } from './term-calendar'
import { DEMO_TERM_CALENDARS, demoTermCalendarFor } from './term-dates'

describe('demo term calendars', () => {
  test.each(DEMO_TERM_CALENDARS.map((demo) => [demo.calendar.authority, demo] as const))('%s', (_, { calendar, sources }) => {
    expect(ZTermCalendar.safeParse(calendar).success).toBe(true)
    expect(calendar.academicYears.map(({ year }) => year)).toEqual(['2025/26', '2026/27', '2027/28'])
    expect(Object.keys(sources)).toEqual(['2025/26', '2026/27', '2027/28'])
    const terms = calendar.academicYears.flatMap(({ terms }) => terms)
    for (const [index, term] of terms.entries()) {
      expect(term.start < term.end).toBe(true)
      expect(isBusinessDay(term.start)).toBe(true)
      expect(isBusinessDay(term.end)).toBe(true)
      if (index > 0) expect(terms[index - 1].end < term.start).toBe(true)
      if (term.halfTerm) expect(term.start < term.halfTerm.start && term.halfTerm.end < term.end).toBe(true)
    }
  })

  test('Kent has six terms a year, the others three with a half term in each', () => {
    for (const { calendar } of DEMO_TERM_CALENDARS) {
      const kent = calendar.authority === 'Kent County Council'
      for (const { terms } of calendar.academicYears) {
        expect(terms).toHaveLength(kent ? 6 : 3)
        expect(terms.every((term) => Boolean(term.halfTerm) !== kent)).toBe(true)
      }
    }
  })

  test('the 2027/28 Kent dates are marked as demo', () => {
    expect(DEMO_TERM_CALENDARS[0].sources['2027/28']).toMatch(/^Demo/)
  })
})

describe('school days', () => {
  const kent = demoTermCalendarFor('Kent County Council')!
  const leicestershire = demoTermCalendarFor('Leicestershire County Council')!

  test.each([
    [kent, '2026-10-23', true], // Friday, last day of Kent Term 1
    [kent, '2026-10-26', false], // Monday of the gap between Term 1 and Term 2
    [kent, '2026-11-28', false], // Saturday in Term 2
    [kent, '2026-08-20', false], // summer holiday
    [leicestershire, '2026-10-27', false], // inside the autumn half term
    [leicestershire, '2027-05-31', false], // Spring bank holiday, and the summer half term
    [leicestershire, '2026-11-02', true],
  ])('%#: %s is a school day: %s', (calendar, date, expected) => {
    expect(isSchoolDay(calendar, date)).toBe(expected)
  })

  test('termContaining', () => {
    expect(termContaining(kent, '2026-11-23')?.name).toBe('Term 2')
    expect(termContaining(kent, '2026-10-28')).toBeUndefined()
  })

  test('October half term', () => {
    // Kent: the gap after Term 1 (ends Friday 23 October 2026) starts Saturday 24 October.
    expect(octoberHalfTerm(kent, '2026/27')).toEqual({ start: '2026-10-24', lastSchoolDayBefore: '2026-10-23' })
    expect(octoberHalfTerm(leicestershire, '2026/27')).toEqual({ start: '2026-10-26', lastSchoolDayBefore: '2026-10-23' })
  })
})
