import { z } from 'zod'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { parseWith } from '#app/utils/validation'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { type TAgreement } from '#models/agreement'
import { SigningRequest, type TSignatory, type TSigningRequest } from '#models/signing-request'
import { keepSigningFile, sha256Hex } from './agreement-files.server'
import { completeSigning } from './complete-signing.server'
import { checkDrawnSignature, ZDrawnSignature } from './drawn-signature.server'
import { findOpenSigningRequest } from './find-signing-request.server'
import { findSigningLink } from './find-signing-link.server'
import { finishSigning } from './finish-signing.server'
import { everyPartySigned, maySignFor, signatoriesDue } from './signatory-access.server'

const SHA256_HEX = /^[0-9a-f]{64}$/
const ZTitle = z.string({ error: 'Enter your job title' }).trim().min(2, 'Enter your job title').max(200)

/** A typed name, or a drawing as well. Without JavaScript the form has no method field: a typed name. */
const ZMethod = z.discriminatedUnion(
  'method',
  [z.object({ method: z.literal('typed').default('typed') }), z.object({ method: z.literal('drawn'), drawnSignature: ZDrawnSignature })],
  { error: 'Choose whether to type your name or draw your signature' },
)

const ZSignForm = z.intersection(
  z.object({
    consent: z.literal(['on', 'true', true], { error: 'Confirm that you agree to sign electronically' }),
    name: z.string({ error: 'Type your full name to sign' }).trim().min(2, 'Type your full name to sign').max(200),
    title: ZTitle,
    /** The SHA-256 of the PDF the signatory reviewed: a stale page cannot sign a different document. */
    documentSha256: z.string().regex(SHA256_HEX, 'The document to sign is missing; reload the page'),
  }),
  ZMethod,
)

/** `POST /api/v1/agreements/:id/signatures`; without `documentSha256` the API user signs the PDF out for signature now. */
const ZApiSignBody = z.intersection(
  z.object({
    consent: z.literal(true, { error: 'Send "consent": true to agree to sign electronically' }),
    fullName: z.string({ error: 'Send your full name as "fullName"' }).trim().min(2, 'Send your full name as "fullName"').max(200),
    title: ZTitle,
    documentSha256: z.string().regex(SHA256_HEX, 'documentSha256 must be the SHA-256 (64 hex digits) of the PDF you reviewed').optional(),
  }),
  ZMethod,
)

/** The signature as entered, whichever way it came in. */
type TSignatureInput = { name: string; title: string; documentSha256: string | null; drawnPng: Buffer | null }

async function signatureInput(parsed: z.output<typeof ZMethod> & { name: string; title: string; documentSha256?: string }): Promise<TSignatureInput> {
  const drawnPng = parsed.method === 'drawn' ? await checkDrawnSignature(parsed.drawnSignature) : null
  return { name: parsed.name, title: parsed.title, documentSha256: parsed.documentSha256 ?? null, drawnPng }
}

/** A signed-in signatory (actor and agreement), or one without an account holding a signing link. */
type TSigner = { actor: TActor; agreementId: string } | { signingLinkToken: string }

type TClient = {
  /** Evidence for the signature certificate. */
  client: { ip: string; userAgent: string }
}

export type TSignAgreementOptions = TSigner & TClient & { input: unknown }

/** A signatory signs by typed name or drawn signature, in turn; the last signature completes and seals the agreement. */
export async function signAgreement(options: TSignAgreementOptions) {
  // Validate the form before looking anything up, so a mistake in it is reported first.
  const signature = await signatureInput(parseWith(ZSignForm, options.input))
  if ('signingLinkToken' in options) {
    const { agreement, request, signatory, link } = await findSigningLink({ token: options.signingLinkToken })
    return recordSignature({ client: options.client, signature, actor: null, agreement, request, signatory, linkTokenHash: link.tokenHash, linkEmail: link.email, via: `a signing link sent to ${link.email}` })
  }
  return signAsActor({ ...options, signature, via: null })
}

/** The API token's user signs: `{consent: true, method: 'typed' | 'drawn', fullName, title, drawnSignature?, documentSha256?}`. */
export async function signAgreementThroughApi({ actor, agreementId, input, client }: { actor: TActor; agreementId: string; input: unknown } & TClient) {
  const { fullName, ...parsed } = parseWith(ZApiSignBody, input)
  const signature = await signatureInput({ ...parsed, name: fullName })
  return signAsActor({ actor, agreementId, client, signature, via: 'the API with an API token' })
}

