import { z } from 'zod'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { findClause, moveClause } from '#models/agreement-clauses'
import { agreementSubject } from '#models/agreement'
import { getAgreement } from './get-agreement.server'
import { saveDraftContent } from './save-draft-content.server'

const ZMoveSchema = z.object({ direction: z.enum(['up', 'down'], { error: 'Choose to move the clause up or down' }) })

export type TMoveAgreementClauseOptions = {
  actor: TActor
  agreementId: string
  clauseId: string
  input: unknown
}

/** Moves a clause one place up or down within its section. */
export async function moveAgreementClause({ actor, agreementId, clauseId, input }: TMoveAgreementClauseOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  assertCan(actor, 'update', agreementSubject(agreement))
  const { direction } = parseWith(ZMoveSchema, input)
  const located = findClause(agreement.content, clauseId)
  if (!located) throw new AppError('not_found', { message: 'Clause not found in this agreement' })
  const name = located.clause.number ? `clause ${located.clause.number}` : `"${located.clause.heading || located.clause.kind}"`
  return saveDraftContent({
    actor,
    agreement,
    content: moveClause(agreement.content, clauseId, direction),
    action: 'agreement.clause_moved',
    summary: `${actor.name} moved ${name} ${direction} in "${located.section.heading}"`,
  })
}
