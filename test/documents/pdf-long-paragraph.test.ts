import type { DocumentModel } from '#clauses/document-model'
import { renderAgreementPdf } from '#templates/render/pdf'

// Issue 18: a 10 MB clause once made document.pdf answer 500 with a stack overflow. Layout must
// take one paragraph of any length without recursing (or spreading arguments) per line or word.
function documentWith(text: string): DocumentModel {
  return {
    title: 'Long paragraph',
    reference: 'TEST-LONG',
    version: 1,
    blocks: [{ type: 'clause', number: '1.1', paragraphs: [{ text }] }],
  } as DocumentModel
}

describe('a very long paragraph in the PDF', () => {
  it('lays out two million characters of words', async () => {
    const pdf = await renderAgreementPdf(documentWith('notice '.repeat(300_000)))
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-')
  }, 120_000)

  it('lays out one unbroken word of ten million characters (the 10 MB clause of issue 18)', async () => {
    const pdf = await renderAgreementPdf(documentWith('x'.repeat(10_000_000)))
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-')
  }, 120_000)
})
