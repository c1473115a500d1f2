// Finds the last signature dictionary in a PDF's raw bytes. A sealed PDF is checked byte for byte,
// so this reads the file as written rather than through a PDF parser that would repair it.

export interface SignatureDictionary {
  byteRange: [number, number, number, number]
  /** The DER-encoded PKCS#7 signature, followed by the placeholder's zero padding. */
  contents: Uint8Array
  /** Where "<" of the /Contents hex string sits in the file. */
  contentsOffset: number
  /** Length of the /Contents hex string including its angle brackets. */
  contentsLength: number
  name?: string
  reason?: string
}

const byteRangePattern = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g

function decodeHexString(hex: string): string {
  const bytes = Buffer.from(hex.replace(/\s/g, ''), 'hex')
  const isUtf16 = bytes[0] === 0xfe && bytes[1] === 0xff
  return isUtf16 ? Buffer.from(bytes.subarray(2)).swap16().toString('utf16le') : bytes.toString('latin1')
}

function decodeLiteralString(literal: string): string {
  return literal.replace(/\\([0-7]{1,3}|.)/g, (_, escaped: string) => {
    if (/^[0-7]+$/.test(escaped)) return String.fromCharCode(parseInt(escaped, 8))
    return ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[escaped] ?? escaped
  })
}

function stringEntry(dictionary: string, key: string): string | undefined {
  const match = new RegExp(`/${key}\\s*(?:\\(((?:\\\\.|[^\\\\)])*)\\)|<([0-9A-Fa-f\\s]*)>)`).exec(dictionary)
  if (!match) return undefined
  return match[1] !== undefined ? decodeLiteralString(match[1]) : decodeHexString(match[2])
}

export function findLastSignature(pdf: Uint8Array): SignatureDictionary | undefined {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1')
  const last = [...text.matchAll(byteRangePattern)].at(-1)
  if (!last || last.index === undefined) return undefined
  const objectStart = Math.max(0, text.lastIndexOf(' obj', last.index))
  const objectEnd = text.indexOf('endobj', last.index)
  const dictionary = text.slice(objectStart, objectEnd === -1 ? text.length : objectEnd)
  const contents = /\/Contents\s*<([0-9A-Fa-f]*)>/.exec(dictionary)
  if (!contents) return undefined
  const hex = contents[1]
  const contentsOffset = objectStart + contents.index + contents[0].indexOf('<')
  return {
    byteRange: [Number(last[1]), Number(last[2]), Number(last[3]), Number(last[4])],
    contents: new Uint8Array(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex')),
    contentsOffset,
    contentsLength: contents[1].length + 2,
    name: stringEntry(dictionary, 'Name'),
    reason: stringEntry(dictionary, 'Reason'),
  }
}

/** The bytes the signature covers: everything before and after the /Contents hex string. */
export function signedBytes(pdf: Uint8Array, [start, firstLength, secondStart, secondLength]: SignatureDictionary['byteRange']): Uint8Array {
  const first = pdf.subarray(start, start + firstLength)
  const second = pdf.subarray(secondStart, secondStart + secondLength)
  const joined = new Uint8Array(first.length + second.length)
  joined.set(first)
  joined.set(second, first.length)
  return joined
}
