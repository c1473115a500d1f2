import { type Transporter } from 'nodemailer'
import { formatDateTime } from '#app/utils/dates'
import { MAIL_FROM, mailTransport } from '#app/utils/mailer.server'

export type TEmailSignInLinkOptions = {
  to: string
  name: string
  url: string
  expiresAt: Date
  /** "set up Kent County Council on the SLA Register". */
  purpose: string
  /** Instead of SMTP_URL's (tests). */
  transport?: Transporter | null
}

/** Sends a one-time sign-in link when email is configured; otherwise whoever made it passes it on. */
export async function emailSignInLink({ to, name, url, expiresAt, purpose, transport = mailTransport() }: TEmailSignInLinkOptions) {
  if (!transport) return false
  const text = [
    `Dear ${name},`,
    '',
    `You have an administrator's account to ${purpose}. Choose your password here:`,
    url,
    '',
    `The link works once and expires on ${formatDateTime(expiresAt)}. If you were not expecting it, ignore this email.`,
  ].join('\n')
  await transport.sendMail({ from: MAIL_FROM, to, subject: 'Your SLA Register account', text })
  return true
}
