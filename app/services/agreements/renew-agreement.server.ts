import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { daysBetween, plusDays, plusMonths } from '#clauses/calendar/dates'
import type { AgreementContent } from '#clauses/agreement-content'
import type { IsoDate } from '#clauses/values'
import { Agreement, agreementSubject, historyEntry } from '#models/agreement'
import { recordAuditEvent } from '#models/audit-event'
import { getAgreement } from './get-agreement.server'

export type TRenewAgreementOptions = {
  actor: TActor
  agreementId: string
}

/** A new draft version of an agreement in force: the same clauses, every date moved on by the term's
 * length so the new term starts the day after the old one ends. The old version stays in force until
 * the new one is signed. */
export async function renewAgreement({ actor, agreementId }: TRenewAgreementOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  assertCan(actor, 'renew', agreementSubject(agreement))
  if (!agreement.commencesOn || !agreement.endsOn) {
    throw new AppError('conflict', { message: 'Set the commencement and end dates before renewing, so the new term can follow on' })
  }
  const later = await Agreement.exists({ originalAgreement: agreement.originalAgreement, version: { $gt: agreement.version } })
  if (later) throw new AppError('conflict', { message: 'A later version of this agreement already exists' })

  const moveOn = termShift(agreement.commencesOn, agreement.endsOn)
  const renewal = new Agreement({
    reference: agreement.reference,
    title: agreement.title,
    template: agreement.template,
    authority: agreement.authority,
    parties: agreement.parties,
    memberSchools: agreement.memberSchools,
    partyDetails: agreement.partyDetails,
    status: 'draft',
    version: agreement.version + 1,
    originalAgreement: agreement.originalAgreement,
    previousVersion: agreement._id,
    content: shiftDates(agreement.content, moveOn),
    commencesOn: moveOn(agreement.commencesOn),
    endsOn: moveOn(agreement.endsOn),
    termCalendar: agreement.termCalendar,
    createdBy: actor.id,
    history: [historyEntry(actor, 'agreement.renewal_drafted', `${actor.name} drafted version ${agreement.version + 1} as a renewal of version ${agreement.version}`, { toStatus: 'draft' })],
  })
  await renewal.save()
  await Agreement.updateOne(
    { _id: agreement._id },
    { $push: { history: historyEntry(actor, 'agreement.renewed', `${actor.name} drafted version ${agreement.version + 1} to renew this agreement`) } },
  )
  await recordAuditEvent({
    actor,
    organisationId: String(agreement.authority),
    authorityId: String(agreement.authority),
    action: 'agreement.renewal_drafted',
    subject: { type: 'Agreement', id: String(renewal._id) },
    summary: `${actor.name} drafted ${agreement.reference} version ${renewal.version} to renew version ${agreement.version}`,
  })
  return renewal.toObject()
}

/** Moves a date on by one term: whole months when the term is whole months (1 September 2026 to 31
 * August 2029 is 36 months), otherwise the term's length in days. */
function termShift(commencesOn: IsoDate, endsOn: IsoDate): (date: IsoDate) => IsoDate {
  const dayAfterEnd = plusDays(endsOn, 1)
  const months = (Number(dayAfterEnd.slice(0, 4)) - Number(commencesOn.slice(0, 4))) * 12 + Number(dayAfterEnd.slice(5, 7)) - Number(commencesOn.slice(5, 7))
  if (months > 0 && plusMonths(commencesOn, months) === dayAfterEnd) {
    // Month arithmetic clamps at month ends, so the last day of a month stays the last day of a month.
    return (date) => (isLastDayOfMonth(date) ? plusDays(plusMonths(plusDays(date, 1), months), -1) : plusMonths(date, months))
  }
  const days = daysBetween(dayAfterEnd, commencesOn)
  return (date) => plusDays(date, days)
}

function isLastDayOfMonth(date: IsoDate) {
  return plusDays(date, 1).slice(8, 10) === '01'
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

function shiftDates(content: AgreementContent, moveOn: (date: IsoDate) => IsoDate): AgreementContent {
  const shift = (value: unknown): unknown => {
    if (typeof value === 'string') return ISO_DATE.test(value) ? moveOn(value) : value
    if (Array.isArray(value)) return value.map(shift)
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shift(inner)]))
    return value
  }
  return {
    sections: content.sections.map((section) => ({
      ...section,
      clauses: section.clauses.map((clause) => ({ ...clause, params: shift(clause.params) }) as typeof clause),
    })),
  }
}
