// OWASP ASVS 4.0 V12.1.2 (compressed files are checked for decompression bombs) and V12.2.1 (files
// from untrusted sources are what they say and carry no active content): Office zip bombs and PDFs
// with JavaScript, launch actions, XFA forms or embedded files are refused with the reason named,
// and nothing is kept; ordinary documents, whatever their bytes, are accepted.
import { randomBytes } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import { deflateRawSync } from 'node:zlib'
import { PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { getFileStore } from '#app/file-store/file-store.server'
import { discardSpool } from '#app/file-store/spool.server'
import { checkEvidenceFile } from '#app/services/compliance/store-evidence-file.server'
import { EvidenceRejection, type TRejectionReason } from '#app/utils/file-sniffing.server'
import { storedKeys, useTemporaryFileStore } from '#test/support/file-store'
import { makeDocx } from '#test/compliance/fixtures/zip'

useTemporaryFileStore()

const FIFTY_MB_OF_ZEROS = Buffer.alloc(50 * 1024 * 1024)
const deflatedZeros = deflateRawSync(FIFTY_MB_OF_ZEROS)

async function* once(bytes: Buffer) {
  yield bytes
}

function check(filename: string, bytes: Buffer) {
  return checkEvidenceFile({ filename, data: once(bytes) })
}

async function expectRefused(filename: string, bytes: Buffer, reason: TRejectionReason, message: RegExp) {
  const attempt = check(filename, bytes)
  await expect(attempt).rejects.toBeInstanceOf(EvidenceRejection)
  await expect(attempt).rejects.toMatchObject({ reason, message: expect.stringMatching(message) })
  expect(await readdir(getFileStore().spoolDir)).toEqual([])
  expect(await storedKeys()).toEqual([])
}

/** A PDF made by pdf-lib, changed before saving; with object streams the catalog is stored compressed. */
async function pdfWith(change: (pdf: PDFDocument) => void, useObjectStreams = true) {
  const pdf = await PDFDocument.create()
  pdf.addPage().drawText('Termly report')
  change(pdf)
  return Buffer.from(await pdf.save({ useObjectStreams }))
}

const javaScriptAction = (pdf: PDFDocument) => pdf.context.obj({ S: 'JavaScript', JS: PDFString.of('app.launchURL("https://evil.example")') })

/** A hand-written PDF whose catalog holds `catalog` verbatim (for escaped names). */
function handWrittenPdf(catalog: string) {
  const objects = [`<< /Type /Catalog /Pages 2 0 R ${catalog} >>`, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>']
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(body.length)
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

describe('V12.1.2: Office documents are checked for zip bombs before they are accepted', () => {
  test('a DOCX holding 500 MB of zeros in ten parts is refused at the first, for its ratio', async () => {
    const parts = Array.from({ length: 10 }, (_, index) => ({ name: `word/media/zeros${index}.bin`, content: FIFTY_MB_OF_ZEROS, deflated: deflatedZeros }))
    await expectRefused('plan.docx', makeDocx(parts), 'zip_bomb', /^The document's part word\/media\/zeros0\.bin inflates \d+ times \(at most 100 times is accepted\), as a zip bomb does/)
  })

  test('a DOCX whose zip directory understates a part is refused once the part inflates past it', async () => {
    const lying = makeDocx([{ name: 'word/media/image1.png', content: FIFTY_MB_OF_ZEROS, deflated: deflatedZeros, declare: { uncompressed: 1024 } }])
    await expectRefused('plan.docx', lying, 'zip_bomb', /^The document's part word\/media\/image1\.png inflates to more than the 1,024 bytes its zip directory declares/)
  })

  test('a DOCX whose parts declare more than 256 MB in total is refused before anything is inflated', async () => {
    const parts = Array.from({ length: 3 }, (_, index) => ({ name: `word/media/big${index}.bin`, content: 'x', deflate: true, declare: { uncompressed: 100 * 1024 * 1024, compressed: 2 * 1024 * 1024 } }))
    await expectRefused('plan.docx', makeDocx(parts), 'zip_bomb', /^The document inflates to more than 256 MB \(at most 256 MB is accepted\)/)
  })

  test('a DOCX of 10,001 parts is refused for its count', async () => {
    const parts = Array.from({ length: 9_999 }, (_, index) => ({ name: `word/p${index}.xml`, content: '<p/>' }))
    await expectRefused('plan.docx', makeDocx(parts), 'zip_bomb', /^The document is a zip of 10,001 parts \(at most 10,000 are accepted\)/)
  })

  test('an ordinary DOCX with a 2 MB photograph (incompressible) is accepted', async () => {
    const checked = await check('plan.docx', makeDocx([{ name: 'word/media/photo.jpeg', content: randomBytes(2 * 1024 * 1024), deflate: true }]))
    expect(checked.kind).toBe('docx')
    await discardSpool(checked.spooled)
  })
})

describe('V12.2.1: PDFs that carry scripts, launch actions, XFA forms or embedded files are refused, naming what they carry', () => {
  test('JavaScript run on opening (/OpenAction), in a compressed object stream', async () => {
    const bytes = await pdfWith((pdf) => pdf.catalog.set(PDFName.of('OpenAction'), javaScriptAction(pdf)))
    expect(bytes.toString('latin1')).not.toContain('/JavaScript')
    await expectRefused('report.pdf', bytes, 'pdf_javascript', /^The PDF contains JavaScript \(\/OpenAction, \/JavaScript, \/JS\), which may run as soon as it is opened; PDFs with scripts are not accepted/)
  })

  test('document-level JavaScript in the names tree, without object streams', async () => {
    const bytes = await pdfWith((pdf) => pdf.catalog.set(PDFName.of('Names'), pdf.context.obj({ JavaScript: pdf.context.obj({ Names: [PDFString.of('run'), javaScriptAction(pdf)] }) })), false)
    await expectRefused('report.pdf', bytes, 'pdf_javascript', /^The PDF contains JavaScript \(\/JavaScript, \/JS\); PDFs with scripts are not accepted/)
  })

  test('JavaScript hidden behind #xx escapes in its names (/Java#53cript, /J#53)', async () => {
    await expectRefused('report.pdf', handWrittenPdf('/AA << /O << /S /Java#53cript /J#53 (app.alert(1)) >> >>'), 'pdf_javascript', /^The PDF contains JavaScript/)
  })

  test('a short /JS name just after a megabyte of image bytes, with "endstream" split across the reads', async () => {
    const head = Buffer.from('%PDF-1.4\n4 0 obj\n<< /Length 0 >>\nstream\n')
    // The file is read a megabyte at a time: "endstream" starts 4 bytes before the first read ends.
    const data = Buffer.alloc(1024 * 1024 - 4 - head.length, 0x20)
    const rest = Buffer.from('endstream\nendobj\n5 0 obj\n<< /S /Rendition /JS (app.alert(1)) >>\nendobj\n%%EOF\n')
    await expectRefused('report.pdf', Buffer.concat([head, data, rest]), 'pdf_javascript', /^The PDF contains JavaScript \(\/JS\); PDFs with scripts are not accepted/)
  })

  test('a launch action', async () => {
    await expectRefused('report.pdf', handWrittenPdf('/OpenAction << /S /Launch /F (C:\\\\Windows\\\\System32\\\\calc.exe) >>'), 'pdf_launch_action', /^The PDF contains a launch action \(\/Launch\), which can start another program/)
  })

  test('embedded files', async () => {
    const bytes = await pdfWith((pdf) => {
      pdf.catalog.set(PDFName.of('Names'), pdf.context.obj({ EmbeddedFiles: pdf.context.obj({ Names: [PDFString.of('payload.exe'), pdf.context.obj({ Type: 'Filespec', F: PDFString.of('payload.exe') })] }) }))
    })
    await expectRefused('report.pdf', bytes, 'pdf_embedded_file', /^The PDF has other files embedded in it \(\/EmbeddedFile\)/)
  })

  test('an XFA form', async () => {
    await expectRefused('report.pdf', handWrittenPdf('/AcroForm << /Fields [] /XFA 4 0 R >>'), 'pdf_xfa_form', /^The PDF is an XFA form \(\/XFA\), which can run scripts/)
  })

  test('a PDF whose 2 MB of image bytes are random, titled "JS and JavaScript in schools", is accepted', async () => {
    const bytes = await pdfWith((pdf) => {
      pdf.setTitle('JS and JavaScript in schools')
      const image = pdf.context.stream(randomBytes(2 * 1024 * 1024), { Type: 'XObject', Subtype: 'Image', Width: 1024, Height: 683, ColorSpace: 'DeviceRGB', BitsPerComponent: 8 })
      pdf.catalog.set(PDFName.of('SampleImage'), pdf.context.register(image))
    })
    const checked = await check('report.pdf', bytes)
    expect(checked.kind).toBe('pdf')
    await discardSpool(checked.spooled)
  })
})
