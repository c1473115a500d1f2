import { safeRedirect } from './safe-redirect'

// Known open-redirect bypasses (OWASP's unvalidated redirects cheat sheet, and the ones issue 18
// found): each must fall back to the home page, never reach another site.
const BYPASSES: Array<[string, string]> = [
  ['protocol-relative', '//evil.example/'],
  ['triple slash', '///evil.example/'],
  ['backslash after the slash (issue 18)', '/\\evil.example/'],
  ['backslash first', '\\/evil.example/'],
  ['two backslashes', '/\\\\evil.example'],
  ['tab between slashes (issue 18)', '/\t/evil.example'],
  ['newline between slashes', '/\n/evil.example'],
  ['carriage return between slashes', '/\r/evil.example'],
  ['NUL byte', '/\u0000/evil.example'],
  ['DEL byte', '/\u007f/evil.example'],
  ['absolute https URL', 'https://evil.example/'],
  ['absolute http URL', 'http://evil.example'],
  ['scheme without slashes', 'http:evil.example'],
  ['javascript: URL', 'javascript:alert(document.cookie)'],
  ['data: URL', 'data:text/html,<script>alert(1)</script>'],
  ['leading space', ' /evil.example'],
  ['bare host', 'evil.example'],
  ['dot segments climbing to //', '/..//evil.example'],
  ['dot segment then //', '/.//evil.example'],
  ['encoded dot segments climbing to //', '/%2e%2e//evil.example'],
  ['empty string', ''],
  ['very long', `/${'a'.repeat(3000)}`],
]

const SAME_SITE: Array<[string, string, string]> = [
  ['home', '/', '/'],
  ['a page', '/agreements', '/agreements'],
  ['with a query and fragment', '/agreements?status=draft#list', '/agreements?status=draft#list'],
  ['an encoded slash stays a path', '/%2F%2Fevil.example', '/%2F%2Fevil.example'],
  ['an encoded tab stays a path', '/%09/evil.example', '/%09/evil.example'],
  ['dot segments inside the site', '/agreements/../compliance', '/compliance'],
  ['non-ASCII is percent-encoded for the Location header', '/agreements?q=café', '/agreements?q=caf%C3%A9'],
]

describe('safeRedirect', () => {
  it.each(BYPASSES)('refuses %s', (_name, target) => {
    expect(safeRedirect(target)).toBe('/')
  })

  it.each(SAME_SITE)('keeps %s', (_name, target, expected) => {
    expect(safeRedirect(target)).toBe(expected)
  })

  it('falls back for anything that is not text', () => {
    expect(safeRedirect(null)).toBe('/')
    expect(safeRedirect(undefined, '/compliance')).toBe('/compliance')
  })
})
