// Signing through a single-use, expiring link, for a signatory without an account, against the app
// and its embedded database with the demo data seeded.
import { createHash } from 'node:crypto'
import mongoose from 'mongoose'
import { hashSigningLinkToken } from '#app/services/signing/issue-signing-link.server'
import { resolveDatabase } from '#db/connection'
import { api, TestClient } from '#test/support/client'
import { KENT_PRU, sentKentPru as sentKentPruFor, type TAgreementJson, useSigningApp } from './support/kent-pru-signing'

const kent = useSigningApp()

const sentKentPru = () => sentKentPruFor(kent)

/** The signatory slots on the signing page's link form, in signing order: [slotId, "role, organisation"]. */
async function waitingSlots(agreementId: string) {
  const page = await kent.commissioner.get(`/agreements/${agreementId}/signing`)
  return [...page.text.matchAll(/<option value="([^"]+)">([^<]+)<\/option>/g)].map((match) => [match[1], match[2]] as const)
}

async function issueLink(agreementId: string, slotId: string, name: string, email: string) {
  const response = await kent.commissioner.submit(`/agreements/${agreementId}/signing`, { intent: 'link', slotId, signatoryName: name, signatoryEmail: email })
  expect(response.status).toBe(200)
  const url = /class="app-signing-link">([^<]+)</.exec(response.text)?.[1]
  if (!url) throw new Error('No signing link on the page')
  return new URL(url).pathname
}

function tokenOf(linkPath: string) {
  return linkPath.replace('/sign/', '')
}

/** Posts a signature through a link with a valid session CSRF token (from the sign-in form), even when the link page itself is refused. */
async function signThrough(linkPath: string, name: string, title: string) {
  const signatory = new TestClient(kent.app.baseUrl)
  await signatory.get('/sign-in')
  const page = await signatory.get(linkPath)
  const documentSha256 = /SHA-256: <code>([0-9a-f]{64})<\/code>/.exec(page.text)?.[1] ?? 'a'.repeat(64)
  return signatory.post(linkPath, { consent: 'on', name, title, documentSha256 })
}

async function status(id: string) {
  return ((await api(kent.app.baseUrl, `/api/v1/agreements/${id}`, kent.tokens.commissioner)).body as TAgreementJson).status
}

