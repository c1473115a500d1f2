// The agreement as a Word document, with the docx library. Pure: bytes out, no I/O.
import {
  AlignmentType, convertToXmlComponent, Document, Footer, Header, HeadingLevel, type ImportedXmlComponent, Packer, PageBreak, PageNumber, Paragraph, TextRun, type Table,
} from 'docx'
import type { DocumentBlock, DocumentModel } from '#clauses/document-model'
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

// Word keeps a watermark as a VML text shape in the page header, which then shows behind the text
// of every page; the docx library has no API for it, so the shape is written as Word writes it
// (Insert > Watermark > DRAFT: silver, semi-transparent, at 315 degrees, centred on the margins).
type XmlElement = { type: 'element'; name: string; attributes: Record<string, string>; elements: XmlElement[] }
const element = (name: string, attributes: Record<string, string> = {}, elements: XmlElement[] = []): XmlElement => ({ type: 'element', name, attributes, elements })

function draftWatermark() {
  const textShape = element('v:shapetype', { id: '_x0000_t136', coordsize: '21600,21600', 'o:spt': '136', adj: '10800', path: 'm@7,l@8,m@5,21600l@6,21600e' }, [
    element('v:path', { textpathok: 't', 'o:connecttype': 'custom' }),
    element('v:textpath', { on: 't', fitshape: 't' }),
  ])
  const style = 'position:absolute;margin-left:0;margin-top:0;width:440pt;height:176pt;rotation:315;z-index:-251657216;' +
    'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin'
  const shape = element('v:shape', { id: 'DraftWatermark', 'o:spid': '_x0000_s2049', type: '#_x0000_t136', style, 'o:allowincell': 'f', fillcolor: 'silver', stroked: 'f' }, [
    element('v:fill', { opacity: '.5' }),
    element('v:textpath', { style: 'font-family:"DejaVu Sans";font-size:1pt', string: 'DRAFT' }),
    element('w10:wrap', { anchorx: 'margin', anchory: 'margin' }),
  ])
  return convertToXmlComponent(element('w:r', {}, [element('w:pict', {}, [textShape, shape])])) as ImportedXmlComponent
}

// Drafts also say so in words in the running header, for readers and converters that do not draw VML.
function runningHeader(doc: DocumentModel): Header {
  const draftMarking = doc.draft ? [draftWatermark(), new TextRun({ text: 'DRAFT – not for signature   ', bold: true, color: 'C00000', size: 20 })] : []
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
