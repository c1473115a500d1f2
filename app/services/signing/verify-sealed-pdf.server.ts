// Checks a PDF the way pdfsig does, without poppler: is it sealed, does the signature cover the
// whole file, does the PKCS#7 signature verify, and was it this system's seal certificate.
import { createHash } from 'node:crypto'
import { certificateSha256, DEMO_SEAL_SUBJECT, type SealKey } from './seal-key.server'
import { findLastSignature, signedBytes, type SignatureDictionary } from './pdf-signature-dictionary.server'
import { readSignedData, type SignedData } from './pkcs7-signed-data.server'

export interface SealVerification {
  sealed: boolean
  /** The signature verifies and covers every byte of the file except itself. */
  intact: boolean
  signedBySystem: boolean
  /** Sealed with a self-signed demo certificate: proves nothing about who sealed it. */
  demoSeal: boolean
  signerName?: string
  signedAt?: string
  reason?: string
  /** SHA-256 of the file as given. */
  documentSha256: string
  /** SHA-256 of the bytes the signature covers. */
  signedContentSha256?: string
  problems: string[]
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

function byteRangeProblems(dictionary: SignatureDictionary, fileLength: number): string[] {
  const [start, firstLength, secondStart, secondLength] = dictionary.byteRange
  const problems: string[] = []
  if (start !== 0) problems.push('The signed byte range does not start at the beginning of the file.')
  if (firstLength !== dictionary.contentsOffset || secondStart !== firstLength + dictionary.contentsLength) problems.push('The signed byte range leaves out more than the signature itself.')
  if (secondStart + secondLength < fileLength) problems.push('Bytes were added to the file after it was sealed.')
  if (secondStart + secondLength > fileLength) problems.push('The file is shorter than the signed byte range: it was truncated.')
  return problems
}

function signatureProblems(signedData: SignedData, content: Uint8Array): string[] {
  const problems: string[] = []
  const contentDigest = createHash(signedData.digestAlgorithm).update(content).digest('hex')
  if (contentDigest !== signedData.messageDigest) problems.push('The document has been changed since it was sealed: its digest does not match the signed digest.')
  if (!signedData.signatureValid) problems.push('The signature over the signed attributes does not verify with the certificate’s public key.')
  return problems
}

export interface VerifySealedPdfOptions {
  /** This system's seal key, to recognise its own certificate. */
  key?: SealKey
}

export function verifySealedPdf(pdf: Uint8Array, { key }: VerifySealedPdfOptions = {}): SealVerification {
  const documentSha256 = sha256(pdf)
  const dictionary = findLastSignature(pdf)
  if (!dictionary) return { sealed: false, intact: false, signedBySystem: false, demoSeal: false, documentSha256, problems: ['The PDF carries no digital signature.'] }

  const content = signedBytes(pdf, dictionary.byteRange)
  const base = { sealed: true, documentSha256, signedContentSha256: sha256(content), reason: dictionary.reason }
  let signedData: SignedData
  try {
    signedData = readSignedData(dictionary.contents)
  } catch (error) {
    const problems = [`The signature cannot be read: ${(error as Error).message}`]
    return { ...base, intact: false, signedBySystem: false, demoSeal: false, signerName: dictionary.name, problems }
  }
  const problems = [...byteRangeProblems(dictionary, pdf.length), ...signatureProblems(signedData, content)]
  const signedBySystem = Boolean(key) && certificateSha256(signedData.certificate) === key?.certificateSha256
  const commonName = signedData.certificate.subject.getField('CN')?.value as string | undefined
  return {
    ...base,
    intact: problems.length === 0,
    signedBySystem,
    demoSeal: commonName === DEMO_SEAL_SUBJECT,
    signerName: dictionary.name ?? commonName,
    signedAt: signedData.signingTime?.toISOString(),
    problems,
  }
}

