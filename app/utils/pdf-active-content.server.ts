// A PDF uploaded as evidence must be a document, not a program: one carrying JavaScript, a launch
// action that starts another program, an XFA form (which runs scripts) or embedded files is refused,
// naming what it found (OWASP ASVS 4.0 V12.2.1; the checks pdfid and peepdf make). The file is read
// from disk, never whole into memory:
// - every name of six letters or more (/JavaScript, /Launch, /EmbeddedFile, /ObjStm, /Encrypt) is
//   looked for in every byte, with #xx escapes decoded (/Java#53cript), so no stream boundary or
//   string can hide one. A JavaScript action must say /S /JavaScript, so this alone finds every script;
// - the short names (/JS, /XFA) are looked for outside strings, comments and stream data, where random
//   image bytes cannot produce them by chance;
// - object streams (/ObjStm), where PDF 1.5 writers pack dictionaries compressed, are inflated and
//   read the same way.
import { createReadStream } from 'node:fs'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createInflate } from 'node:zlib'

export type TPdfProblem = 'pdf_javascript' | 'pdf_launch_action' | 'pdf_embedded_file' | 'pdf_xfa_form' | 'pdf_encrypted' | 'pdf_unchecked'

export class PdfActiveContentError extends Error {
  constructor(
    readonly problem: TPdfProblem,
    message: string,
  ) {
    super(message)
    this.name = 'PdfActiveContentError'
  }
}

