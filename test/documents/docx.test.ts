import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { xml2js } from 'xml-js'
import { renderAgreementDocx } from '#templates/render/docx'
import { longAgreement } from '#test/fixtures/documents/long-agreement'
import { signedAgreement } from '#test/fixtures/documents/signed-agreement'
import { convertWithLibreOffice, makeTempDirectory, pageCount, pageWords } from './support/tools'

// LibreOffice takes a few seconds to start and convert, more on a busy CI runner.
const libreOfficeTimeout = 120_000
const workspace = makeTempDirectory()
afterAll(() => workspace.remove())

async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes)
  const names = Object.keys(zip.files).filter((name) => name.endsWith('.xml') || name.endsWith('.rels'))
  const contents = await Promise.all(names.map((name) => zip.file(name)!.async('string')))
  return new Map(names.map((name, index) => [name, contents[index]]))
}

/** The visible text of a part: every <w:t>, so runs split by Word markup read as one string. */
const visibleText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('')

describe('the agreement DOCX', () => {
  let parts: Map<string, string>
  let documentXml: string
  beforeAll(async () => {
    parts = await partsOf(await renderAgreementDocx(longAgreement()))
    documentXml = parts.get('word/document.xml') ?? ''
  })

  it('is a zip whose XML parts are all well-formed', () => {
    expect(parts.has('word/document.xml')).toBe(true)
    expect(parts.has('word/styles.xml')).toBe(true)
    for (const [name, xml] of parts) expect(() => xml2js(xml), name).not.toThrow()
  })

  it('uses real Word heading styles for sections and schedules', () => {
    expect(documentXml).toMatch(/<w:pStyle w:val="Title"\/>/)
    expect(documentXml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(21 + 3)
    expect(parts.get('word/styles.xml')).toMatch(/w:styleId="Heading1"/)
  })

  it('contains the numbered clauses with hanging indents and indented sub-paragraphs', () => {
    const text = visibleText(documentXml)
    expect(text).toContain('15.1Either party may terminate this Agreement by giving not less than 12 months’ notice in writing')
    expect(text).toContain('(b)by invoice to the Lead School, payable within 30 days.')
    // Clause text at 720 twips with the number hanging; (a), (b) one level further in.
    expect(documentXml).toContain('<w:ind w:left="720" w:hanging="720"/>')
    expect(documentXml).toContain('<w:ind w:left="1287" w:hanging="567"/>')
  })

  it('lays the schedules out as tables whose header rows repeat and whose rows never split', () => {
    expect(documentXml.match(/<w:tblHeader\/>/g)).toHaveLength(2)
    const text = visibleText(documentXml)
    expect(text).toContain('£1,255,361.00')
    expect(text).toContain('Pupils placed in alternative provision within 5 working days of referral')
  })

  it('has a running header with the reference and version and a "Page X of Y" footer', () => {
    const header = [...parts].find(([name]) => /word\/header\d*\.xml/.test(name))?.[1] ?? ''
    const footer = [...parts].find(([name]) => /word\/footer\d*\.xml/.test(name))?.[1] ?? ''
    expect(visibleText(header)).toBe('LCC-SEIP-2026-004 · Version 3')
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/)
    expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/)
  })

  it('has a signature block for each of the 14 signatories', () => {
    const text = visibleText(documentXml)
    expect(text.split('Signed for and on behalf of').length - 1).toBe(14)
    expect(text).toContain('Welland Park Academy')
  })

  it('marks a draft with a DRAFT watermark behind every page, and in words in the header', async () => {
    const draftParts = await partsOf(await renderAgreementDocx(longAgreement({ draft: true })))
    const header = [...draftParts].find(([name]) => /word\/header\d*\.xml/.test(name))?.[1] ?? ''
    expect(visibleText(header)).toContain('DRAFT – not for signature')
    // Word's own watermark: a VML text shape in the header, rotated and behind the text.
    expect(header).toMatch(/<v:shape [^>]*style="[^"]*rotation:315;z-index:-\d+;[^"]*"[^>]*>.*<v:textpath [^>]*string="DRAFT"\/>/s)
    const finalHeader = [...(await partsOf(await renderAgreementDocx(longAgreement())))].find(([name]) => /word\/header\d*\.xml/.test(name))?.[1] ?? ''
    expect(finalHeader).not.toContain('v:textpath')
  })

  it('places a drawn signature as an image and a typed one as the name in italics', async () => {
    const signedParts = await partsOf(await renderAgreementDocx(signedAgreement()))
    const xml = signedParts.get('word/document.xml') ?? ''
    expect(xml).toContain('<pic:pic')
    // Italic within the same run as the typed name.
    expect(xml).toMatch(/<w:r>(?:(?!<\/w:r>).)*<w:i\/>(?:(?!<\/w:r>).)*<w:t[^>]*>Amrit Sandhu<\/w:t>/s)
    expect(visibleText(xml)).toContain('Date: 1 July 2026, 11:00:00 BST')
    expect(visibleText(xml)).toContain('Name: Jane WhitfieldTitle: Director of EducationRole: ')
  })
})

describe('converting the DOCX with LibreOffice', () => {
  it('opens and converts to a PDF with the clause text and page numbers', async () => {
    const docxPath = join(workspace.path, 'agreement.docx')
    writeFileSync(docxPath, await renderAgreementDocx(longAgreement()))
    const result = convertWithLibreOffice(docxPath, workspace.path)
    expect(result.status, result.stderr).toBe(0)
    const pdfPath = join(workspace.path, 'agreement.pdf')
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-')
    const pages = pageCount(pdfPath)
    expect(pages).toBeGreaterThanOrEqual(8)
    const first = pageWords(pdfPath, 1)
    expect(first).toContain('Secondary Education and Inclusion Partnership Devolved Funding Agreement')
    expect(first).toContain(`Page 1 of ${pages}`)
    expect(pageWords(pdfPath, pages)).toContain(`Page ${pages} of ${pages}`)
  }, libreOfficeTimeout)
})
