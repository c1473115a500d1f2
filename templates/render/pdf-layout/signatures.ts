import { rgb, type PDFImage, type PDFPage } from 'pdf-lib'
import type { SignatureSlot, SignaturesBlock } from '#clauses/document-model'
import { formatLondonTime } from '../london-time'
import type { FlowItem, Unit } from './flow'
import { wrapText } from './measure'
import { drawRule } from './page-content'
import { baselineOf, drawTextAt, type TextStyle } from './text'
import type { LayoutContext } from './theme'

const columnGap = 28
const signatureAreaHeight = 46
const slotsPerRow = 2
const lineColour = rgb(0.3, 0.3, 0.35)

/** Drawn signatures, embedded before layout because embedding is asynchronous. */
export type SignatureImages = Map<string, PDFImage>

interface SlotPart {
  height: number
  draw(page: PDFPage, x: number, top: number): void
}

function textPart(text: string, style: TextStyle, width: number): SlotPart[] {
  return wrapText(text, style.font, style.size, width).map((line) => ({
    height: style.leading,
    draw: (page, x, top) => drawTextAt(page, line, x, baselineOf(top, style), style),
  }))
}

function signatureArea(slot: SignatureSlot, width: number, context: LayoutContext, images: SignatureImages): SlotPart {
  const script = context.theme.signatureScript
  const image = images.get(slot.id)
  return {
    height: signatureAreaHeight + 4,
    draw(page, x, top) {
      const lineY = top - signatureAreaHeight
      if (image) {
        const scaled = image.scaleToFit(width, signatureAreaHeight - 4)
        page.drawImage(image, { x, y: lineY + 2, width: scaled.width, height: scaled.height })
      } else if (slot.signed) {
        drawTextAt(page, slot.signed.name, x + 4, lineY + 8, script)
      }
      drawRule(page, { from: { x, y: lineY }, to: { x: x + width, y: lineY }, thickness: 0.75, color: lineColour })
    },
  }
}

/** A block's heading (who it signs for) and the rest, so blocks side by side can line up their signature lines. */
function slotParts(slot: SignatureSlot, width: number, context: LayoutContext, images: SignatureImages): { heading: SlotPart[]; body: SlotPart[] } {
  const { theme } = context
  const name = slot.signed?.name ?? slot.name ?? ''
  const date = slot.signed ? formatLondonTime(slot.signed.signedAt) : ''
  return {
    heading: [...textPart('Signed for and on behalf of', theme.small, width), ...textPart(slot.party, theme.bodyBold, width)],
    body: [
      signatureArea(slot, width, context, images),
      ...textPart('Signature', theme.small, width),
      ...textPart(`Name: ${name}`, theme.body, width),
      // Always there, blank until signed, so a signed block is laid out as the one the signatory reviewed.
      ...textPart(`Title: ${slot.signed?.title ?? ''}`, theme.body, width),
      ...textPart(`Role: ${slot.role}`, theme.body, width),
      ...textPart(`Date: ${date}`, theme.body, width),
    ],
  }
}

const partsHeight = (parts: SlotPart[]) => parts.reduce((total, part) => total + part.height, 0)

function drawParts(page: PDFPage, parts: SlotPart[], x: number, top: number) {
  let cursor = top
  for (const part of parts) {
    part.draw(page, x, cursor)
    cursor -= part.height
  }
}

/** Two signature blocks side by side form one unit, so a block never splits across pages; their
 * signature lines sit level even when one party's name wraps onto more lines. */
function rowUnit(slots: SignatureSlot[], context: LayoutContext, images: SignatureImages): Unit {
  const columnWidth = (context.width - columnGap) / slotsPerRow
  const columns = slots.map((slot) => slotParts(slot, columnWidth, context, images))
  const headingHeight = Math.max(...columns.map((column) => partsHeight(column.heading)))
  return {
    height: headingHeight + Math.max(...columns.map((column) => partsHeight(column.body))) + 22,
    draw(page, top) {
      columns.forEach((column, index) => {
        const x = context.left + index * (columnWidth + columnGap)
        drawParts(page, column.heading, x, top - 10)
        drawParts(page, column.body, x, top - 10 - headingHeight)
      })
    },
  }
}

export function signatureItems(block: SignaturesBlock, context: LayoutContext, images: SignatureImages): FlowItem[] {
  const rows: Unit[] = []
  for (let index = 0; index < block.signatories.length; index += slotsPerRow) {
    rows.push(rowUnit(block.signatories.slice(index, index + slotsPerRow), context, images))
  }
  return [{ units: rows, spaceBefore: 6, orphans: 1, widows: 1 }]
}
