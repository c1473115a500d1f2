// Rebuilds one PDF page's reading order from positioned text: lines from shared baselines,
// paragraphs from line gaps and clause labels, and tables from the ruling lines a word processor
// draws round their cells (or, for a table without borders, from text standing in columns).
// Coordinates are PDF points with y rising up the page. Pure: the PDF is read in read-pdf.ts.
import { normaliseSpace } from './source-document'

export interface PositionedText {
  text: string
  x: number
  y: number
  width: number
  /** Font size in points. */
  size: number
}

/** A ruling line: horizontal when y1 = y2, vertical when x1 = x2. */
export interface Rule {
  x1: number
  y1: number
  x2: number
  y2: number
}

interface Segment {
  x: number
  right: number
  text: string
}

export interface PageLine {
  y: number
  x: number
  size: number
  segments: Segment[]
  text: string
  /** In the top or bottom 7% of the page, where running headers and footers sit. */
  inMargin: boolean
  items: PositionedText[]
}

export interface PageLayout {
  number: number
  height: number
  lines: PageLine[]
  blocks: LayoutBlock[]
}

export type LayoutBlock =
  | { type: 'paragraph'; text: string; inMargin: boolean; headingLevel?: number; indent?: number; continuesPrevious: boolean }
  | { type: 'table'; rows: string[][]; reachesPageEnd?: boolean }

export interface DocumentMetrics {
  /** The size most of the text is set in. */
  bodySize: number
  /** Baseline to baseline within a paragraph of body text. */
  lineSpacing: number
}

/** "1.", "1.1", "16.1.2", "(a)", "a)", "(iv)", "IV.", a bullet: a clause or list label alone in its segment. */
export const LABEL_SEGMENT = /^(?:\d+[A-Z]?(?:\.\d+)*\.?|\(?[a-z]{1,2}\)|\(?[ivxlc]+\)|[IVXLC]+\.|[•§▪◦●o–-])$/

/** The page's lines, top to bottom; the blocks come later, once the document's metrics are known. */
export function layoutPage(number: number, height: number, texts: PositionedText[]): PageLayout {
  const sorted = [...texts].sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: PageLine[] = []
  for (const item of sorted) {
    const line = lines.find((candidate) => Math.abs(candidate.y - item.y) <= Math.max(candidate.size, item.size) * 0.4)
    if (line) {
      line.items.push(item)
      line.size = Math.max(line.size, item.size)
    } else {
      lines.push({ y: item.y, x: item.x, size: item.size, segments: [], text: '', inMargin: false, items: [item] })
    }
  }
  for (const line of lines) finishLine(line, height)
  lines.sort((a, b) => b.y - a.y)
  return { number, height, lines, blocks: [] }
}

function finishLine(line: PageLine, height: number) {
  line.items.sort((a, b) => a.x - b.x)
  line.x = line.items[0].x
  for (const item of line.items) {
    const last = line.segments[line.segments.length - 1]
    // A gap wider than a stretched word space starts a new segment: a label's tab stop or a column.
    if (last && item.x - last.right < item.size * 0.6) {
      last.text += item.x - last.right > item.size * 0.15 && !last.text.endsWith(' ') && !item.text.startsWith(' ') ? ` ${item.text}` : item.text
      last.right = Math.max(last.right, item.x + item.width)
    } else {
      line.segments.push({ x: item.x, right: item.x + item.width, text: item.text })
    }
  }
  for (const segment of line.segments) segment.text = normaliseSpace(segment.text)
  line.text = normaliseSpace(line.segments.map((segment) => segment.text).join(' '))
  line.inMargin = line.y > height * 0.93 || line.y < height * 0.07
}

/** Whether a page has text standing in columns, so its ruling lines are worth reading. */
export function looksTabular(page: PageLayout): boolean {
  return page.lines.filter(isColumnLine).length >= 2
}

function isColumnLine(line: PageLine): boolean {
  if (line.segments.length >= 3) return !(line.segments.length === 3 && LABEL_SEGMENT.test(line.segments[0].text) && LABEL_SEGMENT.test(line.segments[1].text))
  return line.segments.length === 2 && !LABEL_SEGMENT.test(line.segments[0].text)
}