async function signAsActor({ actor, agreementId, client, signature, via }: { actor: TActor; agreementId: string; signature: TSignatureInput; via: string | null } & TClient) {
  const { agreement, request } = await findOpenSigningRequest({ actor, agreementId })
  // Every party has signed but the completion failed part-way: signing again finishes it.
  if (everyPartySigned(request)) return finishSigning({ actor, agreementId })
  const mine = request.signatories.filter((signatory) => signatory.status === 'waiting' && maySignFor(actor, agreement, signatory))
  if (mine.length === 0) throw new AppError('forbidden', { message: 'You are not a signatory still to sign this agreement' })
  const due = new Set(signatoriesDue(request).map((signatory) => signatory.slotId))
  const signatory = mine.find((candidate) => due.has(candidate.slotId))
  if (!signatory) throw new AppError('conflict', { message: 'It is not your turn to sign yet: the signatories before you must sign first' })
  return recordSignature({ client, signature, actor, agreement, request, signatory, linkTokenHash: null, linkEmail: null, via })
}

type TRecordSignatureOptions = TClient & {
  signature: TSignatureInput
  actor: TActor | null
  agreement: TAgreement
  request: TSigningRequest
  signatory: TSignatory
  /** Set when signing through a link: the link must still be unused, and is marked used with the signature. */
  linkTokenHash: string | null
  /** Where the link was sent: with the typed name, who the audit trail says signed. */
  linkEmail: string | null
  via: string | null
}

/** Keeps a drawn signature's PNG in the file store, for the sealed PDF and as evidence. */
async function storeDrawing(png: Buffer) {
  return { drawnStoreKey: await keepSigningFile(png), drawnSha256: sha256Hex(png) }
}

async function recordSignature({ actor, agreement, request, signatory, linkTokenHash, linkEmail, via, signature: input, client }: TRecordSignatureOptions) {
  const { name, title } = input
  const documentSha256 = input.documentSha256 ?? request.documentSha256
  if (documentSha256 !== request.documentSha256) throw new AppError('conflict', { message: 'The document has changed since you opened it; reload the page and review it again' })

  const slot = request.signatories.indexOf(signatory)
  const at = new Date()
  const drawing = input.drawnPng ? await storeDrawing(input.drawnPng) : null
  const signature = {
    user: actor?.id ?? null,
    name,
    title,
    organisationName: signatory.organisationName,
    at,
    ip: client.ip,
    userAgent: client.userAgent,
    method: drawing ? ('drawn' as const) : ('typed' as const),
    drawnStoreKey: drawing?.drawnStoreKey ?? null,
    drawnSha256: drawing?.drawnSha256 ?? null,
    documentSha256,
  }
  const how = drawing ? `signed with a drawn signature (PNG SHA-256 ${drawing.drawnSha256})` : 'signed with a typed name'
  const step = {
    at,
    event: 'Signed',
    actor: `${name}, ${title}, ${signatory.organisationName}`,
    details: [`Signed for the ${signatory.party} as ${signatory.role}`, `Consented to sign electronically; ${how}`, ...(via ? [`Signed through ${via}`] : []), `IP address: ${client.ip || 'unknown'}`, `User agent: ${client.userAgent || 'unknown'}`],
    documentSha256,
  }
  // The waiting status in the filter makes a double submission fail instead of signing twice.
  const linkFilter = linkTokenHash ? { [`signatories.${slot}.link.tokenHash`]: linkTokenHash, [`signatories.${slot}.link.usedAt`]: null } : {}
  const linkUsed = linkTokenHash ? { [`signatories.${slot}.link.usedAt`]: at } : {}
  // The signature and its audit event are saved together or not at all.
  const updated = await inTransaction(async (session) => {
    const signed = await SigningRequest.findOneAndUpdate(
      { _id: request._id, status: 'in_progress', [`signatories.${slot}.slotId`]: signatory.slotId, [`signatories.${slot}.status`]: 'waiting', ...linkFilter },
      { $set: { [`signatories.${slot}.status`]: 'signed', [`signatories.${slot}.signature`]: signature, ...linkUsed }, $push: { steps: step } },
      { returnDocument: 'after', session },
    ).lean()
    if (!signed) throw new AppError('conflict', { message: 'This signature was already recorded' })
    await recordAuditEvent({
      actor: actor ?? (linkEmail ? { id: null, email: linkEmail, name } : null),
      organisationId: String(signatory.organisation),
      authorityId: String(agreement.authority),
      action: 'signing.signed',
      subject: { type: 'Agreement', id: String(agreement._id) },
      summary: `${agreement.reference}: signed by ${name} (${title}, ${signatory.organisationName}) with a ${drawing ? 'drawn signature' : 'typed name'}; document SHA-256 ${documentSha256}`,
      session,
    })
    return signed
  })
  if (updated.signatories.every((candidate) => candidate.status === 'signed')) return completeSigning({ agreement, request: updated })
  return updated
}
