import type { PDFPage } from 'pdf-lib'

/** The smallest piece the paginator moves: a line of text, a table row, a pair of signature blocks.
 * A unit is never split across pages. */
export interface Unit {
  height: number
  draw(page: PDFPage, top: number): void
}

/** A run of units that flows down the page and may break between units. */
export interface FlowItem {
  units: Unit[]
  spaceBefore: number
  /** Fewest units left at the foot of a page (orphan control). */
  orphans: number
  /** Fewest units carried over to the top of the next page (widow control). */
  widows: number
  /** Moves to the next page with the start of the following item (headings, table captions). */
  keepWithNext?: boolean
  /** Starts on a fresh page (a page break, the signature certificate). */
  breakBefore?: boolean
  /** Drawn again at the top of every continuation page (a table's header row). */
  repeatHeader?: Unit
}

export interface PageFrame {
  left: number
  width: number
  top: number
  bottom: number
  addPage(): PDFPage
}

const sumHeights = (units: Unit[]) => units.reduce((total, unit) => total + unit.height, 0)

/** Height the start of an item needs on the current page to satisfy orphan control. */
function leadHeight(item: FlowItem): number {
  return item.spaceBefore + sumHeights(item.units.slice(0, item.orphans))
}

/** A heading kept with a lead-in kept with its first sub-paragraph: the whole chain moves together. */
function keptChainHeight(items: FlowItem[], index: number): number {
  let height = 0
  let position = index
  while (items[position]?.keepWithNext && items[position + 1] && !items[position + 1].breakBefore) {
    height += items[position].spaceBefore + sumHeights(items[position].units)
    position += 1
  }
  return height + leadHeight(items[position])
}

export function paginate(items: FlowItem[], frame: PageFrame): void {
  let page = frame.addPage()
  let cursor = frame.top
  const atTop = () => cursor === frame.top
  const available = () => cursor - frame.bottom
  const newPage = () => {
    page = frame.addPage()
    cursor = frame.top
  }
  // Units are addressed by index, never copied per page: a paragraph of 100,000 lines is laid out
  // in time proportional to its length.
  const drawUnits = (units: Unit[], from: number, count: number) => {
    for (let index = from; index < from + count; index++) {
      units[index].draw(page, cursor)
      cursor -= units[index].height
    }
  }
  const fittingCount = (units: Unit[], from: number) => {
    let count = 0
    let height = 0
    while (from + count < units.length && height + units[from + count].height <= available() + 0.01) height += units[from + count++].height
    return count
  }

  items.forEach((item, index) => {
    if (item.breakBefore && !atTop()) newPage()
    if (keptChainHeight(items, index) > available() && !atTop()) newPage()
    if (!atTop()) cursor -= item.spaceBefore

    let placed = 0
    while (placed < item.units.length) {
      const remaining = item.units.length - placed
      let count = fittingCount(item.units, placed)
      if (count < remaining) {
        const carried = remaining - count
        if (carried < item.widows) count = Math.max(0, remaining - item.widows)
        if (placed === 0 && count < item.orphans) count = 0
      }
      // A unit taller than a whole page still has to go somewhere.
      if (count === 0 && (atTop() || placed > 0)) count = 1
      drawUnits(item.units, placed, count)
      placed += count
      if (placed === item.units.length) break
      newPage()
      // Moved whole (nothing drawn yet) it starts afresh; split, it continues under its header.
      if (placed > 0 && item.repeatHeader) drawUnits([item.repeatHeader], 0, 1)
    }
  })
}