/** The body size and line spacing of the whole document, from every page's lines. */
export function measureDocument(pages: PageLayout[]): DocumentMetrics {
  const sizes = new Map<number, number>()
  for (const line of pages.flatMap((page) => page.lines)) {
    const size = Math.round(line.size * 2) / 2
    sizes.set(size, (sizes.get(size) ?? 0) + line.text.length)
  }
  const bodySize = [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 11
  const gaps: number[] = []
  for (const page of pages) {
    page.lines.forEach((line, index) => {
      const next = page.lines[index + 1]
      if (!next || Math.abs(line.size - bodySize) > 0.5 || Math.abs(next.size - bodySize) > 0.5) return
      const gap = line.y - next.y
      if (gap > 0 && gap < bodySize * 2.2) gaps.push(gap)
    })
  }
  gaps.sort((a, b) => a - b)
  return { bodySize, lineSpacing: gaps[Math.floor(gaps.length / 4)] ?? bodySize * 1.15 }
}

/** The page's paragraphs and tables in reading order. */
export function pageBlocks(page: PageLayout, metrics: DocumentMetrics, rules: Rule[]): LayoutBlock[] {
  const gridTables = rules.length > 0 ? tablesFromRules(page, rules) : []
  const inGrid = new Set(gridTables.flatMap((table) => table.lines))
  const flowing = page.lines.filter((line) => !inGrid.has(line))
  // A bordered table that runs down to the bottom margin goes on over the page, perhaps mid-row.
  const placed: Array<{ y: number; block: LayoutBlock }> = gridTables.map((table) => ({ y: table.top, block: { type: 'table', rows: table.rows, reachesPageEnd: table.bottom < page.height * 0.14 } }))
  const leftMargin = Math.min(...flowing.filter((line) => !line.inMargin).map((line) => line.x), Infinity)
  let index = 0
  // The first body paragraph on a page may go on from the page before; a running header above it does not count.
  let bodyStarted = false
  while (index < flowing.length) {
    const columns = columnRun(flowing, index, metrics)
    if (columns) {
      placed.push({ y: flowing[index].y, block: { type: 'table', rows: columns.rows } })
      index = columns.end
      bodyStarted = true
      continue
    }
    const paragraph = paragraphRun(flowing, index, metrics)
    const inMargin = paragraph.lines[0].inMargin
    placed.push({ y: flowing[index].y, block: paragraphBlock(paragraph.lines, metrics, leftMargin, !bodyStarted && !inMargin) })
    if (!inMargin) bodyStarted = true
    index = paragraph.end
  }
  return placed.sort((a, b) => b.y - a.y).map((entry) => entry.block)
}

function headingLevel(size: number, metrics: DocumentMetrics): number | undefined {
  const ratio = size / metrics.bodySize
  if (ratio >= 1.6) return 1
  if (ratio >= 1.3) return 2
  if (ratio >= 1.15) return 3
  return undefined
}

function startsWithLabel(line: PageLine): boolean {
  return line.segments.length >= 2 && LABEL_SEGMENT.test(line.segments[0].text)
}

function paragraphRun(lines: PageLine[], start: number, metrics: DocumentMetrics): { lines: PageLine[]; end: number } {
  const first = lines[start]
  const run = [first]
  let end = start + 1
  const firstHeading = headingLevel(first.size, metrics)
  while (end < lines.length) {
    const previous = run[run.length - 1]
    const line = lines[end]
    const gap = previous.y - line.y
    if (line.inMargin !== first.inMargin) break
    // Larger type has wider line spacing: a two-line heading stays one heading.
    if (gap > metrics.lineSpacing * Math.max(1, line.size / metrics.bodySize) * 1.3 || gap < 0) break
    if (headingLevel(line.size, metrics) !== firstHeading) break
    if (startsWithLabel(line) || isColumnLine(line)) break
    // A line starting further left than the text above it begins something new (a hanging label's text sits right of it).
    if (line.x < previous.x - 3 && !(run.length === 1 && startsWithLabel(first))) break
    run.push(line)
    end += 1
  }
  return { lines: run, end }
}

function paragraphBlock(lines: PageLine[], metrics: DocumentMetrics, leftMargin: number, firstOnPage: boolean): LayoutBlock {
  const text = lines.reduce((joined, line) => {
    if (!joined) return line.text
    // "co-" at a line's end with a lower-case word after it is one word broken by the line.
    if (/[A-Za-z]-$/.test(joined) && /^[A-Za-z]/.test(line.text)) return joined + line.text
    return `${joined} ${line.text}`
  }, '')
  const first = lines[0]
  const level = headingLevel(first.size, metrics)
  const indent = Number.isFinite(leftMargin) ? Math.round(first.x - leftMargin) : 0
  return {
    type: 'paragraph',
    text: normaliseSpace(text),
    inMargin: first.inMargin,
    ...(level ? { headingLevel: level } : {}),
    ...(indent > 2 ? { indent } : {}),
    continuesPrevious: firstOnPage && !level && !startsWithLabel(first) && /^[a-z]/.test(first.text),
  }
}

/** Consecutive lines of text in columns without ruling lines: one row per line. */
function columnRun(lines: PageLine[], start: number, metrics: DocumentMetrics): { rows: string[][]; end: number } | undefined {
  let end = start
  while (end < lines.length && isColumnLine(lines[end]) && !lines[end].inMargin) {
    if (end > start && lines[end - 1].y - lines[end].y > metrics.lineSpacing * 3) break
    end += 1
  }
  if (end - start < 2) return undefined
  const run = lines.slice(start, end)
  const starts = clusterPositions(run.flatMap((line) => line.segments.map((segment) => segment.x)), 6)
  if (starts.length < 2) return undefined
  const rows = run.map((line) => {
    const cells = starts.map(() => '')
    for (const segment of line.segments) {
      const column = lastIndexAtOrBefore(starts, segment.x + 4)
      cells[column] = normaliseSpace(`${cells[column]} ${segment.text}`)
    }
    return cells
  })
  return { rows, end }
}

interface GridTable {
  top: number
  bottom: number
  rows: string[][]
  lines: PageLine[]
}

/** Tables drawn with borders: columns between the vertical rules, rows between the horizontal ones. */
function tablesFromRules(page: PageLayout, rules: Rule[]): GridTable[] {
  const verticals = rules.filter((rule) => Math.abs(rule.x1 - rule.x2) < 1.5 && Math.abs(rule.y1 - rule.y2) > 6)
  const horizontals = rules.filter((rule) => Math.abs(rule.y1 - rule.y2) < 1.5 && Math.abs(rule.x1 - rule.x2) > 6)
  const tables: GridTable[] = []
  for (const group of overlappingGroups(verticals)) {
    const columns = clusterPositions(group.map((rule) => rule.x1), 2)
    if (columns.length < 2) continue
    const top = Math.max(...group.map((rule) => Math.max(rule.y1, rule.y2)))
    const bottom = Math.min(...group.map((rule) => Math.min(rule.y1, rule.y2)))
    const left = columns[0]
    const right = columns[columns.length - 1]
    const rowEdges = clusterPositions(
      [top, bottom, ...horizontals.filter((rule) => rule.y1 <= top + 2 && rule.y1 >= bottom - 2 && Math.min(rule.x1, rule.x2) < right && Math.max(rule.x1, rule.x2) > left).map((rule) => rule.y1)],
      2,
    ).sort((a, b) => b - a)
    const lines = page.lines.filter((line) => line.y < top && line.y > bottom && line.x >= left - 2 && line.x < right)
    const rows: string[][] = []
    for (let row = 0; row + 1 < rowEdges.length; row += 1) {
      const [upper, lower] = [rowEdges[row], rowEdges[row + 1]]
      if (upper - lower < 3) continue
      const cells = columns.slice(0, -1).map((columnLeft, column) => {
        const columnRight = columns[column + 1]
        const words = lines
          .flatMap((line) => line.items)
          .filter((item) => {
            const centreX = item.x + Math.min(item.width, columnRight - columnLeft) / 2
            return item.y < upper && item.y > lower && centreX >= columnLeft && centreX < columnRight
          })
        return cellText(words)
      })
      if (cells.some(Boolean)) rows.push(cells)
    }
    if (rows.length > 0) tables.push({ top, bottom, rows, lines })
  }
  return tables
}

/** A cell's lines, top to bottom, joined by line breaks: whether a break split a word is decided
 * once the whole document's words are known (joinCellLines). */
function cellText(words: PositionedText[]): string {
  const lines: PositionedText[][] = []
  for (const word of [...words].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((candidate) => Math.abs(candidate[0].y - word.y) <= word.size * 0.4)
    if (line) line.push(word)
    else lines.push([word])
  }
  return lines.map((line) => normaliseSpace(line.map((word) => word.text).join(' '))).filter(Boolean).join('\n')
}

/**
 * A narrow column breaks a word too long for it across lines without a hyphen ("Perform" /
 * "ance"). The two parts are joined where the whole word is one the document uses elsewhere;
 * otherwise the line break was between words.
 */
export function joinCellLines(cell: string, vocabulary: Set<string>): string {
  return cell.split('\n').reduce((joined, line) => {
    if (!joined) return line
    const tail = /([A-Za-z]+)$/.exec(joined)?.[1]
    const head = /^([a-z]+)/.exec(line)?.[1]
    // Two words that are each words already ("in" / "to") stay two words.
    const bothWords = tail && head && head.length > 1 && vocabulary.has(tail.toLowerCase()) && vocabulary.has(head)
    if (tail && head && vocabulary.has(`${tail}${head}`.toLowerCase()) && !bothWords) return `${joined}${line}`
    return `${joined} ${line}`
  }, '')
}

/** Vertical rules whose spans overlap belong to one table. */
function overlappingGroups(verticals: Rule[]): Rule[][] {
  const spans = verticals.map((rule) => ({ rule, top: Math.max(rule.y1, rule.y2), bottom: Math.min(rule.y1, rule.y2) })).sort((a, b) => b.top - a.top)
  const groups: Array<{ top: number; bottom: number; rules: Rule[] }> = []
  for (const span of spans) {
    const group = groups.find((candidate) => span.top > candidate.bottom + 1 && span.bottom < candidate.top - 1)
    if (group) {
      group.rules.push(span.rule)
      group.bottom = Math.min(group.bottom, span.bottom)
      group.top = Math.max(group.top, span.top)
    } else {
      groups.push({ top: span.top, bottom: span.bottom, rules: [span.rule] })
    }
  }
  return groups.map((group) => group.rules)
}

function clusterPositions(positions: number[], tolerance: number): number[] {
  const sorted = [...positions].sort((a, b) => a - b)
  const clusters: number[] = []
  for (const position of sorted) {
    if (clusters.length === 0 || position - clusters[clusters.length - 1] > tolerance) clusters.push(position)
  }
  return clusters
}

function lastIndexAtOrBefore(sorted: number[], value: number): number {
  let found = 0
  sorted.forEach((position, index) => {
    if (position <= value) found = index
  })
  return found
}

/**
 * The ruling lines a page draws, from pdfjs's operator list: each path's straight edges in page
 * coordinates (following the drawing transform), kept when they are long and thin enough to be a
 * table border. `ops` are pdfjs's operator codes.
 */
export function rulesFromOperators(fnArray: number[], argsArray: unknown[], ops: { save: number; restore: number; transform: number; constructPath: number; endPath: number }): Rule[] {
  const rules: Rule[] = []
  let matrix = [1, 0, 0, 1, 0, 0]
  const stack: number[][] = []
  const apply = (x: number, y: number) => [matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5]]
  fnArray.forEach((fn, index) => {
    if (fn === ops.save) stack.push(matrix)
    else if (fn === ops.restore) matrix = stack.pop() ?? [1, 0, 0, 1, 0, 0]
    else if (fn === ops.transform) matrix = multiply(matrix, argsArray[index] as number[])
    else if (fn === ops.constructPath) {
      const [paint, data] = argsArray[index] as [number, ArrayLike<number>[] | ArrayLike<number>]
      // A path that is only a clipping boundary (ended, not painted) draws nothing.
      if (paint !== ops.endPath) rules.push(...pathEdges(data, apply))
    }
  })
  return rules.filter((rule) => {
    const width = Math.abs(rule.x2 - rule.x1)
    const height = Math.abs(rule.y2 - rule.y1)
    return (height < 1.5 && width > 6) || (width < 1.5 && height > 6)
  })
}

