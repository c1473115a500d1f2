// Lays out an agreement as PDF with pdf-lib, embedded DejaVu fonts and the small layout engine in
// pdf-layout/ (see docs/decisions/002-pdf-layout-engine.md). Pure: bytes out, no I/O beyond the fonts.
import { PDFDocument } from 'pdf-lib'
import type { DocumentBlock, DocumentModel } from '#clauses/document-model'
import { clauseItems, headingItem, indentsFor, paragraphItem, titleItems } from './pdf-layout/blocks'
import { certificateItems, type CertificateEntry } from './pdf-layout/certificate'
import type { FlowItem } from './pdf-layout/flow'
import { paginate } from './pdf-layout/flow'
import { documentFonts, embedUsedFonts } from './pdf-layout/fonts'
import { writePageContent } from './pdf-layout/page-content'
import { pageFrame, stampRunningHeaders } from './pdf-layout/page-frame'
import { signatureItems, type SignatureImages } from './pdf-layout/signatures'
import { tableItems } from './pdf-layout/table'
import { themeFor, type LayoutContext } from './pdf-layout/theme'

export type { CertificateEntry } from './pdf-layout/certificate'

export interface RenderPdfOptions {
  /** Appends a signature certificate page with this audit trail. */
  certificate?: CertificateEntry[]
}

function blockItems(block: DocumentBlock, context: LayoutContext, images: SignatureImages): FlowItem[] {
  switch (block.type) {
    case 'heading':
      return [headingItem(block, context)]
    case 'clause':
      return clauseItems(block, context)
    case 'paragraph':
      return [paragraphItem(block, context)]
    case 'table':
      return tableItems(block, context)
    case 'signatures':
      return signatureItems(block, context, images)
    case 'page_break':
      return [{ units: [], spaceBefore: 0, orphans: 1, widows: 1, breakBefore: true }]
  }
}

async function embedSignatureImages(pdf: PDFDocument, doc: DocumentModel): Promise<SignatureImages> {
  const drawn = doc.blocks
    .flatMap((block) => (block.type === 'signatures' ? block.signatories : []))
    .flatMap((slot) => (slot.signed?.drawnPng ? [{ id: slot.id, png: slot.signed.drawnPng }] : []))
  const images = await Promise.all(drawn.map(({ png }) => pdf.embedPng(png)))
  return new Map(drawn.map(({ id }, index) => [id, images[index]]))
}

export async function renderAgreementPdf(doc: DocumentModel, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  // No creation date or producer stamp: the same agreement version must always give the same
  // bytes, because signatories sign (and the certificate records) the SHA-256 of those bytes.
  const pdf = await PDFDocument.create({ updateMetadata: false })
  pdf.setTitle(`${doc.title} (${doc.reference} v${doc.version})`)
  const fonts = await documentFonts(pdf)
  const theme = themeFor(fonts)
  const frame = pageFrame(pdf, doc, theme)
  const context: LayoutContext = { fonts, theme, left: frame.left, width: frame.width, ...indentsFor(doc, theme) }
  const images = await embedSignatureImages(pdf, doc)
  const items = [
    ...titleItems(doc, context),
    ...doc.blocks.flatMap((block) => blockItems(block, context, images)),
    ...(options.certificate ? certificateItems(doc, options.certificate, context) : []),
  ]
  paginate(items, frame)
  stampRunningHeaders(pdf, doc, theme)
  writePageContent(pdf)
  await embedUsedFonts(fonts)
  // pdf-lib yields to the event loop every 50 objects by default; one short save is cheaper whole.
  // Without object streams pdf-lib deflates nothing itself (fonts and pages come deflated): about
  // 5 ms less per agreement, for a file about 10% larger.
  return pdf.save({ objectsPerTick: Number.POSITIVE_INFINITY, useObjectStreams: false })
}
