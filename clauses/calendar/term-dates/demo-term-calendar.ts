import { ZTermCalendar, type TermCalendar } from '../../values'

/** A demo authority's term calendar and where each academic year's dates come from, so nobody
 * mistakes demo dates for published ones. */
export interface DemoTermCalendar {
  calendar: TermCalendar
  sources: Record<string, string>
}

/** Each year carries its source, and a year whose source says "Demo dates" is marked as demo, so
 * every deadline worked out from it says so. */
export function defineDemoTermCalendar(calendar: TermCalendar, sources: Record<string, string>): DemoTermCalendar {
  const academicYears = calendar.academicYears.map((academicYear) => {
    const source = sources[academicYear.year]
    return source ? { ...academicYear, source, ...(source.startsWith('Demo dates') ? { demo: true } : {}) } : academicYear
  })
  return { calendar: ZTermCalendar.parse({ ...calendar, academicYears }), sources }
}
