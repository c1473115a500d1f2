// What the recognisers propose: for a clause of the imported document, a clause kind with typed
// parameters (valid against the kind's own zod schema), the facts it read and, for each fact, the
// exact sentence it came from and how sure the rule is. A proposal is only a proposal: nothing
// from an import produces a deadline or an obligation until a person accepts it.
import type { ClauseKindName, ClauseParams } from '../index'
import { getClauseKind } from '../index'
import type { SourceSentence } from './sentences'

/** The kinds of term the importer reads, and the measure reports on. */
export const TERM_TYPES = [
  'term_dates',
  'review',
  'notice_period',
  'termination_right',
  'deemed_service',
  'dispute_stage',
  'payment_date',
  'money',
  'percentage',
  'reporting',
  'obligation',
  'records_retention',
  'kpi',
  'party',
  'signatory',
  'governing_law',
] as const
export type TermType = (typeof TERM_TYPES)[number]

export const TERM_TYPE_LABELS: Record<TermType, string> = {
  term_dates: 'Term dates',
  review: 'Review',
  notice_period: 'Notice periods',
  termination_right: 'Other termination rights',
  deemed_service: 'Deemed service',
  dispute_stage: 'Dispute stages',
  payment_date: 'Payment dates',
  money: 'Money amounts',
  percentage: 'Percentages',
  reporting: 'Reporting duties',
  obligation: 'Timed obligations',
  records_retention: 'Records retention',
  kpi: 'KPIs and targets',
  party: 'Parties',
  signatory: 'Signatories',
  governing_law: 'Governing law',
}

export type FactValue = Record<string, string | number | boolean>

/** One term read from one sentence: "12 months' notice ending at the end of an academic year". */
export interface Fact {
  type: TermType
  value: FactValue
  /** The term in words, for the import screen. */
  summary: string
  sentence: SourceSentence
  /** 0 to 1: how closely the sentence matched the rule's full pattern. */
  confidence: number
  /** False for a term read and shown but not carried by the proposal's values (an amount with
   * no place in them, "yearly in advance" with no date): its sentence stays plain text. */
  typed?: false
}

export interface ClauseProposal<Name extends ClauseKindName = ClauseKindName> {
  id: string
  /** The imported clause (structure.ts) the proposal types. */
  clauseId: string
  kind: Name
  /** Valid for the kind unless `issues` says what is missing (a monthly report with no day given). */
  params: ClauseParams<Name>
  /** What the person must complete before the proposal can be accepted, by field path. */
  issues: Array<{ path: string; message: string }>
  facts: Fact[]
  /** The lowest confidence of its facts: a proposal is as sure as its weakest part. */
  confidence: number
  /** Paragraph indexes of the clause whose words the proposal stands for. */
  paragraphs: number[]
}

/** A proposal in the making: kind, params and facts; ids and confidence are added once it is valid. */
export interface ProposalDraft<Name extends ClauseKindName = ClauseKindName> {
  kind: Name
  params: ClauseParams<Name>
  facts: Fact[]
}

/** A draft of any kind, each paired with its own params. */
export type AnyProposalDraft = { [Name in ClauseKindName]: ProposalDraft<Name> }[ClauseKindName]

/** The draft as a proposal, its params checked by the kind's schema: what the document does not
 * say is listed as issues for the person to complete, never filled in by a guess. */
export function finishProposal(draft: AnyProposalDraft, clauseId: string, id: string): ClauseProposal | undefined {
  const definition = getClauseKind(draft.kind)
  if (!definition || draft.facts.length === 0) return undefined
  const parsed = definition.schema.safeParse(draft.params)
  return {
    id,
    clauseId,
    kind: draft.kind,
    params: (parsed.success ? parsed.data : draft.params) as ClauseParams<ClauseKindName>,
    issues: parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    facts: draft.facts,
    confidence: Math.min(...draft.facts.map((fact) => fact.confidence)),
    paragraphs: [...new Set(draft.facts.map((fact) => fact.sentence.paragraph))].sort((a, b) => a - b),
  }
}

export function fact(type: TermType, value: FactValue, summary: string, sentence: SourceSentence, confidence: number): Fact {
  return { type, value, summary, sentence, confidence: Math.round(confidence * 100) / 100 }
}

/** The same fact, read for the person to see but not carried by the proposal's values. */
export function untyped(read: Fact): Fact {
  return { ...read, typed: false }
}

/** "High", "Medium" or "Low", as the import screen shows a confidence. */
export function confidenceBand(confidence: number): 'High' | 'Medium' | 'Low' {
  if (confidence >= 0.85) return 'High'
  if (confidence >= 0.6) return 'Medium'
  return 'Low'
}
