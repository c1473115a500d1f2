import type { PDFPage } from 'pdf-lib'
import { paginate, type FlowItem, type PageFrame } from '#templates/render/pdf-layout/flow'

// A page holds exactly ten 10-point lines: the frame runs from 100 down to 0.
interface Drawn {
  unit: string
  page: number
  top: number
}

function layout(build: (line: (id: string) => FlowItem['units'][number]) => FlowItem[]): Drawn[] {
  const drawn: Drawn[] = []
  let pages = 0
  const frame: PageFrame = { left: 0, width: 100, top: 100, bottom: 0, addPage: () => ({ number: ++pages }) as unknown as PDFPage }
  const line = (id: string) => ({
    height: 10,
    draw: (page: PDFPage, top: number) => drawn.push({ unit: id, page: (page as unknown as { number: number }).number, top }),
  })
  paginate(build(line), frame)
  return drawn
}

function paragraph(id: string, lines: number, line: (id: string) => FlowItem['units'][number], extra: Partial<FlowItem> = {}): FlowItem {
  return { units: Array.from({ length: lines }, (_, index) => line(`${id}${index + 1}`)), spaceBefore: 0, orphans: 2, widows: 2, ...extra }
}

const pageOf = (drawn: Drawn[], unit: string) => drawn.find((entry) => entry.unit === unit)?.page

describe('paginate', () => {
  it('moves a paragraph to the next page rather than leave one line at the foot (orphan)', () => {
    const drawn = layout((line) => [paragraph('a', 9, line), paragraph('b', 3, line)])
    expect(['b1', 'b2', 'b3'].map((unit) => pageOf(drawn, unit))).toEqual([2, 2, 2])
    expect(drawn.find((entry) => entry.unit === 'b1')?.top).toBe(100)
  })

  it('carries two lines over rather than leave one alone at the top of the next page (widow)', () => {
    // Four of the five lines would fit; the break moves up one line so two go over.
    const drawn = layout((line) => [paragraph('a', 6, line), paragraph('b', 5, line)])
    expect(['b1', 'b2', 'b3', 'b4', 'b5'].map((unit) => pageOf(drawn, unit))).toEqual([1, 1, 1, 2, 2])
  })

  it('keeps a heading with the first lines of what follows', () => {
    // After 8 lines, 20 points remain: the heading (10) plus two lines of the clause (20) do not fit.
    const drawn = layout((line) => [paragraph('a', 8, line), paragraph('h', 1, line, { keepWithNext: true, orphans: 1, widows: 1 }), paragraph('b', 5, line)])
    expect(pageOf(drawn, 'h1')).toBe(2)
    expect(pageOf(drawn, 'b1')).toBe(2)
  })

  it('keeps a chain of kept items together: heading, lead-in and first sub-paragraph', () => {
    // 30 points remain after 7 lines: heading 10 + lead-in 10 + two lines of (a) 20 = 40.
    const drawn = layout((line) => [
      paragraph('a', 7, line),
      paragraph('h', 1, line, { keepWithNext: true, orphans: 1 }),
      paragraph('l', 1, line, { keepWithNext: true, orphans: 1 }),
      paragraph('s', 3, line),
    ])
    expect([pageOf(drawn, 'h1'), pageOf(drawn, 'l1'), pageOf(drawn, 's1')]).toEqual([2, 2, 2])
  })

  it('repeats a table header row at the top of each continuation page', () => {
    const drawn = layout((line) => {
      const header = line('header')
      const rows = Array.from({ length: 14 }, (_, index) => line(`row${index + 1}`))
      return [{ units: [header, ...rows], spaceBefore: 0, orphans: 3, widows: 2, repeatHeader: header }]
    })
    // Page 1: header + rows 1-9; page 2: header again, then rows 10-14.
    expect(drawn.filter((entry) => entry.unit === 'header')).toEqual([
      { unit: 'header', page: 1, top: 100 },
      { unit: 'header', page: 2, top: 100 },
    ])
    expect(pageOf(drawn, 'row9')).toBe(1)
    expect(drawn.find((entry) => entry.unit === 'row10')).toEqual({ unit: 'row10', page: 2, top: 90 })
  })

  it('moves a short table whole when widow control leaves too few rows behind, drawing its header once', () => {
    // 30 points remain: header + two rows fit, but one row would be left alone on the next page,
    // and header + one row is fewer than the three units a table needs at the foot of a page.
    const drawn = layout((line) => {
      const header = line('header')
      return [paragraph('a', 7, line), { units: [header, line('row1'), line('row2'), line('row3')], spaceBefore: 0, orphans: 3, widows: 2, repeatHeader: header }]
    })
    expect(drawn.filter((entry) => entry.unit === 'header')).toEqual([{ unit: 'header', page: 2, top: 100 }])
    expect(['row1', 'row2', 'row3'].map((unit) => pageOf(drawn, unit))).toEqual([2, 2, 2])
  })

  it('starts a page-break item on a fresh page and skips space before at the top of a page', () => {
    const drawn = layout((line) => [paragraph('a', 2, line), { ...paragraph('b', 1, line), breakBefore: true, spaceBefore: 6 }])
    expect(drawn.find((entry) => entry.unit === 'b1')).toEqual({ unit: 'b1', page: 2, top: 100 })
  })

  it('places a unit taller than a page on a page of its own instead of looping', () => {
    const drawn = layout((line) => [
      paragraph('a', 1, line),
      { units: [{ height: 150, draw: (page, top) => line('tall').draw(page, top) }], spaceBefore: 0, orphans: 1, widows: 1 },
      paragraph('b', 1, line),
    ])
    expect(drawn.map((entry) => `${entry.unit}@${entry.page}`)).toEqual(['a1@1', 'tall@2', 'b1@3'])
  })
})
