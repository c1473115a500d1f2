// What an uploaded evidence file really is, from its bytes, not its name. Accepted: PDF, DOCX,
// XLSX, CSV, PNG and JPEG. `file-type` reads the magic bytes and, for zip containers, the OOXML
// [Content_Types].xml (reading at most 1 MB of any entry, so a zip bomb is never inflated); a CSV
// has no magic bytes, so it must be UTF-8 text with no control characters.

export const EVIDENCE_MAX_BYTES = 25 * 1024 * 1024

export type TEvidenceKind = 'pdf' | 'docx' | 'xlsx' | 'csv' | 'png' | 'jpg'

export const EVIDENCE_TYPES: Record<TEvidenceKind, { mime: string; extensions: string[]; label: string }> = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], label: 'Word document (DOCX)' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], label: 'Excel spreadsheet (XLSX)' },
  csv: { mime: 'text/csv', extensions: ['csv'], label: 'CSV file' },
  png: { mime: 'image/png', extensions: ['png'], label: 'PNG image' },
  jpg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG image' },
}

export const ACCEPTED_EXTENSIONS = Object.values(EVIDENCE_TYPES).flatMap((type) => type.extensions.map((extension) => `.${extension}`))

export const REJECTION_REASONS = [
  'empty',
  'too_large',
  'bad_name',
  'extension_not_accepted',
  'archive',
  'executable',
  'markup',
  'csv_not_text',
  'type_mismatch',
  'not_recognised',
  'trailing_data',
  'zip_bomb',
  'pdf_javascript',
  'pdf_launch_action',
  'pdf_embedded_file',
  'pdf_xfa_form',
  'pdf_encrypted',
  'pdf_unchecked',
  'more_than_one_file',
] as const
export type TRejectionReason = (typeof REJECTION_REASONS)[number]

export class EvidenceRejection extends Error {
  constructor(
    readonly reason: TRejectionReason,
    message: string,
  ) {
    super(message)
    this.name = 'EvidenceRejection'
  }
}

const ARCHIVES = new Set(['zip', 'gz', 'tar', 'rar', '7z', 'bz2', 'xz', 'zst', 'lz', 'lzh', 'cab', 'arj', 'Z', 'cpio', 'ar', 'rpm', 'deb', 'jar', 'xpi', 'apk', 'dmg', 'iso', 'epub', 'odt', 'ods', 'odp', 'docm', 'xlsm', 'pptx', 'pptm', 'dotx', 'xltx', 'potx', '3mf', 'crx'])
const EXECUTABLES = new Set(['exe', 'elf', 'macho', 'dll', 'msi', 'class', 'wasm', 'dex', 'swf', 'lnk', 'cfb', 'pyc'])
const MARKUP = new Set(['xml', 'html', 'svg'])

// The Unicode control (Cc) and format (Cf) characters: NUL, newlines, escapes, and the
// right-to-left override that makes "invoice\u202Efdp.exe" look like "invoiceexe.pdf".
const CONTROL_CHARACTERS = /[\p{Cc}\p{Cf}]/u

/** Refuses names that could escape a folder, hide their real extension or break a header. */
export function checkFileName(name: string): { extension: string; kind: TEvidenceKind } {
  const reject = (message: string): never => {
    throw new EvidenceRejection('bad_name', message)
  }
  if (!name.trim()) reject('The file has no name')
  if (name.length > 200) reject('The file name is longer than 200 characters')
  if (CONTROL_CHARACTERS.test(name)) reject('The file name contains control characters')
  if (/[/\\]/.test(name) || name === '.' || name === '..' || name.includes(':')) reject('The file name contains a folder path; give just the file name')
  const dot = name.lastIndexOf('.')
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
  const kind = (Object.keys(EVIDENCE_TYPES) as TEvidenceKind[]).find((candidate) => EVIDENCE_TYPES[candidate].extensions.includes(extension))
  if (!kind) {
    throw new EvidenceRejection('extension_not_accepted', `Files ending ${extension ? `.${extension}` : 'without an extension'} are not accepted; upload a PDF, DOCX, XLSX, CSV, PNG or JPEG`)
  }
  return { extension, kind }
}

/** Tracks, chunk by chunk, whether a file is UTF-8 text without control characters (tab, CR, LF allowed). */
export class TextCheck {
  private decoder = new TextDecoder('utf-8', { fatal: true })
  isText = true

  update(chunk: Uint8Array) {
    if (!this.isText) return
    try {
      const text = this.decoder.decode(chunk, { stream: true })
      if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)) this.isText = false
    } catch {
      this.isText = false
    }
  }

  finish() {
    if (!this.isText) return false
    try {
      this.decoder.decode()
    } catch {
      this.isText = false
    }
    return this.isText
  }
}

