// What stops an agreement going to legal review or to signature (decision record 006): a required
// blank, a template's proposal nobody has confirmed, or wording that differs from its terms and
// that legal has not accepted. One list, so the draft page, the review page, the API and the
// status change all say the same. Pure: no framework imports.
import { clauseName, listRequiredBlanks, type AgreementContent, type AgreementDraft, type ClauseInstance } from './agreement-content'
import type { RenderContext } from './clause-kind'
import { getClauseKind } from './index'
import { clauseWords, renderClauseContent } from './render-document'
import { schemasAtPath, valueTagOf } from './value-types'
import { lowerFirst, writeValue } from './wording'
import { compareWordingWithTerms, type TWordingDifference } from './wording-terms'

export type TReviewBlockerKind = 'blank' | 'proposal' | 'wording'

export type TReviewBlocker = {
  kind: TReviewBlockerKind
  /** The field that clears it: `content.sections.4.clauses.0.params.noticePeriod`, `parties.1.name`. */
  path: string
  clauseId?: string
  message: string
}

/** Legal's acceptance of a clause's differences: it holds while the clause differs in exactly
 * those ways (or fewer), so a later edit that makes a new difference flags the clause again. */
export type TWordingAcceptance = { clauseId: string; differences: string[] }

/** The differences between a clause's own words and its terms, reading with them the tables its
 * kind draws from the same values and the clauses its words cite or restate. */
export function clauseWordingDifferences(clause: ClauseInstance, content: AgreementContent, context: RenderContext): TWordingDifference[] {
  const definition = getClauseKind(clause.kind)
  if (!definition || clause.text === undefined) return []
  const tables = (renderClauseContent(clause, context).tables ?? []).flatMap((table) => [table.header.join(' | '), ...table.rows.map((row) => row.join(' | '))])
  const related = relatedClauses(clause, content).map((other) => clauseWords(other, context))
  return compareWordingWithTerms(clause, definition.schema, context, [...tables, ...related].join('\n'))
}

/** The clauses read together with this one: those its words cite by number ("as described in
 * clause 9.1"), and a term restated elsewhere (Southend's opening restates clause 10). */
function relatedClauses(clause: ClauseInstance, content: AgreementContent): ClauseInstance[] {
  const clauses = content.sections.flatMap((section) => section.clauses).filter((other) => other.id !== clause.id)
  const cited = new Set([...(clause.text ?? '').matchAll(/\bclauses?\s+(\d+(?:\.\d+)*)/gi)].map((match) => match[1]))
  const restates = (from: ClauseInstance, to: ClauseInstance) => from.kind === 'term' && to.kind === 'term' && Boolean(from.params.restatesClause)
  return clauses.filter((other) => (other.number && cited.has(other.number)) || restates(other, clause) || restates(clause, other))
}

export function isAccepted(differences: TWordingDifference[], acceptance: TWordingAcceptance | undefined): boolean {
  if (!acceptance || differences.length === 0) return false
  return differences.every((difference) => acceptance.differences.includes(difference.message))
}

export type TOpenProposal = { path: string; label: string; value: string }

/** The clause's values that are still a template's proposal, in words. */
export function openProposals(clause: ClauseInstance, context: RenderContext): TOpenProposal[] {
  const definition = getClauseKind(clause.kind)
  if (!definition) return []
  return (clause.proposals ?? []).map((path) => {
    const tag = schemasAtPath(definition.schema, path).map(valueTagOf).find((candidate) => candidate !== undefined)
    const value = path.split('.').reduce<unknown>((current, key) => (current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined), clause.params)
    const written = tag && value !== undefined ? writeValue(tag, value, undefined, context) : undefined
    return { path, label: tag?.label || path, value: written ?? '' }
  })
}

/** Everything that must be dealt with before the agreement can go to legal review or signature. */
export function listReviewBlockers(draft: AgreementDraft, acceptances: TWordingAcceptance[] = []): TReviewBlocker[] {
  const context: RenderContext = { parties: draft.parties, details: draft.content.details }
  const blockers: TReviewBlocker[] = listRequiredBlanks(draft).map((blank) => ({ kind: 'blank', path: blank.path, clauseId: clauseIdAt(draft, blank.path), message: blank.message }))
  draft.content.sections.forEach((section, sectionIndex) => {
    section.clauses.forEach((clause, clauseIndex) => {
      const clausePath = `content.sections.${sectionIndex}.clauses.${clauseIndex}`
      const name = clauseName(clause, section)
      for (const proposal of openProposals(clause, context)) {
        blockers.push({
          kind: 'proposal',
          path: `${clausePath}.params.${proposal.path}`,
          clauseId: clause.id,
          message: `${name}: the ${lowerFirst(proposal.label)} “${proposal.value}” is the template’s proposal; confirm or change it`,
        })
      }
      const differences = clauseWordingDifferences(clause, draft.content, context)
      const latest = acceptances.filter((acceptance) => acceptance.clauseId === clause.id).at(-1)
      if (differences.length === 0 || isAccepted(differences, latest)) return
      blockers.push({
        kind: 'wording',
        path: `${clausePath}.text`,
        clauseId: clause.id,
        message: `${name}: the wording differs from its terms. ${differences.map((difference) => difference.message).join('. ')}.`,
      })
    })
  })
  return blockers
}

function clauseIdAt(draft: AgreementDraft, path: string): string | undefined {
  const match = /^content\.sections\.(\d+)\.clauses\.(\d+)\./.exec(path)
  return match ? draft.content.sections[Number(match[1])]?.clauses[Number(match[2])]?.id : undefined
}
