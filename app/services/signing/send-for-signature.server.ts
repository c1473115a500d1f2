import { type Types } from 'mongoose'
import { z } from 'zod'
import type { AgreementContent } from '#clauses/agreement-content'
import type { DocumentModel } from '#clauses/document-model'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { transitionAgreement } from '#app/services/agreements/transition-agreement.server'
import { type TActor } from '#app/utils/actor.server'
import { AppError, isAppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { agreementSubject, type TAgreement } from '#models/agreement'
import { inTransaction } from '#models/data-version'
import { recordAuditEvent } from '#models/audit-event'
import { SigningRequest, type TSignatory } from '#models/signing-request'
import { Organisation } from '#models/organisation'
import { agreementDocument, agreementPdf, keepSigningFile, sha256Hex } from './agreement-files.server'

const ZSendForSignatureSchema = z.object({
  order: z.enum(['sequential', 'parallel'], { error: 'Choose how the signatories sign: one after another (sequential) or all at once (parallel)' }).default('sequential'),
})

export type TSendForSignatureOptions = { actor: TActor; agreementId: string; input: unknown }

/** The commissioner sends an approved agreement for signature: the PDF to sign is rendered once and
 * stored with its SHA-256, and each signature slot is bound to the organisation of its party. */
export async function sendForSignature({ actor, agreementId, input }: TSendForSignatureOptions) {
  const { order } = parseWith(ZSendForSignatureSchema, input ?? {})
  const agreement = await getAgreement({ actor, agreementId })
  assertCan(actor, 'send', agreementSubject(agreement))

  // The approved wording is final: the signatories see it without the DRAFT watermark.
  const document = { ...(await agreementDocument(agreement)), draft: false }
  const signatories = await signatoriesOf(agreement, document)

  const pdf = await agreementPdf(document)
  const documentSha256 = sha256Hex(pdf)
  // Kept in the file store first (it takes no part in transactions); the status change, the signing
  // request and the audit event then happen together or not at all.
  const documentStoreKey = await keepSigningFile(pdf)
  return inTransaction(async (session) => {
    await transitionAgreement({ actor, agreementId, input: { to: 'out_for_signature' }, session })
    const [request] = await SigningRequest.create(
      [
        {
          agreement: agreement._id,
          authority: agreement.authority,
          reference: agreement.reference,
          version: agreement.version,
          order,
          documentStoreKey,
          documentSha256,
          signatories,
          steps: [{ at: new Date(), event: 'Sent for signature', actor: actor.name, details: [`Order: ${order}`], documentSha256 }],
        },
      ],
      { session },
    )
    await recordAuditEvent({
      actor,
      organisationId: String(agreement.authority),
      authorityId: String(agreement.authority),
      action: 'signing.sent',
      subject: { type: 'Agreement', id: String(agreement._id) },
      summary: `${agreement.reference}: sent for signature by ${signatories.length} signatories (document SHA-256 ${documentSha256})`,
      session,
    })
    return request.toObject()
  })
}

/** Who signs, slot by slot in signing order, each bound to its party's organisation: what sending fixes. */
async function signatoriesOf(agreement: TAgreement, document: DocumentModel) {
  const slots = document.blocks.flatMap((block) => (block.type === 'signatures' ? block.signatories : []))
  if (slots.length === 0) throw new AppError('conflict', { message: 'This agreement has no signature blocks to sign' })
  return bindSignatories(slots, signingParties(agreement.content), agreement.partyDetails)
}

export type TSignatoriesToSend = { signatories: { slotId: string; role: string; organisationName: string }[]; problem: string | null }

/**
 * Who will sign if the agreement is sent now, so the sender sees it before "Send for signature"; or
 * what must be put right first (a signature block naming a party with no organisation).
 */
export async function listSignatoriesToSend(agreement: TAgreement): Promise<TSignatoriesToSend> {
  try {
    const signatories = await signatoriesOf(agreement, await agreementDocument(agreement))
    return { signatories: signatories.map(({ slotId, role, organisationName }) => ({ slotId, role, organisationName })), problem: null }
  } catch (error) {
    if (isAppError(error) && error.code === 'conflict') return { signatories: [], problem: error.message }
    throw error
  }
}

type TSlot = { id: string; party: string; role: string }
type TPartyDetail = { id: string; role: string; organisation: Types.ObjectId | null }

/** Slot id -> party id, from the clauses that name the signatories (a rendered slot carries the party's name only). */
function signingParties(content: AgreementContent): Map<string, string> {
  const signatories = content.sections
    .flatMap((section) => section.clauses)
    .flatMap((clause) => (clause.kind === 'signature-block' || clause.kind === 'parties-and-signatories' ? (clause.params as { signatories: { id: string; partyId: string }[] }).signatories : []))
  return new Map(signatories.map((signatory) => [signatory.id, signatory.partyId]))
}

async function bindSignatories(slots: TSlot[], partyOfSlot: Map<string, string>, parties: TPartyDetail[]): Promise<Omit<TSignatory, 'signature' | 'declineReason' | 'status'>[]> {
  const organisationIds = parties.flatMap((party) => (party.organisation ? [party.organisation] : []))
  const organisations = await Organisation.find({ _id: { $in: organisationIds } }).lean()
  const names = new Map(organisations.map((organisation) => [String(organisation._id), organisation.name]))
  return slots.map((slot) => {
    const party = parties.find((candidate) => candidate.id === partyOfSlot.get(slot.id))
    if (!party?.organisation) throw new AppError('conflict', { message: `Link ${slot.party} to an organisation before sending for signature` })
    return { slotId: slot.id, party: party.id, partyRole: party.role, role: slot.role, organisation: party.organisation, organisationName: names.get(String(party.organisation)) ?? slot.party }
  })
}
