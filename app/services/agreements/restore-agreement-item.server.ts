import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { restoreClause, restoreSection, type RemovedClause, type RemovedSection } from '#clauses/structure'
import { describeRenumbering, editAgreementStructure } from './edit-agreement-structure.server'

export type TRestoreAgreementItemOptions = {
  actor: TActor
  agreementId: string
  kind: 'clause' | 'section'
  /** The deleted clause's or section's id. */
  itemId: string
}

/** Undoes a deletion: the clause or section goes back where it was, numbered as its place now is,
 * and the references marked "[deleted ...]" point at it again. */
export async function restoreAgreementItem({ actor, agreementId, kind, itemId }: TRestoreAgreementItemOptions) {
  return editAgreementStructure({
    actor,
    agreementId,
    change: (agreement) => {
      const item = agreement.removedItems.find((candidate) => candidate.kind === kind && candidate.itemId === itemId)
      if (!item) throw new AppError('not_found', { message: `There is no deleted ${kind} with this id to restore; a deletion can be undone until the draft is sent to legal review` })
      const restored = kind === 'clause' ? restoreClause(agreement.content, item.removed as RemovedClause) : restoreSection(agreement.content, item.removed as RemovedSection)
      return {
        content: restored.content,
        action: `agreement.${kind}_restored`,
        summary: `${actor.name} restored ${item.label}${describeRenumbering(restored.changes)}`,
        also: { removedItems: agreement.removedItems.filter((candidate) => candidate !== item) },
      }
    },
  })
}
