import { describeAgreementWording } from '#app/services/agreements/describe-agreement-wording.server'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { type TActor } from '#app/utils/actor.server'
import { agreementSubject } from '#models/agreement'
import { AGREEMENT_STATUS_LABELS } from '#models/agreement-lifecycle'
import { SigningRequest } from '#models/signing-request'
import { listSignatoriesToSend } from './send-for-signature.server'
import { everyPartySigned, mayFinishSigning, mayIssueSigningLinks, maySignFor, signatoriesDue } from './signatory-access.server'

/** What the signing page shows: the latest signing request, whose turn it is and what this person may do. */
export async function getSigningOverview({ actor, agreementId }: { actor: TActor; agreementId: string }) {
  const agreement = await getAgreement({ actor, agreementId })
  const request = await SigningRequest.findOne({ agreement: agreement._id }).sort({ createdAt: -1 }).lean()
  const open = request?.status === 'in_progress' && agreement.status === 'out_for_signature' ? request : null
  const due = open ? new Set(signatoriesDue(open).map((signatory) => signatory.slotId)) : new Set<string>()
  const mySlot = open?.signatories.find((signatory) => signatory.status === 'waiting' && maySignFor(actor, agreement, signatory))
  const maySend = agreement.status === 'approved' && actor.ability.can('send', agreementSubject(agreement))
  return {
    agreement: { id: String(agreement._id), reference: agreement.reference, title: agreement.title, version: agreement.version, status: agreement.status, statusLabel: AGREEMENT_STATUS_LABELS[agreement.status] },
    /** Clauses whose words differ from their terms, so nobody signs without seeing it (decision record 006). */
    wordingDifferences: wordingDifferencesOf(agreement),
    maySend,
    /** Who will sign once it is sent, shown before sending; null once sent or when this person cannot send. */
    toSend: maySend ? await listSignatoriesToSend(agreement) : null,
    /** The sender may issue a signing link to a signatory without an account. */
    mayIssueLinks: open !== null && !everyPartySigned(open) && mayIssueSigningLinks(actor, agreement),
    /** Every party has signed, but making the sealed PDF failed; this person may try it again. */
    mayFinish: open !== null && everyPartySigned(open) && mayFinishSigning(actor, agreement, open),
    signing: request
      ? {
          status: request.status,
          order: request.order,
          documentSha256: request.documentSha256,
          signedSha256: request.signedSha256,
          signatories: request.signatories.map((signatory) => ({
            slotId: signatory.slotId,
            role: signatory.role,
            organisationName: signatory.organisationName,
            status: signatory.status,
            due: due.has(signatory.slotId),
            signedBy: signatory.signature ? { name: signatory.signature.name, title: signatory.signature.title, method: signatory.signature.method, at: signatory.signature.at.toISOString() } : null,
            declineReason: signatory.declineReason,
            link: signatory.link ? { name: signatory.link.name, email: signatory.link.email, expiresAt: signatory.link.expiresAt.toISOString(), used: signatory.link.usedAt !== null, emailed: Boolean(signatory.link.emailedAt) } : null,
          })),
        }
      : null,
    /** The slot this person signs now; a slot waiting on an earlier signatory is shown but not signable. */
    mySlot: mySlot ? { slotId: mySlot.slotId, role: mySlot.role, organisationName: mySlot.organisationName, due: due.has(mySlot.slotId) } : null,
  }
}

function wordingDifferencesOf(agreement: Parameters<typeof describeAgreementWording>[0]) {
  const { clauses } = describeAgreementWording(agreement)
  return agreement.content.sections.flatMap((section) =>
    section.clauses.flatMap((clause) => {
      const wording = clauses.get(clause.id)
      if (!wording?.differsFromTerms) return []
      return [{ clauseId: clause.id, name: clause.number ? `Clause ${clause.number}` : clause.heading || section.heading, differences: wording.differences, accepted: wording.accepted }]
    }),
  )
}
