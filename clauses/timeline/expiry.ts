// When an agreement in force is flagged as expiring, and when it has expired. Six months before the
// end: the notice both Kent agreements give for ending early (Kent PRU SLA, "six months notice";
// Kent STLS SLA clause 14.1, "6 months notification in writing"), and about the time a renewal
// needs for drafting, legal review and signatures.
import { plusMonths } from '../calendar/dates'
import type { IsoDate } from '../values'

export const EXPIRING_MONTHS_BEFORE_END = 6

export type AgreementInForce = { status: 'active' | 'expiring'; endsOn: IsoDate | null }

/** The status an agreement in force should have today, by its end date; an open-ended agreement stays as it is. */
export function statusByEndDate(agreement: AgreementInForce, today: IsoDate): 'active' | 'expiring' | 'expired' {
  if (!agreement.endsOn) return agreement.status
  if (agreement.endsOn < today) return 'expired'
  if (today >= expiringFrom(agreement.endsOn)) return 'expiring'
  return agreement.status
}

/** The first day an agreement ending on `endsOn` counts as expiring. */
export function expiringFrom(endsOn: IsoDate): IsoDate {
  return plusMonths(endsOn, -EXPIRING_MONTHS_BEFORE_END)
}
