import { ZClauseChangeSchema } from '#app/schemas/agreement'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { clauseName } from '#clauses/agreement-content'
import { openProposals } from '#clauses/review-blockers'
import { lowerFirst } from '#clauses/wording'
import { editClause, findClause, replaceClause } from '#models/agreement-clauses'
import { agreementSubject, renderContextOf } from '#models/agreement'
import { getAgreement } from './get-agreement.server'
import { saveDraftContent } from './save-draft-content.server'

export type TUpdateAgreementClauseOptions = {
  actor: TActor
  agreementId: string
  clauseId: string
  input: unknown
}

/** Changes one clause's values, wording or heading, and confirms the template's proposals the
 * drafter agrees. Invalid values, and wording slots that name no value (`text`), are refused with a
 * message per field (`params.noticePeriod.amount`) and nothing is saved. */
export async function updateAgreementClause({ actor, agreementId, clauseId, input }: TUpdateAgreementClauseOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  assertCan(actor, 'update', agreementSubject(agreement))
  const change = parseWith(ZClauseChangeSchema, input)
  const located = findClause(agreement.content, clauseId)
  if (!located) throw new AppError('not_found', { message: 'Clause not found in this agreement' })
  const edited = editClause(located.clause, change)
  if (!edited.success) {
    throw new AppError('validation', { message: Object.values(edited.fields)[0] ?? 'Check the clause values', details: { fields: edited.fields } })
  }
  // Mid-sentence: "changed clause 9.1", "changed Schedule 1, paragraph 7(VII)", "changed the "Funding" clause".
  const name = clauseName(located.clause, located.section).replace(/^(Clause|The) /, (opening) => opening.toLowerCase())
  // Named as the draft page names them ("report due day “10th”"), not by their paths in the params.
  const settled = openProposals(located.clause, renderContextOf(agreement)).filter((proposal) => !(edited.clause.proposals ?? []).includes(proposal.path))
  const confirming = settled.length > 0 ? `, settling the template’s proposed ${settled.map((proposal) => `${lowerFirst(proposal.label)} “${proposal.value}”`).join(', ')}` : ''
  return saveDraftContent({
    actor,
    agreement,
    content: replaceClause(agreement.content, edited.clause),
    action: 'agreement.clause_updated',
    summary: `${actor.name} changed ${name}${confirming}`,
  })
}
