import { getEnv } from '#app/utils/env.server'
import { Agreement, historyEntry, type TAgreement } from '#models/agreement'
import { findTransition } from '#models/agreement-lifecycle'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { SigningRequest, type TSigningRequest } from '#models/signing-request'
import type { DocumentBlock } from '#clauses/document-model'
import type { CertificateEntry } from '#templates/render/pdf'
import { agreementDocument, agreementPdf, keepSigningFile, readSigningFile, sha256Hex } from './agreement-files.server'
import { loadSealKey, type SealKey } from './seal-key.server'
import { sealPdf } from './seal-pdf.server'

/** The PNG of every drawn signature, by signature slot. */
async function drawnSignatures(request: TSigningRequest) {
  const drawings = new Map<string, Uint8Array>()
  for (const signatory of request.signatories) {
    const storeKey = signatory.signature?.drawnStoreKey
    if (storeKey) drawings.set(signatory.slotId, await readSigningFile(storeKey))
  }
  return drawings
}

/** What the certificate page says of the seal: a demo seal is named as one, since it proves nothing about who sealed. */
function sealDescription(key: SealKey) {
  if (key.source === 'configured') return 'Signed by every party; sealed with the system’s PDF signature'
  return 'Signed by every party; sealed with the DEMO seal, a self-signed certificate for trying the service: it does not show which organisation sealed this document'
}

/** After the last signature: every signature goes into its block, the certificate page lists every
 * step, and the PDF is sealed once (a seal per signer would show the earlier ones as broken). */
export async function completeSigning({ agreement, request }: { agreement: TAgreement; request: TSigningRequest }) {
  const transition = findTransition('out_for_signature', 'active')
  if (transition?.by !== 'system') throw new Error('The lifecycle no longer lets the signing flow make an agreement active')
  const completedAt = new Date()
  const document = await agreementDocument({ ...agreement, status: 'active' })
  const drawings = await drawnSignatures(request)
  const signedBlocks = document.blocks.map((block): DocumentBlock => {
    if (block.type !== 'signatures') return block
    return {
      ...block,
      signatories: block.signatories.map((slot) => {
        const signature = request.signatories.find((signatory) => signatory.slotId === slot.id)?.signature
        if (!signature) return slot
        const drawnPng = drawings.get(slot.id)
        return { ...slot, name: signature.name, signed: { name: signature.name, title: signature.title, signedAt: signature.at.toISOString(), ...(drawnPng ? { drawnPng } : {}) } }
      }),
    }
  })
  const env = getEnv()
  const key = await loadSealKey({ dataDir: env.DATA_DIR, env: process.env })
  const certificate: CertificateEntry[] = [
    ...request.steps.map((step) => ({ at: step.at.toISOString(), event: step.event, actor: step.actor, details: step.details, ...(step.documentSha256 ? { documentSha256: step.documentSha256 } : {}) })),
    { at: completedAt.toISOString(), event: 'Completed', actor: 'SLA Register', details: [sealDescription(key)] },
  ]
  const pdf = await agreementPdf({ ...document, blocks: signedBlocks }, certificate)
  const sealed = await sealPdf(pdf, { key, reason: `Signed by every party: ${agreement.reference} version ${agreement.version}`, signerName: 'SLA Register', signingTime: completedAt })
  const signedSha256 = sha256Hex(sealed)
  const signedStoreKey = await keepSigningFile(sealed)

  // The request completed, the agreement active and the audit event: all or nothing, so a failure
  // part-way cannot leave a completed request beside an agreement still out for signature. A sealed
  // PDF no record names is left to the file store's sweep.
  const summary = `Signed by every party; sealed PDF SHA-256 ${signedSha256}`
  const completed = await inTransaction(async (session) => {
    const completedRequest = await SigningRequest.findOneAndUpdate(
      { _id: request._id, status: 'in_progress' },
      { $set: { status: 'completed', signedStoreKey, signedSha256, completedAt }, $push: { steps: { at: completedAt, event: 'Completed', actor: 'SLA Register', details: [], documentSha256: signedSha256 } } },
      { returnDocument: 'after', session },
    ).lean()
    if (!completedRequest) return null
    await Agreement.updateOne(
      { _id: agreement._id, status: 'out_for_signature' },
      { $set: { status: 'active' }, $push: { history: historyEntry(null, 'agreement.active', summary, { fromStatus: 'out_for_signature', toStatus: 'active' }) } },
      { session },
    )
    await recordAuditEvent({
      actor: null,
      organisationId: String(agreement.authority),
      authorityId: String(agreement.authority),
      action: 'agreement.active',
      subject: { type: 'Agreement', id: String(agreement._id) },
      summary: `${agreement.reference}: ${summary}`,
      session,
    })
    return completedRequest
  })
  if (completed) return completed
  // Completed meanwhile by another request for the last signature: its sealed PDF is the one kept.
  return (await SigningRequest.findById(request._id).lean()) ?? request
}
