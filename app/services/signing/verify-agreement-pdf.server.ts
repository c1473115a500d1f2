import { getEnv } from '#app/utils/env.server'
import { SigningRequest } from '#models/signing-request'
import { sha256Hex } from './agreement-files.server'
import { loadSealKey } from './seal-key.server'
import { verifySealedPdf, type SealVerification } from './verify-sealed-pdf.server'

export type TAgreementPdfVerification = SealVerification & {
  /** The signed PDF this system stored with exactly these bytes, if any. */
  agreement: { reference: string; version: number; completedAt: string | null; signatures: { name: string; title: string; organisation: string; signedAt: string }[] } | null
}

/** The largest PDF the public verify page and `POST /api/v1/verify` take: a signed agreement is far smaller. */
export const MAX_VERIFY_PDF_BYTES = 25 * 1024 * 1024

/** Anyone holding a PDF can check it: is it this system's seal, unchanged, and which agreement. */
export async function verifyAgreementPdf(pdf: Uint8Array): Promise<TAgreementPdfVerification> {
  const env = getEnv()
  const key = await loadSealKey({ dataDir: env.DATA_DIR, env: process.env })
  const seal = verifySealedPdf(pdf, { key })
  const stored = await SigningRequest.findOne({ signedSha256: sha256Hex(pdf), status: 'completed' }).lean()
  if (!stored) return { ...seal, agreement: null }
  return {
    ...seal,
    agreement: {
      reference: stored.reference,
      version: stored.version,
      completedAt: stored.completedAt?.toISOString() ?? null,
      signatures: stored.signatories.flatMap((signatory) =>
        signatory.signature ? [{ name: signatory.signature.name, title: signatory.signature.title, organisation: signatory.organisationName, method: signatory.signature.method, signedAt: signatory.signature.at.toISOString() }] : [],
      ),
    },
  }
}
