import type { ClauseInstance, Section, TAgreementDetail } from '#clauses/agreement-content'
import { getClauseKind } from '#clauses/index'
import { fillDetails } from '#clauses/wording'
import { openingWords } from './clause-option-name.server'

/**
 * A clause as lists and choices label it, in the users' words: "17.1 Termination"; for one the seed
 * gives neither number nor heading, its opening words if it is narrative ("“The Service will
 * provide…”"), else its kind's label ("Funding and payment"), never the internal kind name
 * ("funding", "free-text"). The citation form ("Clause 17.1") is `clauseName` in #clauses/agreement-content; the move and
 * new-clause choices use `clauseOptionName`, which reads the clause's rendered words.
 */
export function clauseLabel(clause: ClauseInstance, details?: TAgreementDetail[]): string {
  // A heading may name the agreement's details (SEIP Schedule 2: "{{detail.partnershipName}}’s work with pupils").
  const heading = clause.heading ? fillDetails(clause.heading, { parties: [], details }) : ''
  const named = [clause.number, heading].filter(Boolean).join(' ')
  if (named) return named
  const opening = clause.kind === 'free-text' ? openingWords(clause.params.paragraphs[0]?.text ?? '') : ''
  if (opening) return `“${opening}”`
  return getClauseKind(clause.kind)?.label ?? clause.kind
}

/** As `clauseLabel`, with the section for a clause labelled by its kind, so two such clauses are told
 * apart ("Termination (Accountability & Management)"). */
export function clauseLabelInSection(section: Pick<Section, 'heading'>, clause: ClauseInstance, details?: TAgreementDetail[]): string {
  const name = clauseLabel(clause, details)
  if ([clause.number, clause.heading].some(Boolean) || !section.heading) return name
  return `${name} (${section.heading})`
}
