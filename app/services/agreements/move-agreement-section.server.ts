import { ZMoveSectionSchema } from '#app/schemas/agreement'
import { type TActor } from '#app/utils/actor.server'
import { parseWith } from '#app/utils/validation'
import { sectionHeading } from '#clauses/render-document'
import { moveSectionTo, stepSection } from '#clauses/structure'
import { describeRenumbering, editAgreementStructure } from './edit-agreement-structure.server'

export type TMoveAgreementSectionOptions = {
  actor: TActor
  agreementId: string
  sectionId: string
  /** `{direction: "up" | "down"}` or `{position}` among all sections, 0 for first. */
  input: unknown
}

/** Moves a section; sections numbered in sequence are renumbered in their new order, with their clauses. */
export async function moveAgreementSection({ actor, agreementId, sectionId, input }: TMoveAgreementSectionOptions) {
  const move = parseWith(ZMoveSectionSchema, input)
  return editAgreementStructure({
    actor,
    agreementId,
    change: (agreement) => {
      const section = agreement.content.sections.find((candidate) => candidate.id === sectionId)
      const moved = move.position === undefined && move.direction ? stepSection(agreement.content, sectionId, move.direction) : moveSectionTo(agreement.content, sectionId, move.position ?? 0)
      const where = move.position === undefined ? move.direction : `to position ${(move.position ?? 0) + 1}`
      return {
        content: moved.content,
        action: 'agreement.section_moved',
        summary: `${actor.name} moved "${section ? sectionHeading(section) : sectionId}" ${where}${describeRenumbering(moved.changes)}`,
      }
    },
  })
}
