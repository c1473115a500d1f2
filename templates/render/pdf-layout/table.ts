import { rgb, type PDFPage } from 'pdf-lib'
import type { TableBlock } from '#clauses/document-model'
import type { FlowItem, Unit } from './flow'
import { wrapText } from './measure'
import { drawBox } from './page-content'
import { alignedX, baselineOf, drawTextAt, paragraphUnits, type TextStyle } from './text'
import type { LayoutContext } from './theme'

const cellPadding = 4
const ruleColour = rgb(0.55, 0.58, 0.62)
const headerFill = rgb(0.9, 0.92, 0.95)

interface Column {
  x: number
  width: number
  align: 'left' | 'right'
}

function columnsOf(table: TableBlock, left: number, width: number): Column[] {
  const weights = table.header.map((_, index) => table.columnWidths?.[index] ?? 1)
  const totalWeight = weights.reduce((total, weight) => total + weight, 0)
  let x = left
  return weights.map((weight, index) => {
    const column = { x, width: (width * weight) / totalWeight, align: table.numericColumns?.includes(index) ? 'right' as const : 'left' as const }
    x += column.width
    return column
  })
}

function drawCellBorders(page: PDFPage, columns: Column[], top: number, height: number, fill?: typeof headerFill) {
  for (const column of columns) {
    drawBox(page, { x: column.x, y: top - height, width: column.width, height, fill, border: { width: 0.5, color: ruleColour } })
  }
}

/** A table row is one unit: its cells wrap inside their columns and the row never splits. */
function rowUnit(cells: string[], columns: Column[], style: TextStyle, fill?: typeof headerFill): Unit {
  // A line break inside a cell starts a new line; each line then wraps to the column.
  const cellLines = columns.map((column, index) =>
    (cells[index] ?? '').split('\n').flatMap((part) => wrapText(part, style.font, style.size, column.width - 2 * cellPadding)))
  const height = Math.max(...cellLines.map((lines) => lines.length)) * style.leading + 2 * cellPadding
  return {
    height,
    draw(page, top) {
      drawCellBorders(page, columns, top, height, fill)
      cellLines.forEach((lines, index) => {
        const column = columns[index]
        lines.forEach((line, lineIndex) => {
          const baseline = baselineOf(top - cellPadding - lineIndex * style.leading, style)
          const x = alignedX(line, style, column.x + cellPadding, column.width - 2 * cellPadding, column.align)
          drawTextAt(page, line, x, baseline, style)
        })
      })
    },
  }
}

/** Caption (kept with the table) and the table itself, whose header row repeats on every page. */
export function tableItems(table: TableBlock, { theme, left, width }: LayoutContext): FlowItem[] {
  const columns = columnsOf(table, left, width)
  const header = rowUnit(table.header, columns, theme.tableHeader, headerFill)
  const rows = table.rows.map((row) => rowUnit(row, columns, theme.tableCell))
  const caption: FlowItem[] = table.caption
    ? [{ units: paragraphUnits({ text: table.caption, style: theme.caption, x: left, width }), spaceBefore: 10, orphans: 2, widows: 2, keepWithNext: true }]
    : []
  // Header plus at least two rows at the foot of a page, and never a single row left alone at the top.
  const body: FlowItem = { units: [header, ...rows], spaceBefore: table.caption ? 2 : 10, orphans: 3, widows: 2, repeatHeader: header }
  return [...caption, body]
}
