// When a notice is deemed served under a deemed-service rule of a notices clause. Kent STLS clause
// 16.1: post on the second business day after posting; hand delivery or fax on a non-business day
// or after 4.00 pm on a business day on the next business day. So under a rule a notice is only
// ever deemed served on a business day.
import type { DeemedServiceRule, IsoDate, NoticeMethod } from '../values'
import { bankHolidaysNote, businessDaysAfter, isBusinessDay, nonBusinessReason } from './bank-holidays'
import { cite, type DatedBasis } from './dated'
import { formatDate } from './format'

export interface DeemedServiceOptions {
  method: NoticeMethod
  sentOn: IsoDate
  /** Europe/London local time it was sent or delivered, HH:MM. */
  time?: string
  rule: DeemedServiceRule
  clause: string
}

const SENT: Record<NoticeMethod, string> = {
  post: 'Posted',
  hand: 'Delivered by hand',
  email: 'Sent by email',
  fax: 'Sent by fax',
}

export const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']

/** "Posted on 24 December 2026", "Delivered by hand on 23 November 2026 at 16:30". */
export function describeSending(method: NoticeMethod, sentOn: IsoDate, time?: string): string {
  return `${SENT[method]} on ${formatDate(sentOn)}${time ? ` at ${time}` : ''}`
}

/** "After 4.00 pm" is strictly after: a notice delivered at 16:00 is in time. Without a time it is taken as in time. */
function isAfterCutOff(rule: DeemedServiceRule, time: string | undefined): boolean {
  return Boolean(rule.cutOffTime && time && time > rule.cutOffTime)
}

/** Only the day a notice is deemed served, for the searches that try many days. */
export function deemedServiceDate({ sentOn, time, rule }: Pick<DeemedServiceOptions, 'sentOn' | 'time' | 'rule'>): IsoDate {
  const afterCutOff = isAfterCutOff(rule, time)
  if (rule.businessDaysAfter > 0) return businessDaysAfter(sentOn, rule.businessDaysAfter + (afterCutOff ? 1 : 0))
  return isBusinessDay(sentOn) && !afterCutOff ? sentOn : businessDaysAfter(sentOn, 1)
}

export function deemedServed(options: DeemedServiceOptions): DatedBasis {
  const { method, sentOn, time, rule, clause } = options
  const date = deemedServiceDate(options)
  const sent = describeSending(method, sentOn, time)
  const afterCutOff = isAfterCutOff(rule, time)
  const cutOffNote = rule.cutOffTime ? (time ? '' : ` (time not given, so taken as before ${rule.cutOffTime})`) : ''

  if (rule.businessDaysAfter > 0) {
    const counted = `${ORDINALS[rule.businessDaysAfter] ?? rule.businessDaysAfter} business day after ${method === 'post' ? 'posting' : 'sending'}`
    const lateNote = afterCutOff ? `, counted from the next business day as it was after ${rule.cutOffTime}` : ''
    return { date, basis: `${sent}${cutOffNote}: deemed served on the ${counted}${lateNote}${bankHolidaysNote(sentOn, date)}, ${formatDate(date)} ${cite(clause)}` }
  }

  if (date === sentOn) {
    return { date, basis: `${sent}${cutOffNote}, a business day${rule.cutOffTime && time ? ` and not after ${rule.cutOffTime}` : ''}: deemed served that day ${cite(clause)}` }
  }
  const nonBusiness = nonBusinessReason(sentOn)
  const why = nonBusiness ? `${nonBusiness}, not a business day` : `after ${rule.cutOffTime}`
  return { date, basis: `${sent}, ${why}: deemed served on the next business day${bankHolidaysNote(sentOn, date)}, ${formatDate(date)} ${cite(clause)}` }
}
