// Fonts are parsed and subset once per process and shared by every document (see
// templates/render/pdf-layout/font-face.ts); these check that sharing them leaks nothing from one
// document into the next, and that characters beyond the shared subset still draw and copy out.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderAgreementPdf } from '#templates/render/pdf'
import { longAgreement } from '#test/fixtures/documents/long-agreement'
import { makeTempDirectory, pageWords, runTool } from './support/tools'

const workspace = makeTempDirectory()
afterAll(() => workspace.remove())

function writePdf(name: string, bytes: Uint8Array): string {
  const path = join(workspace.path, `${name}.pdf`)
  writeFileSync(path, bytes)
  return path
}

// A Welsh school name and a Polish surname (Latin Extended-A) and a Greek letter: none is in the
// shared subset of ASCII, Latin-1 and punctuation.
const welshTitle = 'Ysgol Dŵr Łąka Partnership Ω Agreement'

describe('fonts shared between documents', () => {
  it('embeds every font it draws with as a subset with a ToUnicode map, under its fixed name', async () => {
    const path = writePdf('fonts', await renderAgreementPdf(longAgreement()))
    const rows = runTool('pdffonts', [path]).stdout.trim().split('\n').slice(2)
    const fonts = rows.map((row) => row.trim().split(/\s+/))
    expect(fonts.map(([name]) => name).sort()).toEqual([
      'SLAAAA+DejaVuSerif', 'SLAAAB+DejaVuSerif-Bold', 'SLAAAC+DejaVuSerif-Italic', 'SLAAAD+DejaVuSans', 'SLAAAE+DejaVuSans-Bold',
    ])
    for (const font of fonts) expect(font.slice(1)).toEqual(['CID', 'TrueType', 'Identity-H', 'yes', 'yes', 'yes', expect.any(String), '0'])
  })

  it('draws characters beyond the shared subset, and they copy out as the same text', async () => {
    const path = writePdf('welsh', await renderAgreementPdf(longAgreement({ title: welshTitle })))
    expect(pageWords(path, 1)).toContain(welshTitle)
  })

  it('copies out brackets, backslashes and braces, which a content stream must escape', async () => {
    const title = 'Schedule (a) {Governors} C:\\Reports\\2026, G–H'
    const path = writePdf('escapes', await renderAgreementPdf(longAgreement({ title })))
    expect(pageWords(path, 1)).toContain(title)
  })

  it('gives each document the same bytes whatever was rendered before it in the process', async () => {
    const welshFirst = await renderAgreementPdf(longAgreement({ title: welshTitle }))
    const plainBetween = await renderAgreementPdf(longAgreement())
    const welshAgain = await renderAgreementPdf(longAgreement({ title: welshTitle }))
    const plainAgain = await renderAgreementPdf(longAgreement())
    expect(Buffer.from(welshAgain).equals(Buffer.from(welshFirst))).toBe(true)
    expect(Buffer.from(plainAgain).equals(Buffer.from(plainBetween))).toBe(true)
    expect(Buffer.from(plainBetween).equals(Buffer.from(welshFirst))).toBe(false)
  })

  it('reads the same text from two renders in a row', async () => {
    const first = writePdf('first', await renderAgreementPdf(longAgreement()))
    const second = writePdf('second', await renderAgreementPdf(longAgreement()))
    expect(runTool('pdftotext', ['-layout', second, '-']).stdout).toBe(runTool('pdftotext', ['-layout', first, '-']).stdout)
    expect(pageWords(second, 1)).toContain('Secondary Education and Inclusion Partnership Devolved Funding Agreement')
  })
})
