// Compliance through the running app: a provider uploads evidence with the plain multipart form,
// the commissioner accepts it, downloads carry safe headers, and neither the pages nor the API let
// one provider reach another's obligations; a KPI varied into a rating on a named scale is returned
// through the API and the form.
import { createHash } from 'node:crypto'
import { startApp, type TRunningApp } from '#test/support/app'
import { pdfBytes } from '#test/compliance/support/demo-data'
import { api, createToken, signedIn, uploadEvidence, type TestClient } from '#test/support/client'
import { formFields, visibleText } from '#test/agreements/html-form'

let app: TRunningApp
let stls: TestClient
let pru: TestClient
let commissioner: TestClient
let pruToken: string
let stlsToken: string

type TApiObligation = { id: string; title: string; clause: string; dueOn: string; state: string; owner: { party: string } }

async function agreementId(token: string, reference: string) {
  const { body } = await api(app.baseUrl, '/api/v1/agreements', token)
  const list = (Array.isArray(body) ? body : (body as { agreements: unknown[] }).agreements) as Array<{ id: string; reference: string }>
  const found = list.find((agreement) => agreement.reference === reference)
  if (!found) throw new Error(`No agreement ${reference}`)
  return found.id
}

beforeAll(async () => {
  app = await startApp()
  stls = await signedIn(app.baseUrl, 'provider@meadowbank.example')
  pru = await signedIn(app.baseUrl, 'provider@nwk-aps.example')
  commissioner = await signedIn(app.baseUrl, 'commissioner@kent.example')
  stlsToken = await createToken(stls)
  pruToken = await createToken(pru)
}, 240_000)

afterAll(async () => {
  await app?.stop()
})

/** The due list's rows on a provider's compliance page: obligation ids and due dates, in order. */
function dueRows(html: string) {
  const table = /<caption[^>]*>Due from us, by date[\s\S]*?<\/table>/.exec(html)?.[0] ?? ''
  return [...table.matchAll(/<time dateTime="([^"]+)">[\s\S]*?href="\/compliance\/obligations\/([a-f0-9]{24})"/g)].map(([, dueOn, id]) => ({ dueOn, id }))
}

