import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

let stylesheet: Promise<string> | undefined

/**
 * GOV.UK Frontend's compiled stylesheet with the GDS Transport typeface removed: that font is licensed
 * for GOV.UK only, so its @font-face rules are dropped and every font stack falls back to Arial.
 */
function loadStylesheet() {
  stylesheet ??= readFile(createRequire(import.meta.url).resolve('govuk-frontend/dist/govuk/govuk-frontend.min.css'), 'utf8').then(
    (css) => css.replace(/@font-face\{[^}]*\}/g, '').replace(/font-family:GDS Transport,arial,sans-serif/g, 'font-family:arial,sans-serif'),
  )
  return stylesheet
}

export async function loader() {
  return new Response(await loadStylesheet(), {
    headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=86400' },
  })
}
