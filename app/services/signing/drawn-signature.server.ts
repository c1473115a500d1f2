// A drawn signature arrives as the canvas's PNG data URL. It is checked strictly before anything is
// stored: a PNG the renderer cannot embed would otherwise only fail when the last party signs.
import { inflateSync } from 'node:zlib'
import { PngEmbedder } from 'pdf-lib'
import { z } from 'zod'
import { AppError } from '#app/utils/app-error'

const MAX_DRAWN_SIGNATURE_BYTES = 200 * 1024
/** Far larger than the signing canvas (600 by 200), small enough that decoding stays cheap. */
const MAX_SIDE_PIXELS = 2000
const DATA_URL_PREFIX = 'data:image/png;base64,'
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

const NOT_A_PNG = 'Your drawn signature is not a PNG image: select Clear and draw it again'
const TOO_LARGE = 'Your drawn signature is larger than 200 KB: select Clear and draw it again'
const MISSING = 'Draw your signature in the box, or choose “Type your name”'

/** The data URL as PNG bytes: the right prefix, valid base64, at most 200 KB, starting with the PNG signature. */
export const ZDrawnSignature = z
  .string({ error: MISSING })
  .trim()
  .min(1, MISSING)
  .max(DATA_URL_PREFIX.length + Math.ceil(MAX_DRAWN_SIGNATURE_BYTES / 3) * 4, TOO_LARGE)
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/, NOT_A_PNG)
  .transform((dataUrl) => Buffer.from(dataUrl.slice(DATA_URL_PREFIX.length), 'base64'))
  .refine((bytes) => bytes.length <= MAX_DRAWN_SIGNATURE_BYTES, TOO_LARGE)
  .refine((bytes) => bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE), NOT_A_PNG)

type TPngHeader = { width: number; height: number; bitDepth: number; colourType: number; interlaced: boolean }

/** PNG colour types 4 (grey + alpha) and 6 (RGBA) carry an alpha channel; channels per pixel by type. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }

function readPng(bytes: Buffer): { header: TPngHeader; imageData: Buffer } | null {
  let offset = PNG_SIGNATURE.length
  let header: TPngHeader | null = null
  const idat: Buffer[] = []
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset)
    const type = bytes.toString('latin1', offset + 4, offset + 8)
    const data = bytes.subarray(offset + 8, offset + 8 + length)
    if (data.length !== length) return null
    if (type === 'IHDR') header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), bitDepth: data[8], colourType: data[9], interlaced: data[12] === 1 }
    if (type === 'IDAT') idat.push(data)
    if (type === 'IEND') break
    offset += 12 + length
  }
  if (!header || idat.length === 0) return null
  try {
    return { header, imageData: inflateSync(Buffer.concat(idat)) }
  } catch {
    return null
  }
}

/**
 * True when every pixel is fully transparent black, as an untouched canvas is. Every PNG row filter
 * predicts zero from zeros, so an all-zero image has all-zero filtered bytes and the other way round:
 * no need to undo the filters. Only for non-interlaced images with an alpha channel.
 */
function isBlank({ header, imageData }: { header: TPngHeader; imageData: Buffer }) {
  const channels = CHANNELS[header.colourType]
  if (header.interlaced || (header.colourType !== 4 && header.colourType !== 6) || !channels) return false
  const rowBytes = Math.ceil((header.width * channels * header.bitDepth) / 8)
  for (let row = 0; row < header.height; row += 1) {
    const start = row * (rowBytes + 1) + 1
    if (imageData.subarray(start, start + rowBytes).some((byte) => byte !== 0)) return false
  }
  return true
}

function invalid(message: string) {
  return new AppError('validation', { message, details: { fields: { drawnSignature: message } } })
}

/** Checks that the PNG decodes as the renderer will decode it, is a sensible size and is not blank. */
export async function checkDrawnSignature(bytes: Buffer) {
  const png = readPng(bytes)
  if (!png) throw invalid(NOT_A_PNG)
  const { width, height } = png.header
  if (width === 0 || height === 0 || width > MAX_SIDE_PIXELS || height > MAX_SIDE_PIXELS) throw invalid(`Your drawn signature must be at most ${MAX_SIDE_PIXELS} pixels wide and high: select Clear and draw it again`)
  try {
    await PngEmbedder.for(bytes)
  } catch {
    throw invalid(NOT_A_PNG)
  }
  if (isBlank(png)) throw invalid('Your drawn signature is empty: draw it in the box, or choose “Type your name”')
  return bytes
}
