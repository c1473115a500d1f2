/** The named controls of the last `<form method="post">` on a page that has a submit button, with
 * the values a browser would post (checked boxes, selected options, textarea text). Enough of HTML
 * for the server-rendered forms under test, which React writes in a regular shape. */
export function formFields(html: string, containing = 'type="submit"'): Record<string, string> {
  const forms = [...html.matchAll(/<form[^>]*method="post"[^>]*>([\s\S]*?)<\/form>/g)].map((match) => match[1]).filter((form) => form.includes(containing))
  const form = forms.at(-1) ?? ''
  const fields: Record<string, string> = {}
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attribute(tag, 'name')
    const type = attribute(tag, 'type') ?? 'text'
    if (!name || name === 'csrf') continue
    if ((type === 'checkbox' || type === 'radio') && !/\bchecked\b/.test(tag)) continue
    fields[name] = attribute(tag, 'value') ?? ''
  }
  for (const [, attributes, body] of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attribute(attributes, 'name')
    if (name) fields[name] = decode(body.replace(/^\n/, ''))
  }
  for (const [, attributes, body] of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attribute(attributes, 'name')
    if (!name) continue
    const options = [...body.matchAll(/<option\b([^>]*)>/g)].map((match) => match[1])
    const selected = options.find((option) => /\bselected\b/.test(option)) ?? options[0] ?? ''
    fields[name] = attribute(selected, 'value') ?? ''
  }
  return fields
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)
  return match ? decode(match[1]) : undefined
}

export function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** The page as a reader sees its text: React's markers between adjacent text nodes removed, entities decoded. */
export function visibleText(html: string): string {
  return decode(html.replace(/<!-- -->/g, ''))
}