describe('signing links', () => {
  test('a link opens the exact PDF, signs once for its own signatory only, in turn, and the last one makes the agreement active', async () => {
    const agreement = await sentKentPru()
    const slots = await waitingSlots(agreement.id)
    expect(slots.map(([, label]) => label)).toEqual([expect.stringMatching(/Kent County Council/), `Chair of Management Committee, ${KENT_PRU}`])
    const [[officerSlot], [chairSlot]] = slots

    // Only the token's SHA-256 is stored; the link carries 32 random bytes in base64url (43 characters).
    const chairLink = await issueLink(agreement.id, chairSlot, 'Chris Chair', 'chair@nwk-aps.example')
    expect(tokenOf(chairLink)).toMatch(/^[A-Za-z0-9_-]{43}$/)

    // The Chair signs second: the link is refused while the KCC officer has not signed.
    const early = await new TestClient(kent.app.baseUrl).get(chairLink)
    expect(early.status).toBe(409)
    expect((await signThrough(chairLink, 'Chris Chair', 'Chair of the Management Committee')).status).toBe(409)

    const officerLink = await issueLink(agreement.id, officerSlot, 'Olive Officer', 'olive.officer@kent.example')
    const signatory = new TestClient(kent.app.baseUrl)
    const page = await signatory.get(officerLink)
    expect(page.status).toBe(200)
    expect(page.text).toContain(agreement.reference)
    const shownHash = /SHA-256: <code>([0-9a-f]{64})<\/code>/.exec(page.text)?.[1]
    const pdf = await fetch(new URL(`${officerLink}/document.pdf`, kent.app.baseUrl))
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(createHash('sha256').update(new Uint8Array(await pdf.arrayBuffer())).digest('hex')).toBe(shownHash)

    const noConsent = await signatory.post(officerLink, { name: 'Olive Officer', title: 'Head of Inclusion', documentSha256: shownHash ?? '' })
    expect(noConsent.status).toBe(400)
    const signed = await signatory.post(officerLink, { consent: 'on', name: 'Olive Officer', title: 'Head of Inclusion', documentSha256: shownHash ?? '' })
    expect(signed.status).toBe(302)
    expect(signed.location).toBe('/sign/signed')
    expect((await signatory.get('/sign/signed')).text).toContain('Your signature has been recorded')

    // The officer's link signed the officer's slot, not the Chair's.
    // React separates adjacent text with empty comments in server-rendered HTML.
    const overview = (await kent.commissioner.get(`/agreements/${agreement.id}/signing`)).text.replaceAll('<!-- -->', '')
    expect(overview).toContain('Olive Officer, Head of Inclusion')
    expect(overview).not.toContain('Chris Chair, Chair of the Management Committee')
    expect(await status(agreement.id)).toBe('out_for_signature')

    // Used once: the page, the document and a second signature are all refused.
    const used = await new TestClient(kent.app.baseUrl).get(officerLink)
    expect(used.status).toBe(410)
    // Its own page: what happened and whom to ask, not the service's generic error.
    const usedText = used.text.replaceAll('<!-- -->', '')
    expect(usedText).toContain('This agreement has already been signed through this link')
    expect(usedText).toMatch(/The signature was recorded on \d{1,2} [A-Z][a-z]+ 20\d\d at/)
    expect(usedText).toContain('Contact Clare Commissioner at Kent County Council by email at')
    expect(usedText).toContain('href="mailto:commissioning@kent.example"')
    expect(usedText).not.toContain('Sorry, there is a problem with the service')
    expect((await fetch(new URL(`${officerLink}/document.pdf`, kent.app.baseUrl))).status).toBe(410)
    const again = await signThrough(officerLink, 'Olive Officer', 'Head of Inclusion')
    expect(again.status).toBe(410)
    expect(again.text).toContain('This agreement has already been signed through this link')

    // Now it is the Chair's turn; the last signature completes and seals the agreement.
    expect((await signThrough(chairLink, 'Chris Chair', 'Chair of the Management Committee')).status).toBe(302)
    expect(await status(agreement.id)).toBe('active')
    const signedPdf = await fetch(new URL(`/api/v1/agreements/${agreement.id}/signed.pdf`, kent.app.baseUrl), { headers: { Authorization: `Bearer ${kent.tokens.commissioner}` } })
    expect(signedPdf.status).toBe(200)
  })

  test('the commissioner cancels an unused link from the signing page; it then no longer opens', async () => {
    const agreement = await sentKentPru()
    const [[officerSlot]] = await waitingSlots(agreement.id)
    const link = await issueLink(agreement.id, officerSlot, 'Olu Officer', 'olu.officer@kent.example')
    const visitor = new TestClient(kent.app.baseUrl)
    expect((await visitor.get(link)).status).toBe(200)
    const signing = await kent.commissioner.get(`/agreements/${agreement.id}/signing`)
    expect(signing.text).toContain('Cancel link')
    // No SMTP_URL in tests: the page does not claim the link was sent.
    expect(signing.text.replaceAll('<!-- -->', '')).toContain('Signing link made, to copy to Olu Officer (olu.officer@kent.example)')
    expect(signing.text).not.toContain('Signing link sent to')
    expect((await kent.commissioner.submit(`/agreements/${agreement.id}/signing`, { intent: 'revoke-link', slotId: officerSlot })).status).toBe(302)
    expect((await visitor.get(link)).status).toBe(404)
    expect((await kent.commissioner.get(`/agreements/${agreement.id}/signing`)).text).not.toContain('Cancel link')
  })

  test('an expired link is refused, and an unknown one is not found', async () => {
    const agreement = await sentKentPru()
    const [[officerSlot]] = await waitingSlots(agreement.id)
    const link = await issueLink(agreement.id, officerSlot, 'Olive Officer', 'olive.officer@kent.example')
    expect((await new TestClient(kent.app.baseUrl).get(link)).status).toBe(200)

    const database = await resolveDatabase({ dataDir: kent.app.dataDir, mongodbUri: kent.app.env.MONGODB_URI })
    const connection = await mongoose.createConnection(database.uri).asPromise()
    try {
      const tokenHash = hashSigningLinkToken(tokenOf(link))
      const result = await connection
        .collection('signingrequests')
        .updateOne({ 'signatories.link.tokenHash': tokenHash }, { $set: { 'signatories.$[slot].link.expiresAt': new Date(Date.now() - 1000) } }, { arrayFilters: [{ 'slot.link.tokenHash': tokenHash }] })
      expect(result.modifiedCount).toBe(1)
    } finally {
      await connection.close()
      await database.close()
    }

    const expired = await new TestClient(kent.app.baseUrl).get(link)
    expect(expired.status).toBe(410)
    expect(expired.text).toContain('This signing link has expired')
    expect((await signThrough(link, 'Olive Officer', 'Head of Inclusion')).status).toBe(410)
    expect((await new TestClient(kent.app.baseUrl).get(`/sign/${'A'.repeat(43)}`)).status).toBe(404)
  })

  test('a link signatory declines with a reason: the agreement goes back to draft, the step is recorded and the link is used up', async () => {
    const agreement = await sentKentPru()
    const [[officerSlot]] = await waitingSlots(agreement.id)
    const link = await issueLink(agreement.id, officerSlot, 'Olive Officer', 'olive.officer@kent.example')
    const signatory = new TestClient(kent.app.baseUrl)
    expect((await signatory.get(link)).status).toBe(200)

    const noReason = await signatory.post(link, { intent: 'decline', reason: ' ' })
    expect(noReason.status).toBe(400)
    expect(noReason.text).toContain('Say why you are declining to sign, so the commissioner knows what to change')
    expect(await status(agreement.id)).toBe('out_for_signature')

    const declined = await signatory.post(link, { intent: 'decline', reason: 'Our governors have not approved the fees yet' })
    expect(declined.status).toBe(302)
    expect(declined.location).toBe('/sign/declined')
    expect(await status(agreement.id)).toBe('draft')

    // React separates adjacent text with empty comments in server-rendered HTML.
    const overview = (await kent.commissioner.get(`/agreements/${agreement.id}/signing`)).text.replaceAll('<!-- -->', '')
    expect(overview).toContain('Reason: Our governors have not approved the fees yet')
    const history = (await kent.commissioner.get(`/agreements/${agreement.id}/history`)).text.replaceAll('<!-- -->', '')
    expect(history).toContain('Olive Officer (Kent County Council) declined to sign: “Our governors have not approved the fees yet”')
    const database = await resolveDatabase({ dataDir: kent.app.dataDir, mongodbUri: kent.app.env.MONGODB_URI })
    const connection = await mongoose.createConnection(database.uri).asPromise()
    try {
      const audit = await connection.collection('auditevents').findOne({ action: 'signing.declined', 'subject.id': agreement.id })
      expect(audit?.summary).toBe(
        `${agreement.reference}: Olive Officer (Kent County Council) declined to sign: “Our governors have not approved the fees yet” (through a signing link sent to olive.officer@kent.example)`,
      )
      // The audit trail names the link signatory, not "System".
      expect(audit).toMatchObject({ actor: null, actorName: 'Olive Officer', actorEmail: 'olive.officer@kent.example' })
      const issued = await connection.collection('auditevents').findOne({ action: 'signing.link_issued', 'subject.id': agreement.id })
      expect(issued?.summary).toMatch(/expires \d{1,2} [A-Z][a-z]+ \d{4}/)
      expect(issued?.summary).not.toMatch(/\d{4}-\d{2}-\d{2}T/)
    } finally {
      await connection.close()
      await database.close()
    }

    // Used up by declining: the page, the document, a second decline and a signature are all refused.
    expect((await new TestClient(kent.app.baseUrl).get(link)).status).toBe(410)
    expect((await fetch(new URL(`${link}/document.pdf`, kent.app.baseUrl))).status).toBe(410)
    expect((await signatory.post(link, { intent: 'decline', reason: 'Declining a second time' })).status).toBe(410)
    expect((await signThrough(link, 'Olive Officer', 'Head of Inclusion')).status).toBe(410)
  })
})
