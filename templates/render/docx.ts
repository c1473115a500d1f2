// The agreement as a Word document, with the docx library. Pure: bytes out, no I/O.
import {
  AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageBreak, PageNumber, Paragraph, TextRun, type Table,
} from 'docx'
import type { DocumentBlock, DocumentModel } from '../document-model'
import { clauseParagraphs, headingParagraph, indentsFor, signatureTable, tableElements, type Indents } from './docx-layout/blocks'
import { agreementStyles, runningTextStyle } from './docx-layout/styles'

function blockElements(block: DocumentBlock, indents: Indents): Array<Paragraph | Table> {
  switch (block.type) {
    case 'heading':
      return [headingParagraph(block)]
    case 'clause':
      return clauseParagraphs(block, indents)
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun({ text: block.text, bold: block.emphasis === 'bold', italics: block.emphasis === 'italic' })] })]
    case 'table':
      return tableElements(block)
    case 'signatures':
      return [signatureTable(block)]
    case 'page_break':
      return [new Paragraph({ children: [new PageBreak()] })]
  }
}

function titleParagraphs(doc: DocumentModel): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, text: doc.title }),
    ...(doc.subtitle ?? []).map((line) => new Paragraph({ alignment: AlignmentType.CENTER, text: line })),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [new TextRun({ text: `Reference ${doc.reference} · Version ${doc.version}`, size: 16, color: '595959' })],
    }),
  ]
}

// A true watermark needs a VML shape the docx library does not offer; drafts get an unmistakable
// marking in the running header of every page instead.
function runningHeader(doc: DocumentModel): Header {
  const draftMarking = doc.draft ? [new TextRun({ text: 'DRAFT – not for signature   ', bold: true, color: 'C00000', size: 20 })] : []
  return new Header({
    children: [new Paragraph({
      style: runningTextStyle,
      alignment: AlignmentType.RIGHT,
      border: { bottom: { style: 'single', size: 4, color: 'B3B8BF', space: 4 } },
      children: [...draftMarking, new TextRun(`${doc.reference} · Version ${doc.version}`)],
    })],
  })
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [new Paragraph({
      style: runningTextStyle,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
    })],
  })
}

export async function renderAgreementDocx(doc: DocumentModel): Promise<Uint8Array> {
  const indents = indentsFor(doc)
  const document = new Document({
    title: `${doc.title} (${doc.reference} v${doc.version})`,
    styles: agreementStyles,
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1304, bottom: 1134, left: 1247, right: 1247 } } },
      headers: { default: runningHeader(doc) },
      footers: { default: pageNumberFooter() },
      children: [...titleParagraphs(doc), ...doc.blocks.flatMap((block) => blockElements(block, indents))],
    }],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
