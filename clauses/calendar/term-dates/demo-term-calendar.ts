import { ZTermCalendar, type TermCalendar } from '../../values'

/** A demo authority's term calendar and where each academic year's dates come from, so nobody
 * mistakes demo dates for published ones. */
export interface DemoTermCalendar {
  calendar: TermCalendar
  sources: Record<string, string>
}

export function defineDemoTermCalendar(calendar: TermCalendar, sources: Record<string, string>): DemoTermCalendar {
  return { calendar: ZTermCalendar.parse(calendar), sources }
}
