import { appUrl, getEnv } from '#app/utils/env.server'

// RFC 9116: where to report a vulnerability, and until when this file may be trusted. The file is
// made per request, so its Expires is always some months ahead (section 2.5.5 asks for less than a year).
const VALID_FOR_DAYS = 180

function securityContactUri(contact: string) {
  return contact.startsWith('https://') ? contact : `mailto:${contact}`
}

export async function loader() {
  const contact = getEnv().SECURITY_CONTACT
  if (!contact) throw new Response('This install has not named a security contact (SECURITY_CONTACT).', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const expires = new Date(Date.now() + VALID_FOR_DAYS * 24 * 60 * 60 * 1000)
  const lines = [
    `Contact: ${securityContactUri(contact)}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    'Preferred-Languages: en',
    `Canonical: ${appUrl('/.well-known/security.txt')}`,
  ]
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
