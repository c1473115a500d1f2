// Demo term calendars for the four demo authorities, 2025/26 to 2027/28.
import type { TermCalendar } from '../../values'
import type { DemoTermCalendar } from './demo-term-calendar'
import { kentTermDates } from './kent'
import { leicestershireTermDates } from './leicestershire'
import { nottinghamTermDates } from './nottingham'
import { southendTermDates } from './southend'

export type { DemoTermCalendar }

export const DEMO_TERM_CALENDARS: DemoTermCalendar[] = [kentTermDates, southendTermDates, leicestershireTermDates, nottinghamTermDates]

/** The seeds name some councils as they were then: Southend became a city in 2022. */
const FORMER_NAMES: Record<string, string> = {
  'Southend Borough Council': 'Southend-on-Sea City Council',
  'Southend-on-Sea Borough Council': 'Southend-on-Sea City Council',
}

export function demoTermCalendarFor(authority: string): TermCalendar | undefined {
  const name = FORMER_NAMES[authority] ?? authority
  return DEMO_TERM_CALENDARS.find(({ calendar }) => calendar.authority === name)?.calendar
}
