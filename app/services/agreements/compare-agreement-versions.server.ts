import { diffWords } from 'diff'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import type { RenderContext } from '#clauses/clause-kind'
import { partiesOf, type TAgreement } from '#models/agreement'
import { clauseText } from './clause-text.server'
import { getAgreement } from './get-agreement.server'

export type TCompareAgreementVersionsOptions = {
  actor: TActor
  agreementId: string
  otherAgreementId: string
}

export type TWordChange = { value: string; added?: boolean; removed?: boolean }

export type TClauseComparison = {
  clauseId: string
  name: string
  change: 'added' | 'removed' | 'changed' | 'unchanged'
  words: TWordChange[]
}

/** Two versions of one agreement clause by clause (matched by clause id, so renumbering is not a
 * change), each clause's wording compared word by word. The older version is always the "before". */
export async function compareAgreementVersions({ actor, agreementId, otherAgreementId }: TCompareAgreementVersionsOptions) {
  const [first, second] = await Promise.all([getAgreement({ actor, agreementId }), getAgreement({ actor, agreementId: otherAgreementId })])
  if (String(first.originalAgreement) !== String(second.originalAgreement)) {
    throw new AppError('validation', { message: 'Choose two versions of the same agreement', details: { fields: { other: 'Choose two versions of the same agreement' } } })
  }
  const [before, after] = first.version <= second.version ? [first, second] : [second, first]
  return {
    before: { id: String(before._id), version: before.version, status: before.status },
    after: { id: String(after._id), version: after.version, status: after.status },
    clauses: compareClauses(before, after),
  }
}

type TComparable = Pick<TAgreement, 'content' | 'partyDetails'>

/** Two states of one agreement's clauses compared clause by clause (matched by id), word by word. */
export function compareClauses(before: TComparable, after: TComparable): TClauseComparison[] {
  const beforeTexts = clauseTexts(before)
  const afterTexts = clauseTexts(after)
  const comparisons: TClauseComparison[] = []
  for (const [clauseId, { name, text }] of afterTexts) {
    const old = beforeTexts.get(clauseId)
    if (!old) {
      comparisons.push({ clauseId, name, change: 'added', words: [{ value: text, added: true }] })
      continue
    }
    const words = diffWords(old.text, text).map(({ value, added, removed }) => ({ value, ...(added ? { added } : {}), ...(removed ? { removed } : {}) }))
    comparisons.push({ clauseId, name, change: words.some((word) => word.added || word.removed) ? 'changed' : 'unchanged', words })
  }
  for (const [clauseId, { name, text }] of beforeTexts) {
    if (!afterTexts.has(clauseId)) comparisons.push({ clauseId, name, change: 'removed', words: [{ value: text, removed: true }] })
  }
  return comparisons
}

function clauseTexts(agreement: TComparable): Map<string, { name: string; text: string }> {
  const context: RenderContext = { parties: partiesOf(agreement) }
  return new Map(
    agreement.content.sections.flatMap((section) =>
      section.clauses.map((clause) => [clause.id, { name: [clause.number, clause.heading].filter(Boolean).join(' ') || section.heading, text: clauseText(clause, context) }] as const),
    ),
  )
}
