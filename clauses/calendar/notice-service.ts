// Whether and when a notice is served: under the agreement's notices clause, or under the general
// law where it has none. Kent STLS clause 16.1 permits post, hand delivery and fax only, each
// deemed served on a business day; an email under it is not served at all. Without a notices clause
// (Kent PRU, Southend, Leicestershire SEIP, Nottingham) a notice delivered by hand is served on
// delivery, and a posted one when it would arrive in the ordinary course of post - the rule of the
// Interpretation Act 1978, s.7, taken here, as the courts take first class post (CPR 6.26), as the
// second business day after posting; every basis that uses it says it is an assumption.
import type { DeemedServiceRule, IsoDate, NoticeMethod } from '../values'
import { bankHolidayName, bankHolidaysNote, businessDayOnOrBefore, businessDaysAfter, isBusinessDay } from './bank-holidays'
import { plusDays, weekdayName } from './dates'
import type { DatedBasis } from './dated'
import { deemedServed, deemedServiceDate, describeSending, ORDINALS } from './deemed-service'
import { formatDate, formatList } from './format'

export type NoticeRegime =
  | {
      kind: 'notices_clause'
      /** How a solicitor cites the notices clause, "16.1". */
      clause: string
      /** The methods the clause permits. */
      methods: NoticeMethod[]
      rules: DeemedServiceRule[]
      /** Kent STLS 16.1.3: a fax counts only with a confirmatory copy posted the same business day. */
      faxNeedsPostedConfirmation?: boolean
    }
  | { kind: 'general_law' }

export const GENERAL_LAW: NoticeRegime = { kind: 'general_law' }

export interface NoticeSending {
  method: NoticeMethod
  sentOn: IsoDate
  /** Europe/London local time, HH:MM. */
  time?: string
}

export type NoticeService = (DatedBasis & { served: true }) | { served: false; basis: string }

/** Business days after posting that first class post is taken to arrive in under the general law. */
const GENERAL_LAW_POSTING_DAYS = 2

const METHOD_NAMES: Record<NoticeMethod, string> = { post: 'post', hand: 'hand delivery', email: 'email', fax: 'fax' }

function ruleFor(regime: Extract<NoticeRegime, { kind: 'notices_clause' }>, method: NoticeMethod): DeemedServiceRule | undefined {
  return regime.rules.find((rule) => rule.method === method)
}

/** The methods a notice can be served by: the clause's, or by hand and post under the general law. */
export function permittedMethods(regime: NoticeRegime): NoticeMethod[] {
  return regime.kind === 'notices_clause' ? regime.methods : ['hand', 'post']
}

function underGeneralLaw({ method, sentOn, time }: NoticeSending): DatedBasis {
  const sent = `${describeSending(method, sentOn, time)}; the agreement has no notices clause, so the general law applies`
  if (method === 'post') {
    const date = businessDaysAfter(sentOn, GENERAL_LAW_POSTING_DAYS)
    return {
      date,
      basis: `${sent}: a posted notice is served when it would arrive in the ordinary course of post (as Interpretation Act 1978, s.7), taken as the second business day after posting by first class post${bankHolidaysNote(sentOn, date)}, ${formatDate(date)} - an assumption: if it arrived on another day, that day counts`,
    }
  }
  if (method === 'hand') return { date: sentOn, basis: `${sent}: a notice delivered by hand is served on delivery, ${formatDate(sentOn)}` }
  return {
    date: sentOn,
    basis: `${sent}, which sets no day for ${METHOD_NAMES[method]}: taken as served on the day it is sent, ${formatDate(sentOn)}, if it reached the recipient that day - an assumption`,
  }
}

/** Whether a notice is served, and on which day, with the basis. */
export function serviceOfNotice(regime: NoticeRegime, sending: NoticeSending): NoticeService {
  if (regime.kind === 'general_law') return { served: true, ...underGeneralLaw(sending) }
  const { method, sentOn, time } = sending
  const sent = describeSending(method, sentOn, time)
  if (!regime.methods.includes(method)) {
    const allowed = formatList(regime.methods.map((permitted) => METHOD_NAMES[permitted]), 'or')
    return { served: false, basis: `${sent}: not a permitted method under clause ${regime.clause}, which allows ${allowed} only, so the notice is not validly served and sets no date` }
  }
  const rule = ruleFor(regime, method)
  if (!rule) {
    return {
      served: true,
      date: sentOn,
      basis: `${sent}; clause ${regime.clause} permits ${METHOD_NAMES[method]} but does not say when it is deemed served: taken as served on the day it is sent, ${formatDate(sentOn)} - an assumption`,
    }
  }
  const served = deemedServed({ ...sending, rule, clause: regime.clause })
  const confirmation = method === 'fax' && regime.faxNeedsPostedConfirmation ? ', provided a confirmatory copy was posted first class the same business day' : ''
  return { served: true, date: served.date, basis: `${served.basis}${confirmation}` }
}

