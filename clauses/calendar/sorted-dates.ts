// Counting within a sorted list of ISO dates by binary search: school days up to a date, due dates
// before today.
import type { IsoDate } from '../values'

/** How many of the sorted `dates` are before `date`. */
export function countBefore(dates: readonly IsoDate[], date: IsoDate): number {
  let low = 0
  let high = dates.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (dates[middle] < date) low = middle + 1
    else high = middle
  }
  return low
}

/** How many of the sorted `dates` are on or before `date`. */
export function countOnOrBefore(dates: readonly IsoDate[], date: IsoDate): number {
  let low = 0
  let high = dates.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (dates[middle] <= date) low = middle + 1
    else high = middle
  }
  return low
}
