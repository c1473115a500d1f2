// Resolved against a name no request carries, so anything that leaves it is another site.
const REDIRECT_BASE = 'http://sla-register.invalid'

/**
 * Only a path of this site, so a crafted sign-in link cannot send someone elsewhere. Browsers read
 * `\` as `/`, drop tabs and newlines, and treat `//host` as another site, so any of those refuses
 * the target; what is left is resolved as a URL and must stay on this origin with a single leading
 * slash (`/..//evil.example` resolves to `//evil.example`). The answer is the resolved path,
 * percent-encoded, so it is always a valid Location header.
 */
export function safeRedirect(target: FormDataEntryValue | string | null | undefined, fallback = '/') {
  if (typeof target !== 'string' || target.length > 2000 || !target.startsWith('/')) return fallback
  if (/[\\\u0000-\u001f\u007f]/.test(target) || target.startsWith('//')) return fallback
  let url: URL
  try {
    url = new URL(target, REDIRECT_BASE)
  } catch {
    return fallback
  }
  const path = `${url.pathname}${url.search}${url.hash}`
  if (url.origin !== REDIRECT_BASE || !path.startsWith('/') || path.startsWith('//')) return fallback
  return path
}
