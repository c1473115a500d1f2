// The seed agreements as the Word documents they were printed from: the seed text (extracted from
// PDFs, with hard line wraps, markdown bullets and tab-separated tables) put back into paragraphs,
// headings, bullet lists and tables, keeping every clause number and heading as the seed has it.
// Only the corpus builder uses this; the importer never sees the seed text.

export type SeedBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string; indent: number }
  | { type: 'bullet'; text: string }
  | { type: 'table'; rows: string[][] }

// A line that starts a paragraph of its own: a clause number (1., 1.1, 16.1.2, 16B.1), a list label
// ((a), a), (i), IV.), a bullet, or a schedule or appendix heading.
const STARTS_PARAGRAPH =
  /^(?:\d+[A-Z]?(?:\.\d+)*\.?\s+[A-Z(“"‘'£]|\d+[A-Z]?(?:\.\d+)+\.?\s|\(?[a-z]\)\s|\([ivx]+\)\s|[IVX]+\.\s|[•§o]\s|- |(?:Schedule|SCHEDULE|Appendix|APPENDIX)\s+\d+[A-Z]?\s*(?:$|[-–:,]|\s[A-Z]))/
// A line ending mid-phrase ("... set out in Clause") goes on, whatever the next line starts with.
const ENDS_MID_PHRASE = /\b(?:clause|paragraph|schedule|section|and|or|of|the|to|in|by|a)$/i
const BULLET = /^(?:[•§o]|-)\s+/

/** The seed's text as blocks, in order. */
export function seedBlocks(text: string): SeedBlock[] {
  const blocks: SeedBlock[] = []
  let paragraph: string[] = []
  let table: string[][] = []
  const flushParagraph = () => {
    const joined = joinLines(paragraph)
    paragraph = []
    if (joined) blocks.push(toBlock(joined))
  }
  const flushTable = () => {
    if (table.length > 0) blocks.push({ type: 'table', rows: squareRows(table) })
    table = []
  }
  const lines = cleanMarkup(text).split('\n')
  lines.forEach((raw, index) => {
    const line = raw.replace(/\s+$/, '')
    if (line.includes('\t')) {
      flushParagraph()
      const cells = line.split('\t').map((cell) => cell.trim())
      if (cells.some(Boolean)) table.push(cells)
      return
    }
    flushTable()
    const trimmed = line.trim()
    // A bullet glyph alone on its line lost its text in the PDF extraction; the text follows.
    if (/^[•§]?$/.test(trimmed)) {
      if (trimmed === '' && !isLoneLabel(paragraph) && !continuesAfterBlank(paragraph, lines, index)) flushParagraph()
      return
    }
    const headingLine = isHeadingLine(trimmed)
    const continues = isLoneLabel(paragraph) || endsMidPhrase(paragraph[paragraph.length - 1] ?? '')
    if ((STARTS_PARAGRAPH.test(trimmed) || headingLine) && !continues) flushParagraph()
    paragraph.push(trimmed)
    if (headingLine) flushParagraph()
  })
  flushParagraph()
  flushTable()
  return blocks
}

function cleanMarkup(text: string): string {
  return text
    .replace(/~~[\s\S]*?~~/g, '') // struck-through wording is not part of the agreement
    .replace(/\*\*|\*(?=NB|\s|$)/g, '')
    .replace(/\[([^\]]+)\]\(#\)/g, '$1')
    .replace(/\\([()])/g, '$1')
    .replace(/<\/?(?:ul|li|br|p|span|div)\b[^>]*>/g, '')
    .replace(/\u00a0/g, ' ')
}

/** A paragraph broken by a blank line in the middle of a sentence (the SEIP seed's wrapping) goes on. */
function continuesAfterBlank(paragraph: string[], lines: string[], index: number): boolean {
  if (paragraph.length === 0) return false
  const last = paragraph[paragraph.length - 1]
  if (/[.:;!?)]$/.test(last) || isHeadingLine(last)) return false
  const next = lines.slice(index + 1).find((line) => line.trim() !== '')?.trim()
  if (next === undefined || isHeadingLine(next)) return false
  if (endsMidPhrase(last)) return true
  // A long line without a full stop was wrapped; a short one ends its paragraph.
  return !STARTS_PARAGRAPH.test(next) && (/^[a-z(]/.test(next) || last.length > 60)
}

/** "and" alone between two parties' names is a line of its own. */
function endsMidPhrase(line: string): boolean {
  // "...; or" closes an item of a list: the next item is a paragraph of its own.
  return line.length > 20 && ENDS_MID_PHRASE.test(line) && !/[;,]\s*(?:or|and)$/.test(line)
}

function joinLines(lines: string[]): string {
  return lines
    .reduce((joined, line) => {
      if (!joined) return line
      // "co-" at a line end is a word broken across lines.
      if (/[a-z]-$/.test(joined) && /^[a-z]/.test(line)) return joined + line
      return `${joined} ${line}`
    }, '')
    .replace(/\s{2,}/g, ' ')
    .trim()
}

function toBlock(text: string): SeedBlock {
  if (BULLET.test(text) && isHeading(text.replace(BULLET, ''))) return { type: 'heading', text: text.replace(BULLET, '') }
  if (isHeading(text)) return { type: 'heading', text }
  if (BULLET.test(text)) {
    const rest = text.replace(BULLET, '')
    if (isHeading(rest)) return { type: 'heading', text: rest }
    // "- 1.1 text" is a numbered clause the markdown extraction made a bullet of.
    if (/^(?:\d+[A-Z]?(?:\.\d+)+\.?|\(?[a-z]\)|\(?[ivx]+\))\s/.test(rest)) return { type: 'paragraph', text: rest, indent: indentOf(rest) }
    return { type: 'bullet', text: rest }
  }
  return { type: 'paragraph', text, indent: indentOf(text) }
}

function indentOf(text: string): number {
  const number = /^\d+[A-Z]?((?:\.\d+)*)\.?\s/.exec(text)
  if (number) return Math.max(0, number[1].split('.').length - 2)
  return /^(?:\(?[a-z]\)|\(?[ivx]+\)|[IVX]+\.)\s/.test(text) ? 1 : 0
}

/** "SCHEDULE 1", "Appendix 1", "SCOPE", "17. TERMINATION", "1. Objectives of the Service". */
function isHeading(text: string): boolean {
  if (text.length > 90 || /[.,;]$/.test(text)) return false
  if (/^(?:Schedule|SCHEDULE|Appendix|APPENDIX)\s+\d+[A-Z]?\s*(?:$|[-–:,]|\s[A-Z])/.test(text)) return true
  const letters = text.replace(/[^A-Za-z]/g, '')
  if (letters.length >= 4 && letters === letters.toUpperCase() && !/^\d+[A-Z]?(?:\.\d+)+/.test(text)) return true
  const numbered = /^\d+[A-Z]?\.?\s+(.*)$/.exec(text)
  if (!numbered || /^\d+[A-Z]?\.\d/.test(text)) return false
  const words = numbered[1].split(/\s+/).filter((word) => /\w/.test(word))
  return words.length <= 10 && /^[A-Z]/.test(numbered[1]) && !/\b(is|are|will|shall|has|have|must|may)\b/.test(numbered[1])
}

/** A heading on a line of its own: the text after it is a new paragraph. */
function isHeadingLine(text: string): boolean {
  return text.length < 70 && isHeading(text)
}

/** "a)" or "VI." alone on its line: the PDF extraction put its text after a blank line. */
function isLoneLabel(paragraph: string[]): boolean {
  return paragraph.length === 1 && /^(?:\(?[a-z]\)|\([ivx]+\)|[IVX]+\.)$/.test(paragraph[0])
}

function squareRows(rows: string[][]): string[][] {
  const trimmed = rows.map((row) => {
    let end = row.length
    while (end > 1 && row[end - 1] === '') end -= 1
    return row.slice(0, end)
  })
  const width = Math.max(...trimmed.map((row) => row.length))
  return trimmed.map((row) => [...row, ...Array<string>(width - row.length).fill('')])
}
