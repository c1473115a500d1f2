// Random agreements, term calendars, what-ifs and recorded events (a fixed seed, so a failure
// repeats): every timeline answers within a time limit, in a child process so a loop that never
// ends fails instead of hanging the run, and what it answers holds together - sorted real dates,
// notices under Kent STLS 16.1 deemed served only on business days, no termination before its
// notice, a last day for notice that ends the agreement in time while the next possible day would
// not, and missing term dates named only for years that are missing.
import { isBusinessDay } from '#clauses/calendar/bank-holidays'
import { plusDays, plusYears } from '#clauses/calendar/dates'
import { isServiceDay } from '#clauses/calendar/notice-service'
import { demoTermCalendarFor } from '#clauses/calendar/term-dates/index'
import { terminationEffective } from '#clauses/calendar/termination'
import { clausesOfKind, type AgreementEvent, type WhatIf } from '#clauses/timeline/context'
import { noticeRegime } from '#clauses/timeline/notices'
import { ZIsoDate, type NoticeMethod, type TermCalendar, type TimelineEntry } from '#clauses/values'
import { templates } from '#templates/registry'
import { TimeLimitedTimelines } from '#test/support/time-limited-timeline'

const CASES = 160
const LIMIT_MS = 20_000
/** CPU time one build may take in the child, whatever the machine's load. */
const CPU_LIMIT_MS = 1_500

const timelines = new TimeLimitedTimelines(LIMIT_MS)
afterAll(() => timelines.stop())

/** What the cases checked, so a generator that stopped reaching a rule fails too. */
const checked = { lastDaysForNotice: 0, refusedEmails: 0, missingTermDates: 0, undatedForTermDates: 0, terminations: 0 }

/** mulberry32: a small seeded generator, so every run tries the same cases. */
function seeded(seed: number) {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state)
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

const random = seeded(17)
const pick = <Value,>(values: readonly Value[]): Value => values[Math.floor(random() * values.length)]
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1))
const dateBetween = (from: string, days: number) => plusDays(from, between(0, days))
const METHODS: NoticeMethod[] = ['post', 'hand', 'email', 'fax']
const timeOrNot = () => (random() < 0.5 ? undefined : `${String(between(0, 23)).padStart(2, '0')}:${pick(['00', '15', '30', '59'])}`)

/** The authority's demo calendar moved by whole years (its years renamed), sometimes with a year left out. */
function shiftedCalendar(calendar: TermCalendar, years: number, dropOne: boolean): TermCalendar {
  const academicYears = calendar.academicYears.map((academicYear) => {
    const start = Number(academicYear.year.slice(0, 4)) + years
    return {
      ...academicYear,
      year: `${start}/${String(start + 1).slice(-2)}`,
      terms: academicYear.terms.map((term) => ({
        ...term,
        start: plusYears(term.start, years),
        end: plusYears(term.end, years),
        ...(term.halfTerm ? { halfTerm: { start: plusYears(term.halfTerm.start, years), end: plusYears(term.halfTerm.end, years) } } : {}),
      })),
    }
  })
  return { ...calendar, academicYears: dropOne ? academicYears.filter((_, index) => index !== 1) : academicYears }
}

function randomCase() {
  const template = pick(templates)
  const commencesOn = dateBetween('1990-01-01', 110 * 365)
  const endsOn = plusDays(plusYears(commencesOn, between(1, 8)), -1)
  const demo = demoTermCalendarFor(template.authorityName)
  const calendarChoice = random()
  const termCalendar = !demo || calendarChoice < 0.2 ? undefined : calendarChoice < 0.5 ? demo : shiftedCalendar(demo, between(-35, 70), random() < 0.3)
  const around = plusYears(commencesOn, -1)
  const whatIf: WhatIf = {
    noticeServedOn: random() < 0.8 ? dateBetween(around, 10 * 365) : undefined,
    noticeMethod: pick(METHODS),
    noticeTime: timeOrNot(),
    disputeReferredOn: random() < 0.5 ? dateBetween(around, 10 * 365) : undefined,
  }
  const events: AgreementEvent[] = Array.from({ length: between(0, 2) }, () =>
    random() < 0.5
      ? { type: 'notice_served' as const, occurredOn: dateBetween(around, 10 * 365), method: pick(METHODS), time: timeOrNot() }
      : { type: 'complaint_received' as const, occurredOn: dateBetween(around, 10 * 365), time: timeOrNot() },
  )
  return { template, commencesOn, endsOn, termCalendar, whatIf: whatIf.noticeServedOn || whatIf.disputeReferredOn ? whatIf : undefined, events }
}

type TCase = ReturnType<typeof randomCase>

