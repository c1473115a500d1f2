import { ZProposalDecisionSchema } from '#app/schemas/agreement-import'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { getClauseKind } from '#clauses/index'
import { AgreementImport, type TImportProposal } from '#models/agreement-import'
import { agreementImportSubject } from '#models/agreement-import-state'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { getImport } from './get-import.server'

export type TDecideProposalOptions = {
  actor: TActor
  importId: string
  proposalId: string
  input: unknown
}

/**
 * Accepts (with the values as proposed or as edited), rejects or reopens one proposal. Values are
 * checked against the clause kind's schema, each problem named by its field (`params.noticePeriod.amount`);
 * a proposal with something the document did not say cannot be accepted until it is completed.
 */
export async function decideProposal({ actor, importId, proposalId, input }: TDecideProposalOptions) {
  const agreementImport = await getImport({ actor, importId })
  assertCan(actor, 'update', agreementImportSubject(agreementImport))
  const { decision, params } = parseWith(ZProposalDecisionSchema, input)
  const proposal = agreementImport.proposals.find((candidate) => candidate.id === proposalId)
  if (!proposal) throw new AppError('not_found', { message: 'Proposal not found in this import' })
  const values = params ?? proposal.editedParams ?? proposal.params
  if (decision === 'accepted' || params !== undefined) checkValues(proposal, values)
  const updated: TImportProposal = {
    ...proposal,
    decision,
    ...(params !== undefined ? { editedParams: params } : {}),
    decidedBy: actor.name,
    decidedAt: new Date(),
  }
  const proposals = agreementImport.proposals.map((candidate) => (candidate.id === proposalId ? updated : candidate))
  return inTransaction(async (session) => {
    // Saved only over the version this decision was made on, so two people cannot undo each other's decisions.
    const saved = await AgreementImport.findOneAndUpdate({ _id: agreementImport._id, status: 'ready', updatedAt: agreementImport.updatedAt }, { $set: { proposals } }, { returnDocument: 'after', session }).lean()
    if (!saved) throw new AppError('conflict', { message: 'The import changed while you were deciding; reload it and decide again' })
    const verb = { accepted: params !== undefined ? 'accepted with changes' : 'accepted', rejected: 'rejected', pending: 'reopened' }[decision]
    await recordAuditEvent({
      actor,
      organisationId: String(agreementImport.authority),
      authorityId: String(agreementImport.authority),
      action: `import.proposal_${decision === 'pending' ? 'reopened' : decision}`,
      subject: { type: 'AgreementImport', id: String(agreementImport._id) },
      summary: `${actor.name} ${verb} the ${getClauseKind(proposal.kind)?.label.toLowerCase() ?? proposal.kind} proposal ${proposal.id} of "${agreementImport.file.name}": ${proposal.facts.map((fact) => fact.summary).join('; ')}`,
      session,
    })
    return saved
  })
}

function checkValues(proposal: TImportProposal, values: unknown) {
  const definition = getClauseKind(proposal.kind)
  if (!definition) throw new AppError('validation', { message: `There is no clause kind "${proposal.kind}"` })
  const checked = definition.schema.safeParse(values)
  if (checked.success) return
  const fields: Record<string, string> = {}
  for (const issue of checked.error.issues) fields[['params', ...issue.path.map(String)].join('.')] ??= issue.message
  throw new AppError('validation', { message: Object.values(fields)[0] ?? 'Check the values', details: { fields } })
}
