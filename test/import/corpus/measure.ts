// The honest measure of the importer on the corpus: per term type, how many of the hand-written
// expectations it found (recall) and how many of the terms it read are right (precision), each
// expectation matched to at most one recognised term; and whether every sentence of the seed is
// still in the agreement the import becomes, word for word, whether its proposals are all
// accepted or all rejected.
import { readFileSync } from 'node:fs'
import { buildImportedAgreement, type AcceptedProposal } from '#clauses/import/build-agreement'
import type { ImportedDocument } from '#clauses/import/import-document'
import type { Fact, FactValue, TermType } from '#clauses/import/proposal'
import { splitSentences } from '#clauses/import/sentences'
import { renderAgreementText } from '#clauses/render-document'
import { CORPUS_DIR } from './corpus'
import type { Expectation } from './expectations'
import { seedBlocks } from './seed-document'

export interface TypeScore {
  expected: number
  recognised: number
  /** Expectations found. */
  found: number
  /** Recognised terms that match an expectation. */
  correct: number
  missed: Expectation[]
  wrong: Fact[]
}

export function allFacts(imported: ImportedDocument): Fact[] {
  return imported.proposals.flatMap((proposal) => proposal.facts)
}

export function scoreFacts(facts: Fact[], expectations: Expectation[]): Map<TermType, TypeScore> {
  const scores = new Map<TermType, TypeScore>()
  const score = (type: TermType) => {
    let entry = scores.get(type)
    if (!entry) {
      entry = { expected: 0, recognised: 0, found: 0, correct: 0, missed: [], wrong: [] }
      scores.set(type, entry)
    }
    return entry
  }
  const unmatched = new Set(facts)
  for (const fact of facts) score(fact.type).recognised += 1
  for (const expectation of expectations) {
    const entry = score(expectation.type)
    entry.expected += 1
    const match = [...unmatched].find((fact) => fact.type === expectation.type && matches(fact.value, expectation.value))
    if (match) {
      unmatched.delete(match)
      entry.found += 1
      entry.correct += 1
    } else {
      entry.missed.push(expectation)
    }
  }
  for (const fact of unmatched) score(fact.type).wrong.push(fact)
  return scores
}

function matches(actual: FactValue, expected: FactValue): boolean {
  return Object.entries(expected).every(([key, value]) => {
    const got = actual[key]
    if (typeof value === 'string' && typeof got === 'string') return normalise(got).includes(normalise(value))
    return got === value
  })
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ').trim()
}

export function ratio(numerator: number, denominator: number): number | undefined {
  return denominator === 0 ? undefined : numerator / denominator
}

/** Letters and digits only, so line breaks, hyphenation and quotes do not count as differences. */
function letters(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9£%]/g, '')
}

export interface Coverage {
  sentences: number
  missing: string[]
}

/** Every sentence and table cell of the seed text, checked against the text of the built agreement. */
export function coverage(key: string, imported: ImportedDocument, accept: 'all' | 'none'): Coverage {
  const accepted: AcceptedProposal[] = accept === 'all' ? imported.proposals.filter((proposal) => proposal.issues.length === 0).map((proposal) => ({ proposal, params: proposal.params })) : []
  const built = buildImportedAgreement(imported.structure, imported.parties, accepted)
  const text = letters(renderAgreementText({ reference: key, title: key, version: 1, status: 'draft', parties: built.parties, content: built.content }))
  const seed = readFileSync(`${CORPUS_DIR}/${key}.txt`, 'utf8')
  const pieces = seedBlocks(seed).flatMap((block) => (block.type === 'table' ? block.rows.flat() : splitSentences(block.text).map((sentence) => sentence.text)))
  const checked = pieces.map(letters).filter((piece) => piece.length >= 3)
  return { sentences: checked.length, missing: pieces.filter((piece) => letters(piece).length >= 3 && !text.includes(letters(piece))) }
}
