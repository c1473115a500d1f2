// The importer on the corpus (the five seed agreements as Word and as PDF files): the targets of
// issue 21 for the four term types it names, every sentence of every seed kept as text, and the
// agreement each import becomes valid, whether every proposal is accepted or none is. The figures
// for every term type are printed by `npm run bench:import`.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateAgreementDraft } from '#clauses/agreement-content'
import { buildImportedAgreement } from '#clauses/import/build-agreement'
import { importDocument, type ImportedDocument } from '#clauses/import/import-document'
import type { TermType } from '#clauses/import/proposal'
import { CORPUS, corpusFile } from './corpus/corpus'
import { EXPECTATIONS } from './corpus/expectations'
import { allFacts, coverage, scoreFacts } from './corpus/measure'

const TARGET_TYPES: TermType[] = ['notice_period', 'dispute_stage', 'term_dates', 'payment_date']

describe.each(['docx', 'pdf'] as const)('the %s corpus', (format) => {
  const imports = new Map<string, ImportedDocument>()
  const imported = async (key: string) => {
    if (!imports.has(key)) imports.set(key, await importDocument(new Uint8Array(readFileSync(corpusFile(key, format))), format))
    return imports.get(key) as ImportedDocument
  }

  it('recalls at least 90% and is at least 95% precise on notice periods, dispute stages, term dates and payment dates', { timeout: 120_000 }, async () => {
    const totals = new Map(TARGET_TYPES.map((type) => [type, { expected: 0, recognised: 0, found: 0, correct: 0 }]))
    for (const entry of CORPUS) {
      for (const [type, score] of scoreFacts(allFacts(await imported(entry.key)), EXPECTATIONS[entry.key])) {
        const total = totals.get(type)
        if (!total) continue
        total.expected += score.expected
        total.recognised += score.recognised
        total.found += score.found
        total.correct += score.correct
      }
    }
    for (const [type, total] of totals) {
      expect(total.expected, type).toBeGreaterThan(0)
      expect(total.found / total.expected, `${type} recall`).toBeGreaterThanOrEqual(0.9)
      expect(total.correct / total.recognised, `${type} precision`).toBeGreaterThanOrEqual(0.95)
    }
  })

  it.each(CORPUS.map((entry) => entry.key))('keeps every sentence of %s as text, and becomes a valid agreement, all accepted or none', { timeout: 120_000 }, async (key) => {
    const document = await imported(key)
    for (const accept of ['none', 'all'] as const) expect(coverage(key, document, accept).missing, accept).toEqual([])
    const complete = document.proposals.filter((proposal) => proposal.issues.length === 0)
    for (const accepted of [[], complete.map((proposal) => ({ proposal, params: proposal.params }))]) {
      const built = buildImportedAgreement(document.structure, document.parties, accepted)
      const checked = validateAgreementDraft({ parties: built.parties.length > 0 ? built.parties : [{ id: 'authority', role: 'authority', name: 'x' }], content: built.content })
      expect(checked.success ? [] : checked.issues).toEqual([])
    }
  })
})
