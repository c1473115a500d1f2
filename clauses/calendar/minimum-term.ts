// A minimum term before notice may be served: "neither party may give notice to terminate before
// the end of the first twelve months". Notice given earlier does not end the agreement.
import type { IsoDate, Period, TermCalendar } from '../values'
import { cite, type DatedBasis } from './dated'
import { formatDate, formatPeriod } from './format'
import { periodEndDate } from './periods'

export interface MinimumTermOptions {
  commencesOn: IsoDate
  minimumTerm: Period
  termCalendar?: TermCalendar
  clause: string
}

/** The first day notice may be served: the day the minimum term from commencement has run. */
export function earliestNoticeDay({ commencesOn, minimumTerm, termCalendar, clause }: MinimumTermOptions): DatedBasis {
  const date = periodEndDate(commencesOn, minimumTerm, { termCalendar })
  return {
    date,
    basis: `No notice may be served until the minimum term of ${formatPeriod(minimumTerm)} from commencement on ${formatDate(commencesOn)} has run: the earliest day is ${formatDate(date)} ${cite(clause)}`,
  }
}

/** Why a notice deemed served before the earliest day does not end the agreement. */
export function tooEarlyNotice({ deemedServedOn, ...options }: MinimumTermOptions & { deemedServedOn: IsoDate }): DatedBasis | undefined {
  const earliest = earliestNoticeDay(options)
  if (deemedServedOn >= earliest.date) return undefined
  return {
    date: deemedServedOn,
    basis: `Notice deemed served on ${formatDate(deemedServedOn)} is before ${formatDate(earliest.date)}, the earliest day notice may be served (the minimum term of ${formatPeriod(options.minimumTerm)} from ${formatDate(options.commencesOn)}), so it does not end the agreement; serve it again on or after that day ${cite(options.clause)}`,
  }
}