function multiply(m: number[], n: number[]): number[] {
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ]
}

// pdfjs 5 path data: 0 moveTo x y, 1 lineTo x y, 2 curveTo (6 numbers), 3 quadraticCurveTo (4), 4 closePath.
function pathEdges(data: ArrayLike<number>[] | ArrayLike<number> | undefined, apply: (x: number, y: number) => number[]): Rule[] {
  if (!data) return []
  const paths: ArrayLike<number>[] = typeof (data as ArrayLike<number>)[0] === 'number' ? [data as ArrayLike<number>] : (data as ArrayLike<number>[])
  const edges: Rule[] = []
  for (const path of paths) {
    let start: number[] | undefined
    let current: number[] | undefined
    for (let at = 0; at < path.length; ) {
      const op = path[at]
      if (op === 0 || op === 1) {
        const point = apply(path[at + 1], path[at + 2])
        if (op === 1 && current) edges.push({ x1: current[0], y1: current[1], x2: point[0], y2: point[1] })
        if (op === 0) start = point
        current = point
        at += 3
      } else if (op === 2) {
        current = apply(path[at + 5], path[at + 6])
        at += 7
      } else if (op === 3) {
        current = apply(path[at + 3], path[at + 4])
        at += 5
      } else {
        if (start && current) edges.push({ x1: current[0], y1: current[1], x2: start[0], y2: start[1] })
        current = start
        at += 1
      }
    }
  }
  return edges
}
