import { createHash, randomBytes } from 'node:crypto'
import { type Transporter } from 'nodemailer'
import { z } from 'zod'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { formatDateTime } from '#app/utils/dates'
import { appUrl } from '#app/utils/env.server'
import { MAIL_FROM, mailTransport } from '#app/utils/mailer.server'
import { parseWith } from '#app/utils/validation'
import { recordAuditEvent } from '#models/audit-event'
import { SigningRequest } from '#models/signing-request'
import { findOpenSigningRequest } from './find-signing-request.server'
import { mayIssueSigningLinks } from './signatory-access.server'
import { formatLondonTime } from '#templates/render/london-time'

const LINK_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

const ZIssueSigningLinkSchema = z.object({
  slotId: z.string().trim().min(1, 'Choose the signatory'),
  signatoryName: z.string().trim().min(2, 'Enter the signatory’s full name').max(200),
  signatoryEmail: z.string().trim().max(320).pipe(z.email('Enter the signatory’s email address')),
})

export type TIssueSigningLinkOptions = {
  actor: TActor
  agreementId: string
  input: unknown
  /** Instead of SMTP_URL's (tests). */
  transport?: Transporter
}

export function hashSigningLinkToken(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

/** The commissioner issues a link for a signatory without an account; the token is returned once and only its hash is kept. */
export async function issueSigningLink({ actor, agreementId, input, transport }: TIssueSigningLinkOptions) {
  // Named apart from the signing form's own name field: both forms share the signing page.
  const { slotId, signatoryName: name, signatoryEmail: email } = parseWith(ZIssueSigningLinkSchema, input)
  const { agreement, request } = await findOpenSigningRequest({ actor, agreementId })
  if (!mayIssueSigningLinks(actor, agreement)) throw new AppError('forbidden', { message: 'Only the commissioner who sent the agreement may issue signing links' })
  const slot = request.signatories.findIndex((signatory) => signatory.slotId === slotId)
  const signatory = request.signatories[slot]
  if (!signatory || signatory.status !== 'waiting') throw new AppError('validation', { message: 'Choose a signatory who has not signed', details: { fields: { slotId: 'Choose a signatory who has not signed' } } })

  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(Date.now() + LINK_LIFETIME_MS)
  // A new link replaces any earlier one for the slot, so only the latest can be used.
  const link = { tokenHash: hashSigningLinkToken(token), name, email, expiresAt, usedAt: null }
  const updated = await SigningRequest.updateOne(
    { _id: request._id, status: 'in_progress', [`signatories.${slot}.slotId`]: slotId, [`signatories.${slot}.status`]: 'waiting' },
    { $set: { [`signatories.${slot}.link`]: link } },
  )
  if (updated.modifiedCount !== 1) throw new AppError('conflict', { message: 'This signatory has already signed' })
  await recordAuditEvent({
    actor,
    organisationId: String(signatory.organisation),
    authorityId: String(agreement.authority),
    action: 'signing.link_issued',
    subject: { type: 'Agreement', id: String(agreement._id) },
    summary: `${agreement.reference}: signing link for ${signatory.role} issued to ${name} <${email}>, expires ${formatLondonTime(expiresAt)}`,
  })
  // Written from APP_ORIGIN, never from the request's Host header, which a client chooses.
  const url = appUrl(`/sign/${token}`)
  const emailed = await emailSigningLink({ transport: transport ?? mailTransport(), to: email, name, url, expiresAt, actor, reference: agreement.reference, title: agreement.title, role: signatory.role })
  // Recorded so the signing page says "sent to" only for a link that was emailed.
  if (emailed) await SigningRequest.updateOne({ _id: request._id, [`signatories.${slot}.link.tokenHash`]: link.tokenHash }, { $set: { [`signatories.${slot}.link.emailedAt`]: new Date() } })
  return { token, url, expiresAt, slotId, emailed }
}

type TSigningLinkEmail = { transport: Transporter | null; to: string; name: string; url: string; expiresAt: Date; actor: TActor; reference: string; title: string; role: string }

/** Sends the link to the signatory when email is configured; otherwise the commissioner copies it from the page. */
async function emailSigningLink({ transport, to, name, url, expiresAt, actor, reference, title, role }: TSigningLinkEmail) {
  if (!transport) return false
  const organisation = actor.memberships[0]?.organisationName ?? ''
  const text = [
    `Dear ${name},`,
    '',
    `${actor.name}${organisation ? ` of ${organisation}` : ''} asks you to sign ${reference} ${title} as ${role}.`,
    '',
    'Read the agreement and sign it, or decline with a reason, here:',
    url,
    '',
    `The link works once and expires on ${formatDateTime(expiresAt)}. If you were not expecting it, ignore this email.`,
  ].join('\n')
  await transport.sendMail({ from: MAIL_FROM, to, subject: `Please sign ${reference}: ${title}`, text })
  return true
}