function expectLastDayForNoticeIsRight(fuzzCase: TCase, entries: TimelineEntry[]) {
  const content = fuzzCase.template.build({ commencesOn: fuzzCase.commencesOn, endsOn: fuzzCase.endsOn }).content
  const regime = noticeRegime(content)
  const endsOn = entries.find((entry) => entry.key === 'term.end')?.date
  for (const deadline of entries.filter((entry) => entry.key === 'renewal.notice_deadline')) {
    const termination = clausesOfKind(content, 'termination').find((located) => located.reference === deadline.clause)?.clause
    if (!termination?.params.noticePeriod || !endsOn) throw new Error(`No clause ${deadline.clause}`)
    const { noticePeriod, alignment = { kind: 'none' as const }, academicYearEnd } = termination.params
    const effectiveIf = (deemedServedOn: string) => terminationEffective({ deemedServedOn, noticePeriod, alignment, academicYearEnd, termCalendar: fuzzCase.termCalendar, clause: deadline.clause }).date
    checked.lastDaysForNotice++
    expect(isServiceDay(regime, deadline.date), `${deadline.date} is a day notice can be served`).toBe(true)
    expect(effectiveIf(deadline.date) <= endsOn, `${deadline.basis}`).toBe(true)
    // The next day notice could be served on is too late (a week covers any run of non-business days).
    let next = plusDays(deadline.date, 1)
    for (let tried = 0; tried < 7 && !isServiceDay(regime, next); tried++) next = plusDays(next, 1)
    try {
      expect(effectiveIf(next) > endsOn, `${deadline.basis}; served on ${next} it would still be in time`).toBe(true)
    } catch (error) {
      // Served later, the count may need term dates that are not entered: nothing to compare.
      if (!(error instanceof Error && error.name === 'TermCalendarRangeError')) throw error
    }
  }
}

function expectConsistent(fuzzCase: TCase, entries: TimelineEntry[], undated: Array<{ key: string; reason: string }>) {
  const dates = entries.map((entry) => entry.date)
  expect(dates).toEqual([...dates].sort())
  for (const entry of entries) {
    expect(ZIsoDate.safeParse(entry.date).success, `${entry.key} ${entry.date}`).toBe(true)
    expect(entry.basis, entry.key).not.toBe('')
  }
  for (const item of undated) expect(item.reason).toMatch(/^Term dates for \d{4}\/\d{2} are not entered|: not a permitted method under clause 16\.1/)
  const served = entries.filter((entry) => entry.key === 'notice.deemed_served').map((entry) => entry.date)
  for (const termination of entries.filter((entry) => entry.key === 'termination.effective')) {
    expect(served.length > 0 && termination.date > [...served].sort()[0], termination.basis).toBe(true)
  }
  if (fuzzCase.template.key === 'kent-stls') {
    for (const entry of entries.filter((entry) => entry.key === 'notice.deemed_served')) expect(isBusinessDay(entry.date), entry.basis).toBe(true)
    if (fuzzCase.whatIf?.noticeServedOn && fuzzCase.whatIf.noticeMethod === 'email') {
      expect(undated.some((item) => item.key === 'notice.deemed_served' && item.reason.includes('not a permitted method under clause 16.1'))).toBe(true)
      checked.refusedEmails++
    }
  }
  const entered = new Set(fuzzCase.termCalendar?.academicYears.map((academicYear) => academicYear.year))
  for (const entry of entries.filter((entry) => entry.key === 'term_dates.missing')) {
    expect(entered.has(entry.label.slice(15, 22)), entry.label).toBe(false)
    checked.missingTermDates++
  }
  checked.undatedForTermDates += undated.filter((item) => item.reason.startsWith('Term dates')).length
  checked.terminations += entries.filter((entry) => entry.key === 'termination.effective').length
  expectLastDayForNoticeIsRight(fuzzCase, entries)
}

test(`${CASES} random agreements, calendars, what-ifs and events each answer in time and hold together`, async () => {
  let slowest = 0
  for (let index = 0; index < CASES; index++) {
    const fuzzCase = randomCase()
    const { timeline, cpuMs } = await timelines.build({
      template: fuzzCase.template.key,
      commencesOn: fuzzCase.commencesOn,
      endsOn: fuzzCase.endsOn,
      termCalendar: fuzzCase.termCalendar,
      events: fuzzCase.events,
      whatIf: fuzzCase.whatIf,
    })
    slowest = Math.max(slowest, cpuMs)
    expect(cpuMs, `case ${index}: ${JSON.stringify({ ...fuzzCase, template: fuzzCase.template.key, termCalendar: fuzzCase.termCalendar?.academicYears.map((year) => year.year) })}`).toBeLessThan(CPU_LIMIT_MS)
    expectConsistent(fuzzCase, timeline.entries, timeline.undated)
  }
  expect(slowest).toBeLessThan(CPU_LIMIT_MS)
  for (const [what, count] of Object.entries(checked)) expect(count, what).toBeGreaterThan(3)
}, 600_000)
