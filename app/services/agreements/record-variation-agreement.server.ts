import { ZVariationAgreementSchema } from '#app/schemas/agreement'
import { type TActor } from '#app/utils/actor.server'
import { AppError, type TFieldErrors } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import type { AgreementContent } from '#clauses/agreement-content'
import { editClause, findClause, replaceClause, termDatesOf } from '#models/agreement-clauses'
import { Agreement, agreementSubject, historyEntry, type TAgreement, type TVariation } from '#models/agreement'
import { recordAuditEvent } from '#models/audit-event'
import { getAgreement } from './get-agreement.server'

export type TRecordVariationAgreementOptions = {
  actor: TActor
  agreementId: string
  variationId: string
  input: unknown
}

/** Records that every party agreed a proposed variation in writing (who signed, their title and the
 * date, for the authority and each counterparty). The varied clauses become a new version in force;
 * the old version is superseded. Kent STLS clause 18: no variation is effective unless in writing
 * and signed by the parties. */
export async function recordVariationAgreement({ actor, agreementId, variationId, input }: TRecordVariationAgreementOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  assertCan(actor, 'vary', agreementSubject(agreement))
  const variation = agreement.variations.find((candidate) => String(candidate._id) === variationId)
  if (!variation) throw new AppError('not_found', { message: 'Variation not found' })
  if (variation.status !== 'proposed') throw new AppError('conflict', { message: 'This variation has already been agreed or withdrawn' })
  const { signatures } = parseWith(ZVariationAgreementSchema, input)
  assertEveryPartySigned(agreement, signatures.map((signature) => signature.party))

  const content = applyVariation(agreement.content, variation)
  const newVersion = new Agreement({
    reference: agreement.reference,
    title: agreement.title,
    template: agreement.template,
    authority: agreement.authority,
    parties: agreement.parties,
    memberSchools: agreement.memberSchools,
    partyDetails: agreement.partyDetails,
    status: agreement.status,
    version: agreement.version + 1,
    originalAgreement: agreement.originalAgreement,
    previousVersion: agreement._id,
    content,
    ...termDatesOf(content),
    termCalendar: agreement.termCalendar,
    createdBy: actor.id,
    history: [historyEntry(actor, 'agreement.varied', `Version ${agreement.version + 1} made by the variation “${variation.summary}”, agreed in writing by every party`, { toStatus: agreement.status })],
  })
  // Claim the variation first, so two people recording the same agreement cannot make two versions.
  const claimed = await Agreement.updateOne(
    { _id: agreement._id, status: { $in: ['active', 'expiring'] }, variations: { $elemMatch: { _id: variation._id, status: 'proposed' } } },
    {
      $set: {
        status: 'superseded',
        supersededBy: newVersion._id,
        variations: agreement.variations.map((existing) =>
          String(existing._id) === variationId ? { ...existing, status: 'agreed', agreedBy: signatures, resultingVersion: newVersion._id } : existing,
        ),
      },
      $push: {
        history: historyEntry(actor, 'agreement.superseded', `${actor.name} recorded the parties’ written agreement to “${variation.summary}”; superseded by version ${agreement.version + 1}`, {
          fromStatus: agreement.status,
          toStatus: 'superseded',
        }),
      },
    },
  )
  if (claimed.modifiedCount !== 1) throw new AppError('conflict', { message: 'Someone else changed this agreement first. Reload the page and try again.' })
  await newVersion.save()
  await recordAuditEvent({
    actor,
    organisationId: String(agreement.authority),
    authorityId: String(agreement.authority),
    action: 'agreement.varied',
    subject: { type: 'Agreement', id: String(newVersion._id) },
    summary: `${agreement.reference}: version ${newVersion.version} made by the variation “${variation.summary}”`,
  })
  return newVersion.toObject()
}

function assertEveryPartySigned(agreement: TAgreement, signedParties: string[]) {
  const fields: TFieldErrors = {}
  agreement.partyDetails
    .filter((party) => party.role !== 'member_school')
    .forEach((party) => {
      if (!signedParties.includes(party.id)) fields[`signatures.${party.id}`] = `Record who signed the variation for ${party.name || party.definedAs || party.id}`
    })
  signedParties.forEach((party, index) => {
    if (!agreement.partyDetails.some((candidate) => candidate.id === party)) fields[`signatures.${index}.party`] = 'Choose a party to this agreement'
  })
  if (Object.keys(fields).length > 0) {
    throw new AppError('validation', { message: Object.values(fields)[0] ?? 'Record each party’s written agreement', details: { fields } })
  }
}

function applyVariation(content: AgreementContent, variation: TVariation): AgreementContent {
  return variation.changes.reduce((current, change) => {
    const located = findClause(current, change.clauseId)
    const edited = located ? editClause(located.clause, change) : undefined
    if (!edited?.success) throw new AppError('conflict', { message: `The variation no longer fits clause ${change.clauseId}; propose it again` })
    return replaceClause(current, edited.clause)
  }, content)
}
