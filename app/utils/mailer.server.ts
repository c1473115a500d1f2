import nodemailer, { type Transporter } from 'nodemailer'
import { getEnv } from './env.server'

export const MAIL_FROM = 'SLA Register <no-reply@sla-register.invalid>'

/** The SMTP transport for SMTP_URL, or null when email is not configured. */
export function mailTransport(): Transporter | null {
  const smtpUrl = getEnv().SMTP_URL
  return smtpUrl ? nodemailer.createTransport(smtpUrl) : null
}
