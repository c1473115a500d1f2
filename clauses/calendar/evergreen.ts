// Automatic renewal ("evergreen"): after its initial term the agreement renews for successive
// periods unless notice is given within a window before the current period ends, the pattern of
// councils' traded-services SLAs ("renews each year on 1 April unless either party gives at least
// three months' notice"; "notice given no earlier than six and no later than three months before").
import type { IsoDate, Period, TermCalendar } from '../values'
import { plusDays } from './dates'
import { cite, type DatedBasis } from './dated'
import { formatDate, formatPeriod } from './format'
import { periodEndDate, subtractPeriod } from './periods'

export interface RenewalTerms {
  /** The last day of the initial term. */
  initialEnd: IsoDate
  renewsFor: Period
  /** Notice must be received at least this long before the current period ends. */
  noticeAtLeast: Period
  /** And, where the clause sets a window, no earlier than this before it ends. */
  noticeNoEarlierThan?: Period
  termCalendar?: TermCalendar
  /** The term clause, e.g. "1.2". */
  clause: string
}

export interface RenewalPeriod {
  /** 0 for the initial term, 1 for the first renewal, ... */
  index: number
  /** The first day of a renewal (undefined for the initial term, which starts at commencement). */
  startsOn?: IsoDate
  endsOn: IsoDate
}

/** Enough renewals for any timeline: a yearly renewal listed for fifty years. */
export const RENEWALS_LISTED = 50

/** The initial term and each renewal after it, until the first period that ends on or after `until`
 * (at most RENEWALS_LISTED renewals). */
export function renewalPeriods({ initialEnd, renewsFor, termCalendar }: Pick<RenewalTerms, 'initialEnd' | 'renewsFor' | 'termCalendar'>, until: IsoDate): RenewalPeriod[] {
  const periods: RenewalPeriod[] = [{ index: 0, endsOn: initialEnd }]
  for (let index = 1; index <= RENEWALS_LISTED && (periods.at(-1)?.endsOn ?? initialEnd) < until; index++) {
    const startsOn = plusDays(periods[index - 1].endsOn, 1)
    // "For a further twelve months" from 1 April ends on 31 March: the day before the anniversary.
    periods.push({ index, startsOn, endsOn: plusDays(periodEndDate(startsOn, renewsFor, { termCalendar }), -1) })
  }
  return periods
}

export interface NoticeWindow {
  /** Renewal the notice stops: the day after `period` ends. */
  renewsOn: IsoDate
  opens?: DatedBasis
  closes: DatedBasis
}

/** When notice to stop the renewal after `period` may be given. */
export function noticeWindow(period: RenewalPeriod, terms: RenewalTerms): NoticeWindow {
  const renewsOn = plusDays(period.endsOn, 1)
  const current = period.index === 0 ? 'the initial term' : 'the current period'
  const closesOn = subtractPeriod(period.endsOn, terms.noticeAtLeast, { termCalendar: terms.termCalendar })
  const closes = {
    date: closesOn,
    basis: `To stop the agreement renewing on ${formatDate(renewsOn)}, notice must be received at least ${formatPeriod(terms.noticeAtLeast)} before ${current} ends on ${formatDate(period.endsOn)}: by ${formatDate(closesOn)} ${cite(terms.clause)}`,
  }
  if (!terms.noticeNoEarlierThan) return { renewsOn, closes }
  const opensOn = subtractPeriod(period.endsOn, terms.noticeNoEarlierThan, { termCalendar: terms.termCalendar })
  return {
    renewsOn,
    closes,
    opens: {
      date: opensOn,
      basis: `Notice to stop the agreement renewing on ${formatDate(renewsOn)} may be given no earlier than ${formatPeriod(terms.noticeNoEarlierThan)} before ${current} ends on ${formatDate(period.endsOn)}: from ${formatDate(opensOn)} ${cite(terms.clause)}`,
    },
  }
}

/** What a notice deemed served on a day does: ends the agreement at the end of the first period
 * whose window it falls in, or nothing if it came before that period's window opened. */
export function noticeAgainstRenewal(deemedServedOn: IsoDate, terms: RenewalTerms): { ends?: DatedBasis; tooEarly?: DatedBasis } {
  const periods = renewalPeriods(terms, plusDays(deemedServedOn, 366 * 10))
  const period = periods.find((candidate) => noticeWindow(candidate, terms).closes.date >= deemedServedOn)
  // The listing reaches ten years past the notice, so a period whose window is still open is in it.
  if (!period) throw new Error(`No renewal period found after ${deemedServedOn}`)
  const window = noticeWindow(period, terms)
  if (window.opens && deemedServedOn < window.opens.date) {
    return {
      tooEarly: {
        date: deemedServedOn,
        basis: `Notice deemed served on ${formatDate(deemedServedOn)} is before the window for stopping the renewal on ${formatDate(window.renewsOn)} opens on ${formatDate(window.opens.date)}, so it does not stop the renewal; give it again from that day ${cite(terms.clause)}`,
      },
    }
  }
  return {
    ends: {
      date: period.endsOn,
      basis: `Notice deemed served on ${formatDate(deemedServedOn)}, by ${formatDate(window.closes.date)} (at least ${formatPeriod(terms.noticeAtLeast)} before ${period.index === 0 ? 'the initial term' : 'the period'} ends): the agreement does not renew and ends on ${formatDate(period.endsOn)} ${cite(terms.clause)}`,
    },
  }
}
