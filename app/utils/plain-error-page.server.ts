import { GOVUK_STYLES_HREF } from './styles'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

/**
 * The error page for a request refused before it reaches the app's routes (a form posted from
 * another site): the same words and GOV.UK look as the app's own error page, without its layout.
 */
export function plainErrorPage({ title, message }: { title: string; message: string }) {
  return `<!DOCTYPE html>
<html lang="en-GB" class="govuk-template">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} - SLA Register</title><link rel="stylesheet" href="${GOVUK_STYLES_HREF}"></head>
<body class="govuk-template__body"><div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
<h1 class="govuk-heading-l">${escapeHtml(title)}</h1>
<p class="govuk-body">${escapeHtml(message)}</p>
<p class="govuk-body"><a class="govuk-link" href="/">Go to the home page</a></p>
</main></div></body>
</html>`
}
