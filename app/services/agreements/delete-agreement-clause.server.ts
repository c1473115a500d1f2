import { type TActor } from '#app/utils/actor.server'
import { removeClause } from '#clauses/structure'
import { binnedItem, capitalise, describeRenumbering, editAgreementStructure, nameClause } from './edit-agreement-structure.server'

export type TDeleteAgreementClauseOptions = {
  actor: TActor
  agreementId: string
  clauseId: string
}

/** Deletes a clause from a draft. It is kept in the draft's bin, so the deletion can be undone
 * (restoreAgreementItem) until the draft is sent to legal review; references to it in other
 * clauses' wording become "[deleted 17.2]", a blank to resolve before review. */
export async function deleteAgreementClause({ actor, agreementId, clauseId }: TDeleteAgreementClauseOptions) {
  return editAgreementStructure({
    actor,
    agreementId,
    change: (agreement) => {
      const { content, changes, removed } = removeClause(agreement.content, clauseId)
      const section = agreement.content.sections.find((candidate) => candidate.id === removed.sectionId)
      const name = nameClause(removed.clause, section)
      return {
        content,
        action: 'agreement.clause_deleted',
        summary: `${actor.name} deleted ${name} from "${section?.heading ?? ''}"${describeRenumbering(changes)}`,
        also: { removedItems: binnedItem(agreement.removedItems, { kind: 'clause', itemId: clauseId, label: capitalise([name, removed.clause.heading].filter(Boolean).join(' ')), removed }, actor) },
      }
    },
  })
}