const REPRINT = 'print it to a new PDF (Print, then “Save as PDF”) and upload that'
const LONG_NAMES = new Set(['JavaScript', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'ObjStm', 'Encrypt', 'OpenAction'])
const SHORT_NAMES = new Set(['JS', 'XFA'])
const OTHER_FILTERS = new Set(['ASCIIHexDecode', 'ASCII85Decode', 'LZWDecode', 'RunLengthDecode', 'Crypt', 'AHx', 'A85', 'LZW', 'RL'])
const LONG_NAME = /\/((?:[A-Za-z]|#[0-9A-Fa-f]{2}){6,60})/g
/** Bounds on inflating object streams: far above any real document's, far below a bomb's. */
const OBJECT_STREAM_LIMITS = { eachBytes: 64 * 1024 * 1024, totalBytes: 256 * 1024 * 1024, count: 100_000 }

const decodeName = (raw: string) => raw.replace(/#([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)))

type TObjectStream = { dataStart: number; filters: string[] }

/**
 * Reads PDF bytes chunk by chunk: names found anywhere (long ones) or in the PDF's own syntax
 * (short ones), and where each object stream's data starts.
 */
class PdfNameScanner {
  readonly found = new Set<string>()
  readonly objectStreams: TObjectStream[] = []
  private carry = ''
  private offset = 0
  private state: 'normal' | 'string' | 'hex' | 'comment' | 'stream' | 'stream-eol' = 'normal'
  private depth = 0
  private escaped = false
  private token = ''
  private streamTail = ''
  /** Names seen since the last `obj`, for the dictionary the next `stream` belongs to. */
  private dictionaryNames: string[] = []

  update(chunk: Buffer) {
    const text = chunk.toString('latin1')
    this.findLongNames(this.carry + text)
    this.carry = text.slice(-200)
    for (let index = 0; index < text.length; index += 1) index = this.step(text, index)
    this.offset += chunk.length
  }

  finish() {
    this.endToken()
  }

  private findLongNames(text: string) {
    for (const [, raw] of text.matchAll(LONG_NAME)) {
      const name = decodeName(raw)
      if (LONG_NAMES.has(name)) this.found.add(name)
    }
  }

  /** Handles the character at `index`; returns the index it consumed up to. */
  private step(text: string, index: number): number {
    const character = text[index]
    switch (this.state) {
      case 'stream': {
        // Searched in place (no copies): most of a PDF's bytes are stream data.
        const straddling = index === 0 && this.streamTail ? (this.streamTail + text.slice(0, 8)).indexOf('endstream') : -1
        if (straddling !== -1) {
          this.state = 'normal'
          return straddling + 'endstream'.length - this.streamTail.length - 1
        }
        const end = text.indexOf('endstream', index)
        if (end === -1) {
          this.streamTail = text.slice(-8)
          return text.length
        }
        this.state = 'normal'
        return end + 'endstream'.length - 1
      }
      case 'stream-eol':
        // `stream` is followed by CR LF or LF; the data starts after it.
        this.state = 'stream'
        this.streamTail = ''
        this.recordStreamStart(character === '\n' ? index + 1 : index)
        return character === '\n' ? index : index - 1
      case 'comment':
        if (character === '\r' || character === '\n') this.state = 'normal'
        return index
      case 'hex':
        if (character === '>') this.state = 'normal'
        return index
      case 'string':
        if (this.escaped) this.escaped = false
        else if (character === '\\') this.escaped = true
        else if (character === '(') this.depth += 1
        else if (character === ')' && --this.depth === 0) this.state = 'normal'
        return index
      case 'normal':
        return this.normal(text, index, character)
    }
  }

  private normal(text: string, index: number, character: string): number {
    if (/[\s\0]/.test(character)) {
      const ended = this.endToken()
      if (ended === 'stream') {
        if (character === '\r') this.state = 'stream-eol'
        else {
          this.state = 'stream'
          this.streamTail = ''
          this.recordStreamStart(index + 1)
        }
      }
      return index
    }
    if ('()<>[]{}/%'.includes(character)) {
      this.endToken()
      if (character === '(') {
        this.state = 'string'
        this.depth = 1
      } else if (character === '%') this.state = 'comment'
      else if (character === '<' && text[index + 1] !== '<' && text[index - 1] !== '<') this.state = 'hex'
      else if (character === '/') this.token = '/'
      return index
    }
    this.token += character
    return index
  }

  private endToken(): string {
    const token = this.token
    this.token = ''
    if (token.startsWith('/')) {
      const name = decodeName(token.slice(1))
      if (SHORT_NAMES.has(name) || LONG_NAMES.has(name)) this.found.add(name)
      this.dictionaryNames.push(name)
    } else if (token === 'obj') this.dictionaryNames = []
    return token
  }

  private recordStreamStart(relativeIndex: number) {
    const names = this.dictionaryNames
    this.dictionaryNames = []
    if (!names.includes('ObjStm')) return
    this.objectStreams.push({ dataStart: this.offset + relativeIndex, filters: names.filter((name) => name === 'FlateDecode' || name === 'Fl' || OTHER_FILTERS.has(name)) })
  }
}

async function scanFile(path: string, scanner: PdfNameScanner) {
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) scanner.update(chunk as Buffer)
  scanner.finish()
}

/** Inflates one object stream from its data start and scans what comes out, within the limits. */
async function scanObjectStream(path: string, objectStream: TObjectStream, scanner: PdfNameScanner, budget: { bytes: number }) {
  let inflated = 0
  const source = createReadStream(path, { start: objectStream.dataStart, highWaterMark: 64 * 1024 })
  const inflate = createInflate()
  try {
    await pipeline(
      source,
      inflate,
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          inflated += chunk.length
          budget.bytes -= chunk.length
          if (inflated > OBJECT_STREAM_LIMITS.eachBytes || budget.bytes < 0) return done(new Error('an object stream inflates beyond the limit'))
          scanner.update(chunk)
          done()
        },
      }),
    )
  } catch (error) {
    // zlib stops at the end of its own data; the rest of the file after it is not part of the stream.
    if (!inflate.writableEnded && (error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error
  } finally {
    source.destroy()
  }
  scanner.finish()
}

/** Resolves when the PDF at `path` carries none of the refused content; PdfActiveContentError names what it found. */
export async function checkPdfActiveContent(path: string): Promise<void> {
  const scanner = new PdfNameScanner()
  await scanFile(path, scanner)
  refuseFound(scanner.found)
  if (scanner.objectStreams.length > OBJECT_STREAM_LIMITS.count) throw unchecked('it has too many object streams')
  const inner = new PdfNameScanner()
  const budget = { bytes: OBJECT_STREAM_LIMITS.totalBytes }
  for (const objectStream of scanner.objectStreams) {
    // Without a filter the object stream's bytes were read above, as they are in the file.
    if (objectStream.filters.length === 0) continue
    if (scanner.found.has('Encrypt')) throw new PdfActiveContentError('pdf_encrypted', `The PDF is encrypted, so what it contains cannot be checked; ${REPRINT}`)
    if (objectStream.filters.some((filter) => OTHER_FILTERS.has(filter))) throw unchecked(`an object stream uses the ${objectStream.filters.join(' and ')} filter`)
    try {
      await scanObjectStream(path, objectStream, inner, budget)
    } catch (error) {
      throw unchecked(`an object stream cannot be read: ${(error as Error).message}`)
    }
    refuseFound(inner.found)
  }
}

function unchecked(why: string) {
  return new PdfActiveContentError('pdf_unchecked', `Part of the PDF cannot be read to check it for scripts (${why}); ${REPRINT}`)
}

function refuseFound(found: ReadonlySet<string>) {
  if (found.has('JavaScript') || found.has('JS')) {
    const named = ['OpenAction', 'JavaScript', 'JS'].filter((name) => found.has(name)).map((name) => `/${name}`)
    const when = found.has('OpenAction') ? ', which may run as soon as it is opened' : ''
    throw new PdfActiveContentError('pdf_javascript', `The PDF contains JavaScript (${named.join(', ')})${when}; PDFs with scripts are not accepted: ${REPRINT}`)
  }
  if (found.has('Launch')) throw new PdfActiveContentError('pdf_launch_action', `The PDF contains a launch action (/Launch), which can start another program; ${REPRINT}`)
  if (found.has('XFA')) throw new PdfActiveContentError('pdf_xfa_form', `The PDF is an XFA form (/XFA), which can run scripts; ${REPRINT}`)
  if (found.has('EmbeddedFile') || found.has('EmbeddedFiles')) {
    throw new PdfActiveContentError('pdf_embedded_file', 'The PDF has other files embedded in it (/EmbeddedFile); upload each file on its own, and the PDF printed to a new PDF without them')
  }
}
