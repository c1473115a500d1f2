import { type TActor } from '#app/utils/actor.server'
import { sectionHeading } from '#clauses/render-document'
import { removeSection } from '#clauses/structure'
import { binnedItem, describeRenumbering, editAgreementStructure } from './edit-agreement-structure.server'

export type TDeleteAgreementSectionOptions = {
  actor: TActor
  agreementId: string
  sectionId: string
}

/** Deletes a section, schedule or appendix with its clauses, kept in the draft's bin until the
 * draft is sent to legal review so the deletion can be undone; references to it become "[deleted ...]". */
export async function deleteAgreementSection({ actor, agreementId, sectionId }: TDeleteAgreementSectionOptions) {
  return editAgreementStructure({
    actor,
    agreementId,
    change: (agreement) => {
      const { content, changes, removed } = removeSection(agreement.content, sectionId)
      const heading = sectionHeading(removed.section)
      const clauses = removed.section.clauses.length
      return {
        content,
        action: 'agreement.section_deleted',
        summary: `${actor.name} deleted the ${removed.section.kind} "${heading}" and its ${clauses === 1 ? 'clause' : `${clauses} clauses`}${describeRenumbering(changes)}`,
        also: { removedItems: binnedItem(agreement.removedItems, { kind: 'section', itemId: sectionId, label: `the ${removed.section.kind} "${heading}"`, removed }, actor) },
      }
    },
  })
}
