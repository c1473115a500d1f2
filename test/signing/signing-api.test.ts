// Signing and declining through the JSON API with bearer tokens, against the app and its embedded
// database with the demo data seeded.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { drawnSignaturePng } from '#test/fixtures/documents/drawn-signature'
import { api } from '#test/support/client'
import { approvedKentPru, KENT_PRU, postJson as postJsonAs, sentKentPru as sentKentPruFor, useSigningApp } from './support/kent-pru-signing'

type TSigningJson = {
  agreement: { id: string; status: string }
  signing: {
    status: string
    documentSha256: string
    signatories: { role: string; status: string; signedBy: { name: string; title: string; method: string } | null; declineReason: string | null }[]
  }
}
type TApiError = { error: { code: string; message: string; details?: { fields?: Record<string, string> } } }

const kent = useSigningApp('sla-signing-api-')

const postJson = (token: string | null, url: string, body: unknown) => postJsonAs(kent, token, url, body)
const sentKentPru = () => sentKentPruFor(kent)

describe('signing through the API', () => {
  test('GET signatures says who will sign before the agreement is sent, in signing order', async () => {
    const agreement = await approvedKentPru(kent)
    const before = await api(kent.app.baseUrl, `/api/v1/agreements/${agreement.id}/signatures`, kent.tokens.commissioner)
    expect(before.status).toBe(200)
    expect(before.body).toMatchObject({
      toSend: { problem: null, signatories: [{ role: 'Officer of KCC', organisationName: 'Kent County Council' }, { role: 'Chair of Management Committee', organisationName: KENT_PRU }] },
      signing: null,
    })
    expect((await api(kent.app.baseUrl, `/api/v1/agreements/${agreement.id}/signatures`, kent.tokens.southend)).status).toBe(404)
  })

  test('each signatory signs with their token, in turn; bad bodies name their fields; the last signature seals the agreement', async () => {
    const agreement = await sentKentPru()
    const signatures = `/api/v1/agreements/${agreement.id}/signatures`

    const bad = await postJson(kent.tokens.commissioner, signatures, { consent: false, method: 'typed', fullName: '', title: 'Head of Inclusion' })
    expect(bad.status).toBe(400)
    expect((bad.body as TApiError).error.code).toBe('validation')
    expect((bad.body as TApiError).error.details?.fields).toEqual({
      consent: 'Send "consent": true to agree to sign electronically',
      fullName: 'Send your full name as "fullName"',
    })
    const unknownMethod = await postJson(kent.tokens.commissioner, signatures, { consent: true, method: 'stamped', fullName: 'Clare Commissioner', title: 'Head of Inclusion' })
    expect((unknownMethod.body as TApiError).error.details?.fields).toEqual({ method: 'Choose whether to type your name or draw your signature' })
    const badDrawing = await postJson(kent.tokens.commissioner, signatures, { consent: true, method: 'drawn', drawnSignature: 'data:image/gif;base64,R0lGOD', fullName: 'Clare Commissioner', title: 'Head of Inclusion' })
    expect((badDrawing.body as TApiError).error.details?.fields).toEqual({ drawnSignature: 'Your drawn signature is not a PNG image: select Clear and draw it again' })

    expect((await postJson(null, signatures, { consent: true, method: 'typed', fullName: 'Clare Commissioner', title: 'Head of Inclusion' })).status).toBe(401)
    expect((await postJson(kent.tokens.southend, signatures, { consent: true, method: 'typed', fullName: 'Sam Southend', title: 'Commissioner' })).status).toBe(404)
    const early = await postJson(kent.tokens.provider, signatures, { consent: true, method: 'typed', fullName: 'Pat Provider', title: 'Chair of the Management Committee' })
    expect(early.status).toBe(409)
    expect((early.body as TApiError).error.message).toBe('It is not your turn to sign yet: the signatories before you must sign first')

    const first = await postJson(kent.tokens.commissioner, signatures, { consent: true, method: 'typed', fullName: 'Clare Commissioner', title: 'Head of Inclusion' })
    expect(first.status).toBe(201)
    const afterFirst = first.body as TSigningJson
    expect(afterFirst.agreement.status).toBe('out_for_signature')
    expect(afterFirst.signing.signatories.map((signatory) => [signatory.role, signatory.status, signatory.signedBy])).toEqual([
      ['Officer of KCC', 'signed', { name: 'Clare Commissioner', title: 'Head of Inclusion', method: 'typed', at: expect.any(String) }],
      ['Chair of Management Committee', 'waiting', null],
    ])

    const stale = await postJson(kent.tokens.provider, signatures, { consent: true, method: 'typed', fullName: 'Pat Provider', title: 'Chair', documentSha256: '0'.repeat(64) })
    expect(stale.status).toBe(409)

    const drawnSignature = `data:image/png;base64,${Buffer.from(drawnSignaturePng()).toString('base64')}`
    const last = await postJson(kent.tokens.provider, signatures, { consent: true, method: 'drawn', drawnSignature, fullName: 'Pat Provider', title: 'Chair of the Management Committee', documentSha256: afterFirst.signing.documentSha256 })
    expect(last.status).toBe(201)
    expect((last.body as TSigningJson).agreement.status).toBe('active')
    expect((last.body as TSigningJson).signing.status).toBe('completed')
    expect((last.body as TSigningJson).signing.signatories[1].signedBy).toEqual({ name: 'Pat Provider', title: 'Chair of the Management Committee', method: 'drawn', at: expect.any(String) })

    const signed = await fetch(new URL(`/api/v1/agreements/${agreement.id}/signed.pdf`, kent.app.baseUrl), { headers: { Authorization: `Bearer ${kent.tokens.provider}` } })
    const signedFile = path.join(kent.workDir, 'signed.pdf')
    fs.writeFileSync(signedFile, Buffer.from(await signed.arrayBuffer()))
    expect(execFileSync('pdfsig', [signedFile], { encoding: 'utf8' })).toContain('Signature is Valid')
    const certificate = execFileSync('pdftotext', [signedFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(certificate).toContain('Signed through the API with an API token')
    expect(certificate).toContain('signed with a drawn signature')
  }, 120_000)

  test('declining needs a reason, named as a field, and returns the agreement to draft', async () => {
    const agreement = await sentKentPru()
    const decline = `/api/v1/agreements/${agreement.id}/decline`

    const noReason = await postJson(kent.tokens.provider, decline, {})
    expect(noReason.status).toBe(400)
    expect((noReason.body as TApiError).error.details?.fields).toEqual({ reason: 'Say why you are declining to sign, so the commissioner knows what to change' })
    expect((await postJson(kent.tokens.legal, decline, { reason: 'Legal is not a signatory' })).status).toBe(403)

    const declined = await postJson(kent.tokens.provider, decline, { reason: 'The session fee in Schedule 2 is wrong' })
    expect(declined.status).toBe(200)
    const body = declined.body as TSigningJson
    expect(body.agreement.status).toBe('draft')
    expect(body.signing.status).toBe('declined')
    expect(body.signing.signatories.map((signatory) => [signatory.status, signatory.declineReason])).toEqual([
      ['waiting', null],
      ['declined', 'The session fee in Schedule 2 is wrong'],
    ])
    expect((await postJson(kent.tokens.commissioner, decline, { reason: 'Too late to decline now' })).status).toBe(409)
  }, 60_000)
})
