// A sub-heading inside a clause (Leicestershire SEIP Schedule 2, section 3: "School’s decisions to
// refer a Pupil to the Partnership") prints as clause headings do, bold and kept with what it heads,
// in the DOCX, the PDF and the page's preview.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { renderAgreementDocument } from '#clauses/render-document'
import type { DocumentModel } from '#clauses/document-model'
import { leicestershireSeip } from '#templates/leicestershire-seip/index'
import { renderAgreementDocx } from '#templates/render/docx'
import { renderAgreementPdf } from '#templates/render/pdf'
import { makeTempDirectory } from './support/tools'

const SUBHEADING = 'School’s decisions to refer a Pupil to the Partnership'
const workspace = makeTempDirectory()
afterAll(() => workspace.remove())

const document: DocumentModel = {
  reference: 'LCC-SEIP-TEST',
  title: 'Sub-headings',
  version: 1,
  draft: false,
  blocks: [
    {
      type: 'clause',
      number: '3',
      heading: 'The Partnership’s processes for identifying and assessing pupils',
      paragraphs: [{ text: SUBHEADING, heading: true }, { text: 'Schools in the Partnership share a common approach to pupils whose behaviour in school is damaging.' }],
    },
  ],
}

describe('a sub-heading inside a clause', () => {
  it('is one in the SEIP template: the first paragraph of Schedule 2 section 3, and of six other sections', () => {
    const rendered = renderAgreementDocument({ reference: 'T', version: 1, status: 'draft', ...leicestershireSeip.build() })
    const subheadings = rendered.blocks.flatMap((block) => (block.type === 'clause' ? block.paragraphs.filter((paragraph) => paragraph.heading).map((paragraph) => [block.number, paragraph.text]) : []))
    expect(subheadings).toEqual([
      ['3', SUBHEADING],
      ['4', 'Structuring Programme Management'],
      ['5', 'Supporting Pupils and Monitoring their Progress'],
      ['6', 'Schools’ Approach to SEN Students with Challenging Behaviour'],
      ['7', 'Personalised Curriculum'],
      ['12', 'Transport'],
      ['13', 'Parents/Carers'],
    ])
  })

  it('is a bold run kept with the next paragraph in the DOCX', async () => {
    const zip = await JSZip.loadAsync(await renderAgreementDocx(document))
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    const paragraph = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map(([match]) => match).find((match) => match.includes(SUBHEADING)) ?? ''
    expect(paragraph).toContain('<w:keepNext/>')
    expect(paragraph).toMatch(/<w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">School’s decisions/)
    const body = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map(([match]) => match).find((match) => match.includes('share a common approach')) ?? ''
    expect(body).not.toContain('<w:b/>')
  })

  it('is drawn in the bold face in the PDF, the paragraph under it in the regular one', async () => {
    const path = join(workspace.path, 'sub-headings.pdf')
    writeFileSync(path, await renderAgreementPdf(document))
    const pdf = await getDocument({ url: path, useSystemFonts: false }).promise
    const page = await pdf.getPage(1)
    await page.getOperatorList()
    const { items } = await page.getTextContent()
    const fontOf = (text: string) => {
      const item = items.find((candidate) => 'str' in candidate && candidate.str.startsWith(text))
      return item && 'fontName' in item ? (page.commonObjs.get(item.fontName) as { name: string }).name : undefined
    }
    expect(fontOf('School’s decisions')).toMatch(/DejaVuSerif-Bold$/)
    expect(fontOf('Schools in the Partnership')).toMatch(/DejaVuSerif$/)
  })
})
