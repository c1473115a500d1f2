// Seals a completed agreement once, after the last signature (DESIGN.md: a signature per signer
// makes viewers show the earlier ones as invalid). See docs/decisions/003-document-seal.md.
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib'
import { P12Signer } from '@signpdf/signer-p12'
import { SignPdf } from '@signpdf/signpdf'
import { PDFDocument } from 'pdf-lib'
import type { SealKey } from './seal-key.server'

export interface SealPdfOptions {
  key: SealKey
  reason: string
  signerName: string
  location?: string
  contactInfo?: string
  /** Defaults to now; recorded in the signature dictionary and the signed attributes. */
  signingTime?: Date
}

/** PKCS#7 detached signature over the whole file except the signature itself (PAdES basic). */
export async function sealPdf(pdf: Uint8Array, { key, reason, signerName, location = '', contactInfo = '', signingTime = new Date() }: SealPdfOptions): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false })
  pdflibAddPlaceholder({
    pdfDoc: document,
    reason,
    name: signerName,
    location,
    contactInfo,
    signingTime,
    subFilter: 'adbe.pkcs7.detached',
  })
  // The placeholder's byte offsets must be findable in the plain file, so no object streams.
  const prepared = await document.save({ useObjectStreams: false })
  const signer = new P12Signer(Buffer.from(key.p12), { passphrase: key.passphrase })
  const sealed = await new SignPdf().sign(Buffer.from(prepared), signer, signingTime)
  return new Uint8Array(sealed)
}
