import { daysBetween } from '#clauses/calendar/dates'
import type { IsoDate } from '#clauses/values'

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`

function distance(days: number): string {
  if (days < 14) return plural(days, 'day')
  if (days < 61) return plural(Math.round(days / 7), 'week')
  if (days < 730) return plural(Math.round(days / 30.44), 'month')
  return plural(Math.round(days / 365.25), 'year')
}

/** "Today", "in 3 weeks", "5 months ago": how far a deadline is from today, in words. */
export function relativeToToday(date: IsoDate, today: IsoDate): { isPast: boolean; words: string } {
  const days = daysBetween(date, today)
  if (days === 0) return { isPast: false, words: 'Today' }
  if (days === 1) return { isPast: false, words: 'Tomorrow' }
  if (days === -1) return { isPast: true, words: 'Yesterday' }
  return days > 0 ? { isPast: false, words: `In ${distance(days)}` } : { isPast: true, words: `${distance(-days)} ago` }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2026-11" -> "November 2026". */
export function monthName(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number)
  return `${MONTHS[month - 1]} ${year}`
}

/** Items grouped by the month of their date, months in order. */
export function groupByMonth<TItem extends { date: IsoDate }>(items: TItem[]): { month: string; items: TItem[] }[] {
  const groups = new Map<string, TItem[]>()
  for (const item of items) {
    const month = item.date.slice(0, 7)
    groups.set(month, [...(groups.get(month) ?? []), item])
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, grouped]) => ({ month, items: grouped }))
}