describe('compliance through the app', () => {
  test('the PRU provider reads what is due 50 at a time, earliest first, with previous and next links', async () => {
    const first = await pru.get('/compliance')
    const firstRows = dueRows(first.text)
    expect(firstRows).toHaveLength(50)
    expect(first.text).toContain('href="/compliance?page=2"')
    expect(first.text).not.toContain('rel="prev"')
    const second = await pru.get('/compliance?page=2')
    const secondRows = dueRows(second.text)
    expect(secondRows.length).toBeGreaterThan(0)
    expect(second.text).toContain('href="/compliance?page=1"')
    expect(second.text).toMatch(/Due from us, by date(<!-- -->)? \(page 2\)/)
    const dates = [...firstRows, ...secondRows].map((row) => row.dueOn)
    expect(dates).toEqual([...dates].sort())
    expect(new Set([...firstRows, ...secondRows].map((row) => row.id)).size).toBe(firstRows.length + secondRows.length)
    // Filters are kept from page to page; a nonsense page number is page 1.
    expect((await pru.get('/compliance?when=overdue')).text).not.toContain('when=&amp;')
    expect(dueRows((await pru.get('/compliance?page=banana')).text)).toEqual(firstRows)
  })

  test('API: the STLS school sees its Local Activity Reports (13.3 and 13.5); the PRU provider gets 404 for the STLS agreement', async () => {
    const id = await agreementId(stlsToken, 'KCC-STLS-2026-001')
    const response = await api(app.baseUrl, `/api/v1/agreements/${id}/obligations`, stlsToken)
    expect(response.status).toBe(200)
    const { obligations } = response.body as { obligations: TApiObligation[] }
    const lar = obligations.filter((obligation) => obligation.clause === '13.3 and 13.5' && obligation.dueOn >= '2026-09-01' && obligation.dueOn <= '2027-08-31')
    expect(lar.map((obligation) => obligation.dueOn)).toEqual(['2026-10-23', '2026-12-18', '2027-02-12', '2027-03-25', '2027-05-28', '2027-07-21'])

    const refused = await api(app.baseUrl, `/api/v1/agreements/${id}/obligations`, pruToken)
    expect(refused.status).toBe(404)
    expect(refused.body).toMatchObject({ error: { code: 'not_found' } })
    expect((await api(app.baseUrl, `/api/v1/agreements/${id}/kpis`, pruToken)).status).toBe(404)
    expect((await api(app.baseUrl, `/api/v1/agreements/${id}/obligations`, null)).status).toBe(401)
  })

  test('a plain-form upload, refused for a disguised file, accepted by the commissioner, downloaded with safe headers; the other provider is refused', async () => {
    const id = await agreementId(stlsToken, 'KCC-STLS-2026-001')
    const { obligations } = (await api(app.baseUrl, `/api/v1/agreements/${id}/obligations`, stlsToken)).body as { obligations: TApiObligation[] }
    const report = obligations.find((obligation) => obligation.title === 'Local Activity Report, Term 2 2026/27, due 18 December 2026')
    if (!report) throw new Error('No Term 2 Local Activity Report')

    const disguised = await uploadEvidence(stls, report.id, 'report.pdf', Buffer.from('<html><script>alert(1)</script></html>'), 'Term 2')
    expect(disguised.status).toBe(400)
    expect(disguised.text).toContain('HTML, SVG and XML files are not accepted')

    // The page's script gets the same refusal as JSON, naming the field, for its own error message.
    const disguisedByScript = await uploadEvidence(stls, report.id, 'report.pdf', Buffer.from('<html><script>alert(1)</script></html>'), 'Term 2', true)
    expect(disguisedByScript.status).toBe(400)
    expect(JSON.parse(disguisedByScript.text)).toMatchObject({ fieldErrors: { file: expect.stringContaining('HTML, SVG and XML files are not accepted') } })

    const otherProvider = await uploadEvidence(pru, report.id, 'report.pdf', await pdfBytes('not mine'), 'Term 2')
    expect(otherProvider.status).toBe(404)
    expect((await uploadEvidence(pru, report.id, 'report.pdf', await pdfBytes('not mine'), 'Term 2', true)).status).toBe(404)

    const bytes = await pdfBytes('Local Activity Report, Term 2 2026/27')
    const uploaded = await uploadEvidence(stls, report.id, 'LAR term 2.pdf', bytes, 'Local Activity Report for Term 2')
    expect(uploaded.status).toBe(302)
    const page = await stls.get(uploaded.location ?? '')
    expect(page.text).toContain('Evidence uploaded and submitted for review')
    const evidenceId = /href="\/evidence\/([0-9a-f]{24})\/download"/.exec(page.text)?.[1]
    if (!evidenceId) throw new Error('No evidence link on the page')

    // Fetched directly: TestClient reads bodies as text, and the download's bytes are compared raw.
    const download = await fetch(new URL(`/evidence/${evidenceId}/download`, app.baseUrl), { headers: { Cookie: commissioner.cookieHeader } })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/pdf')
    expect(download.headers.get('x-content-type-options')).toBe('nosniff')
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="LAR term 2.pdf"/)
    expect(createHash('sha256').update(Buffer.from(await download.arrayBuffer())).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'))
    // Refused, a browser's download shows an HTML error page; a caller asking for JSON keeps JSON.
    const refused = await fetch(new URL(`/evidence/${evidenceId}/download`, app.baseUrl), { headers: { Cookie: pru.cookieHeader, Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } })
    expect(refused.status).toBe(404)
    expect(refused.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const refusedPage = await refused.text()
    expect(refusedPage).toMatch(/^<!DOCTYPE html>/)
    expect(refusedPage).toContain('<title>Error: Page not found - SLA Register</title>')
    expect(refusedPage).toContain('The file could not be downloaded.')
    const asJson = await fetch(new URL(`/evidence/${evidenceId}/download`, app.baseUrl), { headers: { Cookie: pru.cookieHeader, Accept: 'application/json' } })
    expect(asJson.status).toBe(404)
    expect(await asJson.json()).toMatchObject({ code: 'not_found' })
    const pdfRefused = await fetch(new URL(`/agreements/${'0'.repeat(24)}/document.pdf`, app.baseUrl), { headers: { Cookie: pru.cookieHeader, Accept: 'text/html' } })
    expect(pdfRefused.status).toBe(404)
    expect(await pdfRefused.text()).toContain('<h1 class="govuk-heading-l">Page not found</h1>')

    await commissioner.get(`/compliance/obligations/${report.id}`)
    // A review with no decision, or returned with no comment, is refused beside the field, keeping what was entered.
    const undecided = await commissioner.post(`/compliance/obligations/${report.id}`, { comment: 'Thank you' })
    expect(undecided.status).toBe(400)
    expect(undecided.text).toContain('<fieldset class="govuk-fieldset" aria-describedby="decision-error">')
    expect(undecided.text).toMatch(/<p id="decision-error" class="govuk-error-message">.*Choose whether to accept or return the submission<\/p>/)
    expect(undecided.text).toMatch(/<textarea[^>]*name="comment"[^>]*>Thank you<\/textarea>/)
    const uncommented = await commissioner.post(`/compliance/obligations/${report.id}`, { decision: 'return', comment: '' })
    expect(uncommented.status).toBe(400)
    expect(uncommented.text).toMatch(/<input[^>]*id="decision-2"[^>]*checked=""[^>]*>/)
    expect(uncommented.text).toContain('<p id="comment-error" class="govuk-error-message">')
    const review = await commissioner.post(`/compliance/obligations/${report.id}`, { decision: 'accept', comment: 'Thank you' })
    expect(review.status).toBe(302)
    // The page it lands on confirms the decision once, in a success banner.
    expect((await commissioner.get(review.location ?? '')).text).toContain('The evidence has been accepted')
    const after = (await api(app.baseUrl, `/api/v1/agreements/${id}/obligations`, stlsToken)).body as { obligations: TApiObligation[] }
    expect(after.obligations.find((obligation) => obligation.id === report.id)?.state).toBe('accepted')
  })

  test('the commissioner’s dashboard is sent from the page cache through API calls, until a provider’s upload changes it', async () => {
    await commissioner.get('/compliance')
    const kept = await commissioner.get('/compliance')
    expect(kept.headers.get('x-page-cache')).toBe('hit')
    const nonce = /'nonce-([^']+)'/.exec(kept.headers.get('content-security-policy') ?? '')?.[1]
    expect(kept.text).toContain(`nonce="${nonce}"`)
    const before = dashboardRow(kept.text, 'KCC-STLS-2026-001')

    const id = await agreementId(stlsToken, 'KCC-STLS-2026-001')
    const { obligations } = (await api(app.baseUrl, `/api/v1/agreements/${id}/obligations`, stlsToken)).body as { obligations: TApiObligation[] }
    const pending = obligations.find((obligation) => obligation.clause === '13.3 and 13.5' && obligation.state === 'pending')
    if (!pending) throw new Error('No pending Local Activity Report')
    // Those API calls wrote their token's "last used" time, which no dashboard shows.
    expect((await commissioner.get('/compliance')).headers.get('x-page-cache')).toBe('hit')
    const uploaded = await uploadEvidence(stls, pending.id, 'LAR.pdf', await pdfBytes(pending.title), 'Local Activity Report')
    expect(uploaded.status).toBe(302)

    const fresh = await commissioner.get('/compliance')
    expect(fresh.headers.get('x-page-cache')).toBe('miss')
    expect(dashboardRow(fresh.text, 'KCC-STLS-2026-001').awaitingReview).toBe(before.awaitingReview + 1)
    expect((await commissioner.get('/compliance')).headers.get('x-page-cache')).toBe('hit')
  })

  test('the dashboards: the commissioner sees both Kent agreements, the PRU provider only its own due list', async () => {
    const board = await commissioner.get('/compliance')
    expect(board.status).toBe(200)
    expect(board.text).toContain('KCC-PRU-2025-001')
    expect(board.text).toContain('KCC-STLS-2026-001')
    const due = await pru.get('/compliance')
    expect(due.text).toContain('What is due from us')
    expect(due.text).toContain('KCC-PRU-2025-001')
    expect(due.text).not.toContain('KCC-STLS-2026-001')
  })

  test('API: a whole period\'s KPI return, by measure; refused figures name each field; a complete one submits the KPI report; the PRU provider gets 404', async () => {
    const id = await agreementId(stlsToken, 'KCC-STLS-2026-001')
    const url = `/api/v1/agreements/${id}/kpis`
    const post = (token: string, body: unknown) => api(app.baseUrl, url, token, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
    const read = await api(app.baseUrl, url, stlsToken)
    expect(read.status).toBe(200)
    const { indicators, periods } = read.body as { indicators: Array<{ id: string; measure: string; ragRule: string }>; periods: Array<{ key: string; label: string; state: string; overdue: boolean }> }
    expect(indicators.find((indicator) => indicator.id === 'kpi-1.2')).toMatchObject({ measure: 'count', ragRule: 'Not RAG rated' })
    expect(indicators.find((indicator) => indicator.id === 'kpi-2.1')).toMatchObject({ measure: 'percentage', ragRule: 'Green 75% +, amber 70-74%, red below 70%' })
    const period = periods.find((candidate) => candidate.label === 'Term 6 2025/26')
    expect(period).toMatchObject({ state: 'pending', overdue: true })

    const refused = await post(stlsToken, { period: period?.key, values: { 'kpi-1.2': { count: -2 }, 'kpi-2.1': { numerator: 5 } } })
    expect(refused.status).toBe(400)
    expect(refused.body).toMatchObject({ error: { code: 'validation', details: { fields: { 'values.kpi-1.2.count': 'KPI 1.2: the count must be zero or more', 'values.kpi-2.1.denominator': 'KPI 2.1: enter the denominator' } } } })
    expect((await post(pruToken, { period: period?.key, values: { 'kpi-1.2': { count: 2 } } })).status).toBe(404)

    const values = Object.fromEntries(indicators.map((indicator) => [indicator.id, indicator.measure === 'count' ? { count: 9 } : { numerator: 7, denominator: 10 }]))
    const saved = await post(stlsToken, { period: period?.key, values })
    expect(saved).toMatchObject({ status: 200, body: { period: { key: period?.key, label: 'Term 6 2025/26' }, saved: 11, complete: true, submitted: true, missing: [] } })
    const after = (await api(app.baseUrl, url, stlsToken)).body as { periods: typeof periods; returns: Array<{ indicatorId: string; period: { key: string }; measure: string; shown: string; rag: string | null }> }
    expect(after.periods.find((candidate) => candidate.key === period?.key)).toMatchObject({ state: 'submitted', overdue: false })
    const returned = after.returns.filter((kpiReturn) => kpiReturn.period.key === period?.key)
    expect(returned.find((kpiReturn) => kpiReturn.indicatorId === 'kpi-1.2')).toMatchObject({ measure: 'count', shown: '9', rag: null })
    expect(returned.find((kpiReturn) => kpiReturn.indicatorId === 'kpi-2.1')).toMatchObject({ measure: 'percentage', shown: '70% (7 of 10)', rag: 'amber' })
    const { obligations } = (await api(app.baseUrl, `/api/v1/agreements/${id}/obligations`, stlsToken)).body as { obligations: TApiObligation[] }
    expect(obligations.find((obligation) => obligation.title.startsWith('KPI report, Term 6 2025/26'))?.state).toBe('submitted')
  })

  test('a KPI varied into a rating on a named scale: the document states the scale, the provider returns a rating through the API and the form, and one not on the scale is refused by name', async () => {
    const southendCommissioner = await signedIn(app.baseUrl, 'commissioner@southend.example')
    const southendProvider = await signedIn(app.baseUrl, 'provider@parallel-learning.example')
    const providerToken = await createToken(southendProvider)
    const active = await agreementId(providerToken, 'SCC-AP-2025-001')
    const { content } = (await api(app.baseUrl, `/api/v1/agreements/${active}`, providerToken)).body as { content: { sections: Array<{ clauses: Array<{ id: string; kind: string }> }> } }
    const kpiClause = content.sections.flatMap((section) => section.clauses).find((clause) => clause.kind === 'kpis')
    const proposePath = `/agreements/${active}/variations/new?clause=${encodeURIComponent(kpiClause?.id ?? '')}`
    const fields = formFields((await southendCommissioner.get(proposePath)).text)
    expect(fields['params.indicators.0.measuredAs']).toBe('')
    const rating = { ...fields, summary: 'KPI 1 is judged on a scale', 'params.indicators.0.measuredAs': 'rating' }
    // A rating needs its scale: refused by name, and nothing proposed.
    const refused = await southendCommissioner.post(proposePath, rating)
    expect(refused.status).toBe(400)
    expect(visibleText(refused.text)).toContain('A rating indicator needs its rating scale, best first')
    const scale = ['Significant improvement', 'Some improvement', 'No improvement']
    const proposed = await southendCommissioner.post(proposePath, { ...rating, ...Object.fromEntries(scale.map((label, index) => [`params.indicators.0.ratingScale.${index}`, label])) })
    expect(proposed.status).toBe(302)
    const variationPath = proposed.location ?? ''
    await southendCommissioner.get(variationPath)
    const signedOn = (index: number, day: string) => ({ [`signatures.${index}.on-day`]: day, [`signatures.${index}.on-month`]: '11', [`signatures.${index}.on-year`]: '2026' })
    const agreed = await southendCommissioner.post(variationPath, {
      count: '2',
      'signatures.0.party': 'authority', 'signatures.0.name': 'Sam Commissioner', 'signatures.0.title': 'Head of Commissioning', ...signedOn(0, '20'),
      'signatures.1.party': 'provider', 'signatures.1.name': 'Pat Trustee', 'signatures.1.title': 'Chief Executive', ...signedOn(1, '21'),
    })
    expect(agreed.status).toBe(302)
    const varied = agreed.location?.split('/').at(-1) ?? ''
    const preview = visibleText((await southendCommissioner.get(`/agreements/${varied}/preview`)).text)
    expect(preview).toContain('Rated Significant improvement, Some improvement, No improvement (best first)')

    const url = `/api/v1/agreements/${varied}/kpis`
    const post = (body: unknown) => api(app.baseUrl, url, providerToken, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
    const { indicators, periods } = (await api(app.baseUrl, url, providerToken)).body as { indicators: Array<{ id: string; measure: string; ratingScale: string[] | null; ragRule: string }>; periods: Array<{ key: string; label: string }> }
    expect(indicators.find((indicator) => indicator.id === 'kpi-1')).toMatchObject({ measure: 'rating', ratingScale: scale, ragRule: 'Not RAG rated' })
    const [period] = periods
    const notOnScale = await post({ period: period.key, values: { 'kpi-1': { rating: 'Outstanding' } } })
    expect(notOnScale).toMatchObject({ status: 400, body: { error: { details: { fields: { 'values.kpi-1.rating': 'KPI 1: choose one of the ratings: Significant improvement, Some improvement, No improvement' } } } } })
    expect(await post({ period: period.key, values: { 'kpi-1': { rating: 'some improvement' } } })).toMatchObject({ status: 200, body: { saved: 1 } })
    const { returns } = (await api(app.baseUrl, url, providerToken)).body as { returns: Array<{ indicatorId: string; period: { key: string }; measure: string; rating: string | null; shown: string; value: number; rag: string | null }> }
    expect(returns.find((kpiReturn) => kpiReturn.indicatorId === 'kpi-1' && kpiReturn.period.key === period.key)).toMatchObject({ measure: 'rating', rating: 'Some improvement', shown: 'Some improvement', value: 1, rag: null })

    // The form offers the scale as radios, the saved one checked, and the trend's gridlines are its words.
    const page = `/agreements/${varied}/kpis`
    const form = await southendProvider.get(`${page}?period=${encodeURIComponent(period.key)}`)
    const radios = (form.text.match(/<input[^>]*name="values\.kpi-1\.rating"[^>]*>/g) ?? []).map((radio) => [/id="([^"]+)"/.exec(radio)?.[1], /value="([^"]+)"/.exec(radio)?.[1], /\bchecked\b/.test(radio)])
    expect(radios).toEqual([
      ['values-kpi-1-rating', 'Significant improvement', false],
      ['values-kpi-1-rating-2', 'Some improvement', true],
      ['values-kpi-1-rating-3', 'No improvement', false],
    ])
    expect(form.text).toMatch(/<text[^>]*>Significant improvement<\/text>[\s\S]*<text[^>]*>No improvement<\/text>/)
    const saved = await southendProvider.post(page, { period: period.key, 'values.kpi-1.rating': 'Significant improvement' })
    expect(saved.status).toBe(302)
    const after = (await api(app.baseUrl, url, providerToken)).body as { returns: Array<{ indicatorId: string; period: { key: string }; rating: string | null }> }
    expect(after.returns.find((kpiReturn) => kpiReturn.indicatorId === 'kpi-1' && kpiReturn.period.key === period.key)?.rating).toBe('Significant improvement')
  })

  test('the KPI page\'s form without JavaScript: a refusal names the field in the error summary and keeps what was typed; a save shows a banner', async () => {
    const id = await agreementId(stlsToken, 'KCC-STLS-2026-001')
    const page = `/agreements/${id}/kpis`
    const form = await stls.get(`${page}?period=${encodeURIComponent('2026/27:Term 5')}`)
    expect(form.text).toMatch(/Return for (<!-- -->)?Term 5 2026\/27/)
    const refused = await stls.post(page, { period: '2026/27:Term 5', 'values.kpi-1.2.count': '12', 'values.kpi-2.1.numerator': '50', 'values.kpi-2.1.denominator': '40' })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('<title>Error: KPI returns')
    expect(refused.text).toContain('href="#values-kpi-2-1-numerator">KPI 2.1: the numerator cannot be more than the denominator</a>')
    expect(refused.text).toMatch(/id="values-kpi-1-2-count"[^>]*value="12"|value="12"[^>]*id="values-kpi-1-2-count"/)
    const saved = await stls.post(page, { period: '2026/27:Term 5', 'values.kpi-1.2.count': '1,204', 'values.kpi-2.1.numerator': '30', 'values.kpi-2.1.denominator': '40' })
    expect(saved.status).toBe(302)
    expect(saved.location).toBe(`${page}?period=${encodeURIComponent('2026/27:Term 5')}`)
    const shown = await stls.get(saved.location ?? '')
    expect(shown.text).toContain('KPI figures for Term 5 2026/27 saved. 9 indicators still to enter.')
    expect(shown.text).toContain('1,204')
    expect(shown.text).toContain('75% (30 of 40)')

    // The Term 5 KPI report's own page leads to its return.
    const { obligations } = (await api(app.baseUrl, `/api/v1/agreements/${id}/obligations`, stlsToken)).body as { obligations: TApiObligation[] }
    const report = obligations.find((obligation) => obligation.title.startsWith('KPI report, Term 5 2026/27'))
    const reportPage = await stls.get(`/compliance/obligations/${report?.id}`)
    expect(reportPage.text).toMatch(new RegExp(`href="/agreements/${id}/kpis\\?period=2026%2F27%3ATerm%205"[^>]*>KPI figures for (<!-- -->)?Term 5 2026/27`))
  })
})

/** The counts in an agreement's row of the commissioner's dashboard. */
function dashboardRow(html: string, reference: string) {
  const row = [...html.matchAll(/<tr class="govuk-table__row">([\s\S]*?)<\/tr>/g)].map(([, cells]) => cells).find((cells) => cells.includes(`>${reference}</a>`))
  const [dueSoon, overdue, returned, awaitingReview] = [...(row ?? '').matchAll(/govuk-table__cell--numeric"[^>]*>(\d+)</g)].map(([, count]) => Number(count))
  if (awaitingReview === undefined) throw new Error(`No dashboard row for ${reference}`)
  return { dueSoon, overdue, returned, awaitingReview }
}