export type TSniffInput = {
  /** What file-type found in the bytes, if anything. */
  detected: { ext: string; mime: string } | undefined
  /** The file's first bytes (up to 4 KB) and last bytes (up to 1 KB). */
  head: Uint8Array
  tail: Uint8Array
  size: number
  isText: boolean
  /** From the file name, already checked by `checkFileName`. */
  claimed: TEvidenceKind
}

/** The accepted kind of a fully received file, or an `EvidenceRejection` saying why not. */
export function classifyEvidence({ detected, head, tail, size, isText, claimed }: TSniffInput): TEvidenceKind {
  if (size === 0) throw new EvidenceRejection('empty', 'The file is empty')
  const start = new TextDecoder('latin1').decode(head.subarray(0, 512))
  if (start.startsWith('#!')) throw new EvidenceRejection('executable', 'The file is a script (it starts with #!); scripts are not accepted')
  if (start.startsWith('MZ') || start.startsWith('\u007fELF')) throw new EvidenceRejection('executable', 'The file is a program; executable files are not accepted')
  const actual = detected ? kindOfDetected(detected.ext) : textKind(start, isText)
  if (actual !== claimed) {
    throw new EvidenceRejection('type_mismatch', `The file is named as a ${EVIDENCE_TYPES[claimed].label} but its contents are a ${EVIDENCE_TYPES[actual].label}; rename it to .${EVIDENCE_TYPES[actual].extensions[0]} if that is right`)
  }
  checkEnding(actual, tail)
  return actual
}

function kindOfDetected(ext: string): TEvidenceKind {
  if (ext === 'pdf' || ext === 'docx' || ext === 'xlsx' || ext === 'png' || ext === 'jpg') return ext
  if (EXECUTABLES.has(ext)) throw new EvidenceRejection('executable', `The file is a program (${ext}); executable files are not accepted`)
  if (ARCHIVES.has(ext)) throw new EvidenceRejection('archive', `The file is an archive or other container (${ext}), not a DOCX or XLSX document; archives are not accepted`)
  if (MARKUP.has(ext)) throw new EvidenceRejection('markup', 'HTML, SVG and XML files are not accepted; save the page as a PDF')
  throw new EvidenceRejection('not_recognised', `The file is a ${ext} file; upload a PDF, DOCX, XLSX, CSV, PNG or JPEG`)
}

/** A file without magic bytes: markup is refused, plain UTF-8 text may be a CSV. */
function textKind(start: string, isText: boolean): TEvidenceKind {
  const trimmed = start.replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart().toLowerCase()
  if (/^<(!doctype|html|svg|\?xml|script|head|body|iframe|!--)/.test(trimmed)) {
    throw new EvidenceRejection('markup', 'HTML, SVG and XML files are not accepted; save the page as a PDF')
  }
  if (!isText) throw new EvidenceRejection('csv_not_text', 'The file is not plain text, so it is not a CSV, and it is not a recognised PDF, DOCX, XLSX, PNG or JPEG')
  return 'csv'
}

// A file with something after its end marker is a polyglot (a JPEG, PNG or PDF with a zip or
// script appended); it is refused whole.
const PNG_END = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]

function checkEnding(kind: TEvidenceKind, tail: Uint8Array) {
  // A PDF ends with %%EOF (and perhaps a line end); HTML or an archive after it is a polyglot.
  if (kind === 'pdf' && !/%%EOF\s*$/.test(new TextDecoder('latin1').decode(tail))) {
    throw new EvidenceRejection('trailing_data', 'The PDF has extra data after its end; save it as a PDF again and upload it')
  }
  if (kind === 'png' && !endsWith(tail, PNG_END)) {
    throw new EvidenceRejection('trailing_data', 'The PNG image has extra data after its end; save the image again and upload it')
  }
  if (kind === 'jpg') {
    let end = tail.length
    // Some cameras pad a JPEG with zero bytes after its end marker.
    while (end > 0 && tail[end - 1] === 0) end--
    if (!endsWith(tail.subarray(0, end), [0xff, 0xd9])) {
      throw new EvidenceRejection('trailing_data', 'The JPEG image has extra data after its end; save the image again and upload it')
    }
  }
}

function endsWith(bytes: Uint8Array, ending: number[]): boolean {
  if (bytes.length < ending.length) return false
  return ending.every((byte, index) => bytes[bytes.length - ending.length + index] === byte)
}
