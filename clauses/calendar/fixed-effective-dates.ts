// Termination that takes effect only on given days of the year, and notice that must be received
// by a fixed day to end the agreement on the next of them. The patterns councils' traded-services
// SLAs use: a school ICT SLA "terminable on three months' notice, effective only at 31 March";
// "notice received by 31 December to end the agreement on 31 March"; "on 31 March or 31 August".
import type { DayOfYear, IsoDate, Period, TermCalendar } from '../values'
import { dateOf, plusDays, weekdayName, yearOf } from './dates'
import { cite, type DatedBasis } from './dated'
import { formatDate, formatDayOfYear, formatPeriod } from './format'
import { describeLatestSending, GENERAL_LAW, latestServiceDayOnOrBefore, whyNotServiceDay, type NoticeRegime } from './notice-service'
import { periodEndDate } from './periods'

/** A day termination may take effect, with the day notice for it must be received by, if any. */
export interface EffectiveDay extends DayOfYear {
  noticeReceivedBy?: DayOfYear
}

export interface FixedDateNoticeTerms {
  /** Counted from the day notice is deemed served; none where only a received-by day applies. */
  noticePeriod?: Period
  effectiveOn: EffectiveDay[]
  termCalendar?: TermCalendar
  /** The termination clause, e.g. "9.1". */
  clause: string
}

/** Each effective day recurs yearly, so any notice finds one within two years of its earliest day. */
const YEARS_SEARCHED = 2

interface Candidate {
  date: IsoDate
  day: EffectiveDay
  /** The last day notice for `date` can be received, if the clause sets one. */
  receivedBy?: IsoDate
}

/** The last `receivedBy` day on or before the effective day: 31 December 2026 for 31 March 2027. */
function receivedByFor(effective: IsoDate, receivedBy: DayOfYear): IsoDate {
  const sameYear = dateOf(yearOf(effective), receivedBy.month, receivedBy.day)
  return sameYear <= effective ? sameYear : dateOf(yearOf(effective) - 1, receivedBy.month, receivedBy.day)
}

/** Every effective day from the year of `from` for two years, earliest first. */
function candidatesFrom(from: IsoDate, effectiveOn: EffectiveDay[]): Candidate[] {
  const candidates: Candidate[] = []
  for (let year = yearOf(from); year <= yearOf(from) + YEARS_SEARCHED; year++) {
    for (const day of effectiveOn) {
      const date = dateOf(year, day.month, day.day)
      candidates.push({ date, day, ...(day.noticeReceivedBy ? { receivedBy: receivedByFor(date, day.noticeReceivedBy) } : {}) })
    }
  }
  return candidates.sort((a, b) => a.date.localeCompare(b.date))
}

/** "31 March (notice received by 31 December) or 31 August". */
export function describeEffectiveDays(effectiveOn: EffectiveDay[]): string {
  const days = effectiveOn.map((day) => `${formatDayOfYear(day)}${day.noticeReceivedBy ? ` (notice received by ${formatDayOfYear(day.noticeReceivedBy)})` : ''}`)
  return days.length <= 1 ? days.join('') : `${days.slice(0, -1).join(', ')} or ${days.at(-1)}`
}

function isOpen(candidate: Candidate, deemedServedOn: IsoDate, earliest: IsoDate): boolean {
  return candidate.date >= earliest && (!candidate.receivedBy || deemedServedOn <= candidate.receivedBy)
}

/** When a notice deemed served on `deemedServedOn` ends the agreement: the first effective day on or
 * after the notice period has run, for which it was received in time. */
export function terminationOnFixedDay({ deemedServedOn, noticePeriod, effectiveOn, termCalendar, clause }: FixedDateNoticeTerms & { deemedServedOn: IsoDate }): DatedBasis {
  const periodEnd = noticePeriod ? periodEndDate(deemedServedOn, noticePeriod, { termCalendar }) : deemedServedOn
  const chosen = candidatesFrom(periodEnd, effectiveOn).find((candidate) => isOpen(candidate, deemedServedOn, periodEnd))
  // Two years of effective days always hold one on or after the period's end with its deadline still to come.
  if (!chosen) throw new Error(`No effective day found within ${YEARS_SEARCHED} years of ${periodEnd}`)
  const only = `termination takes effect only on ${describeEffectiveDays(effectiveOn)}`
  const counted = noticePeriod ? `; ${formatPeriod(noticePeriod)} after it is ${formatDate(periodEnd)}` : ''
  const received = chosen.receivedBy ? `, received by ${formatDate(chosen.receivedBy)}` : ''
  return {
    date: chosen.date,
    basis: `Notice deemed served on ${formatDate(deemedServedOn)}${received}${counted}; ${only}, so it takes effect on ${formatDate(chosen.date)} ${cite(clause)}`,
  }
}

