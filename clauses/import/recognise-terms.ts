// Runs every recogniser over every clause of an imported document and numbers the proposals. The
// recognisers are rules a person can read (one file per kind of term in recognisers/); each only
// proposes, with the sentence it read and how sure it is.
import { finishProposal, type AnyProposalDraft, type ClauseProposal } from './proposal'
import { type ImportedParty, type RecogniserInput } from './recognisers/context'
import { recogniseDisputes } from './recognisers/disputes'
import { recogniseFunding } from './recognisers/funding'
import { recogniseGoverningLaw } from './recognisers/governing-law'
import { kpiReportingIn, recogniseKpiTables } from './recognisers/kpis'
import { recogniseNotices } from './recognisers/notices'
import { recogniseParties, recogniseSignatories } from './recognisers/parties'
import { recogniseRecordsRetention } from './recognisers/records-retention'
import { recogniseReporting } from './recognisers/reporting'
import { recogniseTerm } from './recognisers/term'
import { recogniseTermination } from './recognisers/termination'
import { clauseSentences } from './sentences'
import type { ProgressReporter } from './source-document'
import type { ImportedStructure } from './structure'

export interface RecognisedTerms {
  parties: ImportedParty[]
  proposals: ClauseProposal[]
}

const CLAUSE_RECOGNISERS = [
  recogniseTerm,
  recogniseTermination,
  recogniseNotices,
  recogniseDisputes,
  recogniseFunding,
  recogniseReporting,
  recogniseRecordsRetention,
  recogniseGoverningLaw,
]

export function recogniseTerms(structure: ImportedStructure, onProgress?: ProgressReporter): RecognisedTerms {
  const { parties, clauseId: partiesClause, draft: partiesDraft } = recogniseParties(structure)
  const kpiReporting = kpiReportingIn(structure.sections.flatMap((section) => section.clauses.flatMap((clause) => clauseSentences(clause))))
  const proposals: ClauseProposal[] = []
  const add = (draft: AnyProposalDraft, clauseId: string) => {
    const proposal = finishProposal(draft, clauseId, `p${proposals.length + 1}`)
    if (proposal) proposals.push(proposal)
  }
  const clauses = structure.sections.flatMap((section) => section.clauses.map((clause) => ({ section, clause })))
  const sentencesOf = new Map(clauses.map(({ clause }) => [clause.id, clauseSentences(clause)]))
  clauses.forEach(({ section, clause }, index) => {
    if (partiesDraft && clause.id === partiesClause) add(partiesDraft, clause.id)
    const sectionSentences = section.clauses.flatMap((sibling) => sentencesOf.get(sibling.id) ?? [])
    const input: RecogniserInput = { clause, section, sentences: sentencesOf.get(clause.id) ?? [], sectionSentences, parties }
    for (const recognise of CLAUSE_RECOGNISERS) {
      for (const draft of recognise(input)) add(draft, clause.id)
    }
    for (const draft of recogniseKpiTables(input, kpiReporting)) add(draft, clause.id)
    for (const draft of recogniseSignatories(clause, parties)) add(draft, clause.id)
    if (index % 20 === 0) onProgress?.('recognising', index / clauses.length)
  })
  onProgress?.('recognising', 1)
  return { parties, proposals }
}
