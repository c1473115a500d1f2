import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderAgreementPdf } from '#templates/render/pdf'
import { longAgreement } from '#test/fixtures/documents/long-agreement'
import { certificateEntries, signedAgreement } from '#test/fixtures/documents/signed-agreement'
import { makeTempDirectory, pageCount, pageText, runTool } from './support/tools'

const workspace = makeTempDirectory()
afterAll(() => workspace.remove())

async function renderToFile(name: string, ...args: Parameters<typeof renderAgreementPdf>) {
  const path = join(workspace.path, `${name}.pdf`)
  writeFileSync(path, await renderAgreementPdf(...args))
  return path
}

const pagesOf = (path: string) => Array.from({ length: pageCount(path) }, (_, index) => pageText(path, index + 1))

describe('the agreement PDF', () => {
  let path: string
  let pages: string[]
  beforeAll(async () => {
    path = await renderToFile('agreement', longAgreement())
    pages = pagesOf(path)
  })

  it('renders every page with pdftoppm', () => {
    const result = runTool('pdftoppm', ['-r', '30', '-png', path, join(workspace.path, 'page')])
    expect(result.status).toBe(0)
    const images = readdirSync(workspace.path).filter((file) => file.startsWith('page') && file.endsWith('.png'))
    expect(images).toHaveLength(pages.length)
  })

  it('runs to a sane number of A4 pages', () => {
    // 83 clauses, two schedules of tables and 14 signature blocks: about a dozen pages.
    expect(pages.length).toBeGreaterThanOrEqual(9)
    expect(pages.length).toBeLessThanOrEqual(16)
    expect(runTool('pdfinfo', [path]).stdout).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/)
  })

  it('contains the clause numbers, clause text and sub-paragraph labels', () => {
    const text = pages.join('\n').replace(/\s+/g, ' ')
    expect(text).toContain('15.1 Either party may terminate this Agreement by giving not less than 12 months’ notice in writing')
    expect(text).toContain('4.3 Clawback')
    expect(text).toContain('(b) by invoice to the Lead School, payable within 30 days.')
    expect(text).toContain('1.9 A member school may withdraw from this Memorandum by giving three years’ notice')
  })

  it('contains the funding and KPI table cells', () => {
    const text = pages.join('\n')
    expect(text).toContain('£1,255,361.00')
    expect(text).toContain('£346,860.00')
    expect(text).toContain('Pupils placed in alternative provision within')
    expect(text).toContain('12.2')
  })

  it('numbers every page "Page X of Y" and repeats the reference and version in the header', () => {
    pages.forEach((text, index) => {
      expect(text).toContain(`Page ${index + 1} of ${pages.length}`)
      expect(text).toContain('LCC-SEIP-2026-004 · Version 3')
    })
  })

  it('repeats the KPI table header on every page the table runs onto', () => {
    const laidOut = pages.map((_, index) => pageText(path, index + 1, true))
    const kpiPages = laidOut.filter((text) => /(Autumn|Spring|Summer) term\s+\d+%/.test(text))
    expect(kpiPages.length).toBeGreaterThanOrEqual(2)
    for (const text of kpiPages) expect(text).toMatch(/Ref\s+Indicator\s+Reported\s+Target\s+Responsible/)
  })

  it('never splits a signature block across pages', () => {
    const blocksStarted = pages.map((text) => text.split('Signed for and on behalf of').length - 1)
    const blocksEnded = pages.map((text) => (text.match(/^Date:/gm) ?? []).length)
    expect(blocksStarted).toEqual(blocksEnded)
    expect(blocksStarted.reduce((total, count) => total + count, 0)).toBe(14)
  })

  it('carries no DRAFT watermark once the agreement is final', () => {
    expect(pages.join('\n')).not.toContain('DRAFT')
  })

  it('gives the same bytes for the same agreement version, so its SHA-256 is stable', async () => {
    const first = await renderAgreementPdf(longAgreement())
    const second = await renderAgreementPdf(longAgreement())
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true)
  })
})

describe('a draft PDF', () => {
  it('carries the DRAFT watermark on every page', async () => {
    const path = await renderToFile('draft', longAgreement({ draft: true }))
    const pages = pagesOf(path)
    for (const text of pages) expect(text).toContain('DRAFT')
  })
})

describe('a signed PDF with its signature certificate', () => {
  let path: string
  let pages: string[]
  beforeAll(async () => {
    path = await renderToFile('signed', signedAgreement(), { certificate: certificateEntries })
    pages = pagesOf(path)
  })

  it('embeds the drawn signature as an image and shows the typed one by name', () => {
    // pdfimages lists the PNG's alpha channel as a separate "smask" row.
    const images = runTool('pdfimages', ['-list', path]).stdout.trim().split('\n').slice(2)
      .filter((row) => row.trim().split(/\s+/)[2] === 'image')
    expect(images).toHaveLength(1)
    expect(images[0]).toMatch(/\s240\s+80\s/)
    const signaturePage = pages.find((text) => text.includes('Signed for and on behalf of')) ?? ''
    expect(signaturePage).toContain('Name: Amrit Sandhu')
    expect(signaturePage.split('Amrit Sandhu').length - 1).toBe(2)
  })

  it('dates signatures in Europe/London time with the zone', () => {
    const text = pages.join('\n')
    expect(text).toContain('Date: 1 July 2026, 11:00:00 BST')
    expect(text).toContain('Date: 1 December 2026, 10:00:00 GMT')
  })

  it('ends with the certificate page listing every step with its time zone and document hash', () => {
    const certificate = (pages.at(-1) ?? '').replace(/\s+/g, ' ')
    expect(certificate).toContain('Signature certificate')
    expect(certificate).toContain('30 June 2026, 09:15:00 BST')
    expect(certificate).toContain('Sent for signature')
    expect(certificate).toContain('1 December 2026, 10:00:00 GMT')
    expect(certificate).toContain('IP 198.51.100.7')
    expect(certificate.replace(/\s+/g, '')).toContain(`DocumentSHA-256:${'a'.repeat(64)}`)
    expect(certificate).toContain('Europe/London time, labelled GMT or BST')
  })
})
