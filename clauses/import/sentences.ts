// Sentences of a clause with their place in the document, so a proposal can quote the exact
// sentence it came from and the import screen can highlight it. A full stop ends a sentence unless
// it belongs to an abbreviation ("e.g.", "No.", "Cl."), a time ("4.00 pm"), a clause number
// ("clause 2.7") or an initial.
import type { ImportedClause } from './structure'

export interface SourceSentence {
  blockId: string
  /** Offsets in the source block's text. */
  start: number
  end: number
  text: string
  /** The clause number or list label nearest the sentence ("16.1.1", "(a)"), for citing it. */
  label?: string
  /** Index of the paragraph within its clause. */
  paragraph: number
}

const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|no|nos|cl|cll|para|paras|st|dr|mr|mrs|ms|ltd|plc|co|inc|approx|art|reg|sch|vol|fig|ref|tel|ie|eg|viz|v|vs|p|pp|ch|dept|govt|a\.m|p\.m)|\b[A-Z])\.$/i

/** Splits a paragraph into sentences with their offsets. */
export function splitSentences(text: string): Array<{ start: number; end: number; text: string }> {
  const sentences: Array<{ start: number; end: number; text: string }> = []
  let start = 0
  const boundary = /[.!?](?:["”’)]*)(?=\s+["“‘(]?[A-Z0-9•(])/g
  for (const match of text.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].length
    const before = text.slice(start, (match.index ?? 0) + 1)
    if (ABBREVIATIONS.test(before) || /\d\.$/.test(before) && /^\s*\d/.test(text.slice(end))) continue
    // "clause 2." followed by "7": a number broken by the full stop is not a sentence end.
    if (/\b(?:clause|paragraph|section|schedule)\s+\d+\.$/i.test(before)) continue
    push(sentences, text, start, end)
    start = end
  }
  push(sentences, text, start, text.length)
  return sentences
}

function push(sentences: Array<{ start: number; end: number; text: string }>, text: string, start: number, end: number) {
  const raw = text.slice(start, end)
  const leading = raw.length - raw.trimStart().length
  const trimmed = raw.trim()
  if (trimmed) sentences.push({ start: start + leading, end: start + leading + trimmed.length, text: trimmed })
}

/** Every sentence of a clause, each placed in its source block. */
export function clauseSentences(clause: ImportedClause): SourceSentence[] {
  let label = clause.number || undefined
  return clause.paragraphs.flatMap((paragraph, index) => {
    if (paragraph.label && paragraph.label !== '•' && paragraph.label !== '-') label = paragraph.label.replace(/\.$/, '')
    return splitSentences(paragraph.text).map((sentence) => ({
      blockId: paragraph.blockId,
      start: paragraph.offset + sentence.start,
      end: paragraph.offset + sentence.end,
      text: sentence.text,
      label: label && /^\(|^[a-z]\)|^[ivx]+\)|^[IVX]+$/.test(label) && clause.number ? `${clause.number}${label.startsWith('(') ? label : `(${label.replace(/\)$/, '')})`}` : label,
      paragraph: index,
    }))
  })
}
