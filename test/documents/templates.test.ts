// Every seed template in the registry, rendered to DOCX and PDF and checked with the same tools a
// reader would use.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { xml2js } from 'xml-js'
import { renderAgreementDocument } from '#clauses/render-document'
import type { DocumentModel } from '#clauses/document-model'
import { renderAgreementDocx } from '#templates/render/docx'
import { renderAgreementPdf } from '#templates/render/pdf'
import { templates, type AgreementTemplate } from '#templates/registry'
import { convertWithLibreOffice, makeTempDirectory, pageCount, runTool } from './support/tools'

function documentOf(template: AgreementTemplate): DocumentModel {
  const built = template.build()
  return renderAgreementDocument({ reference: `TEST-${template.key}`, title: built.title, version: 1, status: 'approved', parties: built.parties, content: built.content })
}

const normalise = (text: string) => text.replace(/\s+/g, ' ')
/** The first words of a paragraph: enough to find it, short enough not to cross a page break. */
const opening = (text: string) => normalise(text).trim().split(' ').slice(0, 6).join(' ')

function expectedSnippets(doc: DocumentModel): string[] {
  return doc.blocks.flatMap((block) => {
    if (block.type === 'clause') return [block.number, ...block.paragraphs.map((paragraph) => opening(paragraph.text))]
    if (block.type === 'heading' || block.type === 'paragraph') return [opening(block.text)]
    if (block.type === 'table') return block.rows.slice(0, 1).flat().map(opening)
    return []
  }).filter(Boolean)
}

// LibreOffice takes a few seconds to start and convert, more on a busy CI runner.
const libreOfficeTimeout = 120_000
const workspace = makeTempDirectory()
afterAll(() => workspace.remove())

describe.each(templates.map((template) => [template.key, template] as const))('the %s template', (key, template) => {
  let doc: DocumentModel
  let docx: Uint8Array
  const docxPath = join(workspace.path, `${key}.docx`)
  beforeAll(async () => {
    doc = documentOf(template)
    docx = await renderAgreementDocx(doc)
    writeFileSync(docxPath, docx)
  })

  it('renders a PDF whose pages all render and whose text holds every clause', async () => {
    const path = join(workspace.path, `${key}.pdf`)
    writeFileSync(path, await renderAgreementPdf(doc))
    const pages = pageCount(path)
    expect(pages).toBeGreaterThan(1)
    expect(runTool('pdftoppm', ['-r', '20', '-png', path, join(workspace.path, `${key}-page`)]).status).toBe(0)
    const text = normalise(runTool('pdftotext', [path, '-']).stdout)
    for (const snippet of expectedSnippets(doc)) expect(text).toContain(snippet)
    expect(text).toContain(`Page ${pages} of ${pages}`)
  })

  it('renders a DOCX with well-formed XML holding every clause', async () => {
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')
    expect(() => xml2js(xml)).not.toThrow()
    const text = normalise([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(' '))
      .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    for (const snippet of expectedSnippets(doc)) expect(text).toContain(snippet)
  })

  it('converts the DOCX with LibreOffice', () => {
    const result = convertWithLibreOffice(docxPath, join(workspace.path, 'converted'))
    expect(result.status, result.stderr).toBe(0)
    expect(pageCount(join(workspace.path, 'converted', `${key}.pdf`))).toBeGreaterThan(1)
  }, libreOfficeTimeout)
})
