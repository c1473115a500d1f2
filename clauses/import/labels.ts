// The numbers and list labels agreements put in front of their clauses and paragraphs: "1.",
// "1.1", "16.1.2", "16B.1", "1.1." (Leicestershire's memorandum), "(a)", "a)", "(iv)", "IV.",
// bullets. A label is only a label where it is plausibly one: "12 months' notice" at the start of
// a paragraph is not clause 12, nor is "2009 amendment:" clause 2009.

export type LabelKind = 'decimal' | 'letter' | 'roman' | 'upper-roman' | 'bullet'

export interface Label {
  /** As printed: "16.1.2", "(a)", "IV.", "•". */
  text: string
  kind: LabelKind
  /** For a decimal label, its parts: "16B.1" -> ["16B", "1"]. */
  parts: string[]
  /** 1 for "1.", 2 for "1.1"; letters and bullets count as 1. */
  depth: number
}

export interface Labelled {
  label: Label
  /** The text after the label. */
  rest: string
  /** Characters of the original text the label and its spacing take. */
  offset: number
}

const DECIMAL = /^(\d{1,3}[A-Z]?)((?:\.\d{1,3})*)(\.?)(?=[\s\t]|$)/
const LETTER = /^\(?([a-z])\)(?=\s|$)/
const ROMAN = /^\(?((?:x{0,3})(?:ix|iv|v?i{0,3}))\)(?=\s|$)/
const UPPER_ROMAN = /^((?:X{0,3})(?:IX|IV|V?I{0,3}))\.(?=\s|$)/
const BULLET = /^([•§▪◦●·o–-])(?=\s)/

/** The label a paragraph starts with, if it has one. */
export function leadingLabel(text: string): Labelled | undefined {
  const decimal = DECIMAL.exec(text)
  if (decimal) {
    const [matched, top, subs, dot] = decimal
    const parts = [top, ...subs.split('.').filter(Boolean)]
    const rest = text.slice(matched.length).trimStart()
    // "3 years' notice", "12 months": a bare number before a lower-case word is a quantity.
    const bare = parts.length === 1 && !dot
    if (bare && (!/^[A-Z(“"‘']/.test(rest) || Number.parseInt(top, 10) > 100)) return undefined
    if (Number.parseInt(top, 10) > 300) return undefined
    // "2.5%", "1.5 hours" are figures, not clause numbers.
    if (/^%|^(?:per\s?cent|hours?|days?|weeks?|months?|years?|terms?|pm|am)\b/.test(rest)) return undefined
    return labelled(text, matched, { text: `${top}${subs}${dot}`, kind: 'decimal', parts, depth: parts.length })
  }
  for (const [pattern, kind] of [
    [ROMAN, 'roman'],
    [LETTER, 'letter'],
    [UPPER_ROMAN, 'upper-roman'],
    [BULLET, 'bullet'],
  ] as const) {
    const match = pattern.exec(text)
    if (!match || !match[1]) continue
    return labelled(text, match[0], { text: match[0], kind, parts: [], depth: 1 })
  }
  return undefined
}

/** A label Word's automatic numbering printed ("3.1", "(a)", "•"), read the same way. */
export function parseListLabel(listLabel: string): Label | undefined {
  if (listLabel === '•') return { text: '•', kind: 'bullet', parts: [], depth: 1 }
  return leadingLabel(`${listLabel} X`)?.label
}

function labelled(text: string, matched: string, label: Label): Labelled {
  const rest = text.slice(matched.length)
  const trimmed = rest.trimStart()
  return { label, rest: trimmed, offset: text.length - trimmed.length }
}

/** "16B" -> 16, for checking that section numbers run in order. */
export function topNumber(label: Label): number {
  return Number.parseInt(label.parts[0] ?? '', 10)
}