/** The latest day for which `fits(day)` holds, searching back from `limit` no further than `days`
 * days: `fits` must hold for every day before one it holds for. */
function latestDayFitting(limit: IsoDate, days: number, fits: (day: IsoDate) => boolean): IsoDate | undefined {
  if (fits(limit)) return limit
  let tooLate = 0
  let inTime = 1
  while (inTime <= days && !fits(plusDays(limit, -inTime))) {
    tooLate = inTime
    inTime *= 2
  }
  if (inTime > days) return fits(plusDays(limit, -days)) ? latestFittingBetween(limit, tooLate, days, fits) : undefined
  return latestFittingBetween(limit, tooLate, inTime, fits)
}

function latestFittingBetween(limit: IsoDate, tooLate: number, inTime: number, fits: (day: IsoDate) => boolean): IsoDate {
  let [late, early] = [tooLate, inTime]
  while (early - late > 1) {
    const middle = Math.floor((late + early) / 2)
    if (fits(plusDays(limit, -middle))) early = middle
    else late = middle
  }
  return plusDays(limit, -early)
}

/** Longer than any notice period in the seeds or their patterns (3 years' notice, SEIP MOU 10.2.1). */
const NOTICE_DAYS_SEARCHED = 366 * 5

/** The latest day notice can be deemed served so that termination takes effect on or before
 * `terminateBy`: the last effective day by then, less the notice period or its received-by day, moved
 * back to a day notice can be served under `regime` (Kent STLS 16.1: a business day). */
export function latestNoticeForFixedDay({
  terminateBy,
  regime = GENERAL_LAW,
  ...terms
}: FixedDateNoticeTerms & { terminateBy: IsoDate; regime?: NoticeRegime }): (DatedBasis & { deemedServedOn: IsoDate; effectiveOn: IsoDate }) | undefined {
  const { noticePeriod, termCalendar, clause } = terms
  const candidates = candidatesFrom(dateOf(yearOf(terminateBy) - YEARS_SEARCHED, 1, 1), terms.effectiveOn).filter((candidate) => candidate.date <= terminateBy)
  const last = candidates.at(-1)
  if (!last) return undefined
  const periodFits = (day: IsoDate) => !noticePeriod || periodEndDate(day, noticePeriod, { termCalendar }) <= last.date
  const byPeriod = latestDayFitting(last.date, NOTICE_DAYS_SEARCHED, periodFits)
  if (!byPeriod) return undefined
  const latest = last.receivedBy && last.receivedBy < byPeriod ? last.receivedBy : byPeriod
  // A day before one in time is in time too, so moving back to a service day never misses the effective day.
  const deemedServedOn = latestServiceDayOnOrBefore(regime, latest)
  const effective = terminationOnFixedDay({ deemedServedOn, ...terms })
  const why = [noticePeriod ? `${formatPeriod(noticePeriod)} before it` : '', last.receivedBy ? `notice to be received by ${formatDate(last.receivedBy)}` : ''].filter(Boolean).join(' and ')
  const notServiceDay = deemedServedOn === latest ? '' : ` (${whyNotServiceDay(regime, latest)})`
  return {
    date: deemedServedOn,
    deemedServedOn,
    effectiveOn: effective.date,
    basis: `Latest day for notice to be deemed served so that termination takes effect by ${formatDate(terminateBy)}: the last day it may take effect by then is ${formatDate(last.date)} (${why}), so ${weekdayName(deemedServedOn)} ${formatDate(deemedServedOn)}${notServiceDay} ${cite(clause)}. ${describeLatestSending(regime, deemedServedOn)}`,
  }
}
