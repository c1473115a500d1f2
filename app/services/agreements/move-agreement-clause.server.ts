import { ZMoveClauseSchema } from '#app/schemas/agreement'
import { type TActor } from '#app/utils/actor.server'
import { parseWith } from '#app/utils/validation'
import { moveClauseTo, stepClause } from '#clauses/structure'
import { findClause } from '#models/agreement-clauses'
import { describeRenumbering, editAgreementStructure, nameClause } from './edit-agreement-structure.server'

export type TMoveAgreementClauseOptions = {
  actor: TActor
  agreementId: string
  clauseId: string
  /** `{direction: "up" | "down"}`, or `{position, sectionId?}` (position 0 is first). */
  input: unknown
}

/** Moves a clause one place up or down, or to a position in its own section or another; numbering follows. */
export async function moveAgreementClause({ actor, agreementId, clauseId, input }: TMoveAgreementClauseOptions) {
  const move = parseWith(ZMoveClauseSchema, input)
  return editAgreementStructure({
    actor,
    agreementId,
    change: (agreement) => {
      const located = findClause(agreement.content, clauseId)
      const moved =
        move.position === undefined && move.direction
          ? stepClause(agreement.content, clauseId, move.direction)
          : moveClauseTo(agreement.content, clauseId, { sectionId: move.sectionId, position: move.position ?? 0 })
      const target = agreement.content.sections.find((section) => section.id === (move.sectionId ?? located?.section.id))
      const where = move.position === undefined ? move.direction : `to position ${(move.position ?? 0) + 1} in "${target?.heading ?? ''}"`
      return {
        content: moved.content,
        action: 'agreement.clause_moved',
        summary: `${actor.name} moved ${located ? nameClause(located.clause, located.section) : clauseId} ${where}${describeRenumbering(moved.changes)}`,
      }
    },
  })
}
