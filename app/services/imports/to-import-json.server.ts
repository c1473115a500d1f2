import { confidenceBand } from '#clauses/import/proposal'
import { getClauseKind } from '#clauses/index'
import { type TAgreementImport } from '#models/agreement-import'
import { isStalled } from '#models/agreement-import-state'

/** An import as a list shows it: the file, where it has got to and what it became. */
export function toImportSummaryJson(agreementImport: Omit<TAgreementImport, 'source' | 'structure' | 'proposals'>) {
  return {
    id: String(agreementImport._id),
    authority: String(agreementImport.authority),
    status: isStalled(agreementImport) ? 'stalled' : agreementImport.status,
    file: { name: agreementImport.file.name, kind: agreementImport.file.kind, size: agreementImport.file.size, sha256: agreementImport.file.sha256 },
    title: agreementImport.title,
    agreement: agreementImport.agreement ? String(agreementImport.agreement) : null,
    createdBy: agreementImport.createdByName,
    createdAt: new Date(agreementImport.createdAt).toISOString(),
  }
}

/** An import as the API returns it. With `withDocument`, what was read: blocks, sections and clauses. */
export function toImportJson(agreementImport: TAgreementImport, { withDocument }: { withDocument: boolean }) {
  return {
    ...toImportSummaryJson(agreementImport),
    progress: { stage: agreementImport.progress.stage, share: agreementImport.progress.share },
    failure: agreementImport.failure,
    inForce: agreementImport.inForce,
    parties: agreementImport.parties,
    warnings: agreementImport.source?.warnings ?? [],
    proposals: agreementImport.proposals.map((proposal) => ({
      id: proposal.id,
      clauseId: proposal.clauseId,
      kind: proposal.kind,
      kindLabel: getClauseKind(proposal.kind)?.label ?? proposal.kind,
      params: proposal.editedParams ?? proposal.params,
      edited: proposal.editedParams !== undefined,
      issues: proposal.issues,
      confidence: proposal.confidence,
      confidenceBand: confidenceBand(proposal.confidence),
      decision: proposal.decision,
      facts: proposal.facts.map((fact) => ({
        type: fact.type,
        summary: fact.summary,
        value: fact.value,
        typed: fact.typed !== false,
        confidence: fact.confidence,
        source: { blockId: fact.sentence.blockId, start: fact.sentence.start, end: fact.sentence.end, text: fact.sentence.text, clause: fact.sentence.label ?? null },
      })),
    })),
    ...(withDocument ? { document: { blocks: agreementImport.source?.blocks ?? [], pageCount: agreementImport.source?.pageCount ?? null }, structure: agreementImport.structure } : {}),
  }
}