/** Only the day a notice is served, or undefined if the method is not permitted; for searches. */
export function serviceDate(regime: NoticeRegime, sending: NoticeSending): IsoDate | undefined {
  if (regime.kind === 'general_law') return sending.method === 'post' ? businessDaysAfter(sending.sentOn, GENERAL_LAW_POSTING_DAYS) : sending.sentOn
  if (!regime.methods.includes(sending.method)) return undefined
  const rule = ruleFor(regime, sending.method)
  return rule ? deemedServiceDate({ ...sending, rule }) : sending.sentOn
}

/** Whether a notice can be served on `date` by some permitted method. Under a notices clause whose
 * every method has a deemed-service rule, only business days (Kent STLS 16.1); by hand under the
 * general law, any day. */
export function isServiceDay(regime: NoticeRegime, date: IsoDate): boolean {
  if (regime.kind === 'general_law') return true
  return regime.methods.some((method) => !ruleFor(regime, method)) || isBusinessDay(date)
}

/** The latest day on or before `date` on which a notice can be served. */
export function latestServiceDayOnOrBefore(regime: NoticeRegime, date: IsoDate): IsoDate {
  return isServiceDay(regime, date) ? date : businessDayOnOrBefore(date)
}

/** Why `date` is not a day a notice can be served, for a basis. */
export function whyNotServiceDay(regime: NoticeRegime, date: IsoDate): string {
  const clause = regime.kind === 'notices_clause' ? ` under clause ${regime.clause}` : ''
  const holiday = bankHolidayName(date)
  const day = holiday ? `${weekdayName(date)} ${formatDate(date)} is a bank holiday (${holiday})` : `${formatDate(date)} is a ${weekdayName(date)}`
  return `${day}, and${clause} notice is deemed served only on a business day`
}

/** A last day for notice moved back, where it falls on a day no notice can be deemed served (a
 * Sunday, a bank holiday), to the last day one can be, with how to send it by then. Without this
 * "3 months before 31 March 2029" names Sunday 31 December 2028, a day no notice is served on. */
export function onAServiceDay(regime: NoticeRegime, latest: DatedBasis): DatedBasis {
  const servedBy = latestServiceDayOnOrBefore(regime, latest.date)
  const moved = servedBy === latest.date ? '' : `; ${whyNotServiceDay(regime, latest.date)}, so by ${weekdayName(servedBy)} ${formatDate(servedBy)}`
  return { date: servedBy, basis: `${latest.basis}${moved}. ${describeLatestSending(regime, servedBy)}` }
}

/** A month covers the longest rule (ten business days after sending) over Christmas or Easter. */
const SENDING_SEARCH_DAYS = 31

/** The latest day to send by `method` for the notice to be served by `servedBy`, if one within a month. */
export function latestSendingDay(regime: NoticeRegime, method: NoticeMethod, servedBy: IsoDate): IsoDate | undefined {
  for (let daysBefore = 0; daysBefore <= SENDING_SEARCH_DAYS; daysBefore++) {
    const sentOn = plusDays(servedBy, -daysBefore)
    const served = serviceDate(regime, { method, sentOn })
    if (served !== undefined && served <= servedBy) return sentOn
  }
  return undefined
}

function sendingWords(regime: NoticeRegime, method: NoticeMethod, sendBy: IsoDate): string {
  const cutOff = regime.kind === 'notices_clause' ? ruleFor(regime, method)?.cutOffTime : undefined
  const by = `by ${cutOff ? `${cutOff} on ` : ''}${weekdayName(sendBy)} ${formatDate(sendBy)}`
  switch (method) {
    case 'post':
      return `posted first class ${by}`
    case 'hand':
      return `delivered by hand ${by}`
    default:
      return `sent by ${method} ${by}`
  }
}

/** "To be served by Friday 29 September 2028 under clause 16.1: delivered by hand by 16:00 on ...;
 * posted first class by ...". */
export function describeLatestSending(regime: NoticeRegime, servedBy: IsoDate): string {
  const ways = permittedMethods(regime).flatMap((method) => {
    const sendBy = latestSendingDay(regime, method, servedBy)
    return sendBy ? [sendingWords(regime, method, sendBy)] : []
  })
  if (regime.kind === 'notices_clause') return `To be deemed served by then under clause ${regime.clause} it must be ${formatList(ways, 'or')}`
  const posting = `${ORDINALS[GENERAL_LAW_POSTING_DAYS]} business day after posting`
  return `The agreement has no notices clause, so under the general law it must be ${formatList(ways, 'or')} (a posted notice taken as served on the ${posting}, as Interpretation Act 1978, s.7 - an assumption)`
}
