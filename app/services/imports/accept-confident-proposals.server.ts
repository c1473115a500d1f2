import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { confidenceBand } from '#clauses/import/proposal'
import { AgreementImport } from '#models/agreement-import'
import { agreementImportSubject } from '#models/agreement-import-state'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { getImport } from './get-import.server'

/** Accepts, as proposed, every undecided proposal the rules are highly confident of and the document states in full. */
export async function acceptConfidentProposals({ actor, importId }: { actor: TActor; importId: string }) {
  const agreementImport = await getImport({ actor, importId })
  assertCan(actor, 'update', agreementImportSubject(agreementImport))
  const chosen = agreementImport.proposals.filter((proposal) => proposal.decision === 'pending' && proposal.issues.length === 0 && confidenceBand(proposal.confidence) === 'High')
  const ids = new Set(chosen.map((proposal) => proposal.id))
  const decidedAt = new Date()
  const proposals = agreementImport.proposals.map((proposal) => (ids.has(proposal.id) ? { ...proposal, decision: 'accepted' as const, decidedBy: actor.name, decidedAt } : proposal))
  return inTransaction(async (session) => {
    const saved = await AgreementImport.findOneAndUpdate({ _id: agreementImport._id, status: 'ready', updatedAt: agreementImport.updatedAt }, { $set: { proposals } }, { returnDocument: 'after', session }).lean()
    if (!saved) throw new AppError('conflict', { message: 'The import changed while you were deciding; reload it and decide again' })
    await recordAuditEvent({
      actor,
      organisationId: String(agreementImport.authority),
      authorityId: String(agreementImport.authority),
      action: 'import.proposal_accepted',
      subject: { type: 'AgreementImport', id: String(agreementImport._id) },
      summary: `${actor.name} accepted the ${chosen.length} highly confident proposals of "${agreementImport.file.name}" as proposed: ${chosen.map((proposal) => proposal.id).join(', ') || 'none'}`,
      session,
    })
    return { saved, accepted: chosen.length }
  })
}
