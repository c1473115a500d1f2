import { diffWords } from 'diff'
import { editClause, findClause } from '#models/agreement-clauses'
import { renderContextOf, type TAgreement, type TVariation } from '#models/agreement'
import { clauseLabelInSection } from './clause-label.server'
import { clauseText } from './clause-text.server'

export type TDescribeVariationOptions = {
  agreement: Pick<TAgreement, 'content' | 'partyDetails'>
  variation: Pick<TVariation, 'changes'>
}

/** Each clause a variation changes, named, with its wording now and as varied compared word by word. */
export function describeVariation({ agreement, variation }: TDescribeVariationOptions) {
  const context = renderContextOf(agreement)
  return variation.changes.map((change) => {
    const located = findClause(agreement.content, change.clauseId)
    if (!located) return { clauseId: change.clauseId, name: change.clauseId, words: [] }
    const edited = editClause(located.clause, change)
    const varied = edited.success ? edited.clause : located.clause
    const name = clauseLabelInSection(located.section, varied, agreement.content.details)
    const words = diffWords(clauseText(located.clause, context), clauseText(varied, context)).map(({ value, added, removed }) => ({ value, ...(added ? { added } : {}), ...(removed ? { removed } : {}) }))
    return { clauseId: change.clauseId, name, words }
  })
}
