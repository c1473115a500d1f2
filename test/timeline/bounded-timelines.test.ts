// Every timeline answers whatever the dates: every template from 1990 to 2100, with and without its
// authority's term dates (2025/26 to 2027/28 only), with what-ifs at both ends, and the Nottingham
// draft on its seed's own dates that once sent the server into an endless loop. Each build runs in a
// child process with a time limit, so a loop that never ends fails the test instead of hanging it.
import { academicYearsBetween } from '#clauses/calendar/academic-year'
import { demoTermCalendarFor } from '#clauses/calendar/term-dates/index'
import type { WhatIf } from '#clauses/timeline/context'
import { ZIsoDate, type TimelineEntry } from '#clauses/values'
import { templates } from '#templates/registry'
import { TimeLimitedTimelines } from '#test/support/time-limited-timeline'

// Generous for a machine shared by several test runs: a build takes milliseconds (bench/timeline.ts).
const LIMIT_MS = 20_000

const timelines = new TimeLimitedTimelines(LIMIT_MS)

afterAll(() => timelines.stop())

function expectWellFormed(entries: TimelineEntry[]) {
  for (const entry of entries) {
    expect(ZIsoDate.safeParse(entry.date).success, `${entry.key} ${entry.date}`).toBe(true)
    expect(entry.basis.length).toBeGreaterThan(10)
  }
  expect(entries.map((entry) => entry.date)).toEqual(entries.map((entry) => entry.date).sort())
}

const WHAT_IFS: Array<[string, WhatIf | undefined]> = [
  ['no what-if', undefined],
  ['notice posted on the first day', { noticeServedOn: '1990-01-01', noticeMethod: 'post' }],
  ['notice by hand after 16:00 on Christmas Eve 2099 and a dispute referred in 2100', { noticeServedOn: '2099-12-24', noticeMethod: 'hand', noticeTime: '17:00', disputeReferredOn: '2100-06-30' }],
  ['notice by email on 29 February 2064', { noticeServedOn: '2064-02-29', noticeMethod: 'email' }],
]

describe.each(templates.map((template) => [template.key, template] as const))('%s from 1990 to 2100', (key, template) => {
  const authorityCalendar = demoTermCalendarFor(template.authorityName)

  test.each(WHAT_IFS)('%s', async (_, whatIf) => {
    for (const termCalendar of [authorityCalendar, undefined]) {
      const { timeline } = await timelines.build({ template: key, commencesOn: '1990-01-01', endsOn: '2100-12-31', termCalendar, whatIf })
      expectWellFormed(timeline.entries)
      for (const undated of timeline.undated) expect(undated.reason).toMatch(/Term dates for \d{4}\/\d{2} are not entered|not a permitted method/)
      // Each academic year a termly entry needs and the calendar lacks is named once, on its own entry.
      const missing = timeline.entries.filter((entry) => entry.key === 'term_dates.missing').map((entry) => entry.label.slice(15, 22))
      expect(new Set(missing).size).toBe(missing.length)
      const entered = new Set(termCalendar?.academicYears.map((academicYear) => academicYear.year))
      for (const year of missing) expect(entered.has(year)).toBe(false)
      // A what-if notice that ends the agreement early ends its termly entries there too.
      const endsOn = timeline.entries.find((entry) => entry.key === 'termination.effective' && !entry.label.includes('withdrawal') && !entry.label.includes('Lead School'))?.date ?? '2100-12-31'
      if (missing.length > 0) expect(missing).toEqual(academicYearsBetween('1990-01-01', endsOn).filter((year) => !entered.has(year)))
    }
  })
})

describe('the Nottingham draft on its seed dates, 1 April 2017 to 31 March 2018 (it hung the server)', () => {
  test('answers, and says which term dates the last day for notice needs instead of searching for ever', async () => {
    const termCalendar = demoTermCalendarFor('Nottingham City Council')
    const { timeline } = await timelines.build({ template: 'nottingham-devolved-funding', commencesOn: '2017-04-01', endsOn: '2018-03-31', termCalendar })
    // 2 terms' notice to the end of an academic year (clause 9.1): to end by 31 March 2018 it ends
    // on 31 August 2017 at the latest, so the terms of 2016/17 and 2017/18 decide it; the demo
    // calendar starts in 2025/26.
    expect(timeline.undated.filter((undated) => undated.key === 'renewal.notice_deadline')).toEqual([
      expect.objectContaining({ clause: '9.1', reason: 'Term dates for 2017/18 are not entered in the Nottingham City Council term calendar; add them under Term dates' }),
      expect.objectContaining({ clause: '9.4', reason: 'Term dates for 2017/18 are not entered in the Nottingham City Council term calendar; add them under Term dates' }),
    ])
    expect(timeline.entries.map((entry) => entry.key)).toContain('payment.due')
  })

  test('a what-if notice on 10 January 2028 names the missing 2028/29 term dates, not "no clause ending it by notice"', async () => {
    const termCalendar = demoTermCalendarFor('Nottingham City Council')
    const whatIf: WhatIf = { noticeServedOn: '2028-01-10', noticeMethod: 'hand' }
    const { timeline } = await timelines.build({ template: 'nottingham-devolved-funding', commencesOn: '2025-09-01', endsOn: '2029-08-31', termCalendar, whatIf })
    // Served 10 January 2028 (no notices clause: by hand, on delivery); the 2 terms that start
    // after it are the summer term 2027/28 and the autumn term 2028/29, whose dates are not entered.
    expect(timeline.undated.filter((undated) => undated.key === 'termination.effective').map(({ clause, reason }) => [clause, reason])).toEqual([
      ['9.1', 'Term dates for 2028/29 are not entered in the Nottingham City Council term calendar; add them under Term dates'],
      ['9.4', 'Term dates for 2028/29 are not entered in the Nottingham City Council term calendar; add them under Term dates'],
    ])
  })
})
