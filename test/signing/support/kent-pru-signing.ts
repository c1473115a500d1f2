// For the signing tests against the running app: the Kent demo accounts signed in with API tokens,
// and a Kent PRU SLA taken through legal review to approval or out for signature.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startApp, type TRunningApp, type TStartAppOptions } from '#test/support/app'
import { api, createToken, signedIn, type TestClient } from '#test/support/client'

export const KENT_PRU = 'North West Kent Alternative Provision Service Management Committee'

export type TSigningApp = {
  app: TRunningApp
  commissioner: TestClient
  provider: TestClient
  tokens: Record<'commissioner' | 'provider' | 'legal' | 'southend', string>
  kentPruId: string
}

export type TAgreementJson = { id: string; reference: string; version: number; status: string }

/** Starts the app with the demo data and signs in the Kent commissioner, legal, the PRU provider and a Southend commissioner. */
export async function startSigningApp(options: TStartAppOptions = {}): Promise<TSigningApp> {
  const app = await startApp(options)
  const commissioner = await signedIn(app.baseUrl, 'commissioner@kent.example')
  const provider = await signedIn(app.baseUrl, 'provider@nwk-aps.example')
  const tokens = {
    commissioner: await createToken(commissioner),
    provider: await createToken(provider),
    legal: await createToken(await signedIn(app.baseUrl, 'legal@kent.example')),
    southend: await createToken(await signedIn(app.baseUrl, 'commissioner@southend.example')),
  }
  const organisations = (await api(app.baseUrl, '/api/v1/organisations', tokens.commissioner)).body as { id: string; name: string }[]
  const kentPruId = organisations.find((organisation) => organisation.name === KENT_PRU)?.id ?? ''
  return { app, commissioner, provider, tokens, kentPruId }
}

export function postJson({ app }: TSigningApp, token: string | null, url: string, body: unknown) {
  return api(app.baseUrl, url, token, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
}

/** A new Kent PRU SLA (commencing 1 September 2026) through legal review to approved. */
export async function approvedKentPru(signing: TSigningApp): Promise<TAgreementJson> {
  const created = await postJson(signing, signing.tokens.commissioner, '/api/v1/agreements', { template: 'kent-pru-sla', commencesOn: '2026-09-01', parties: [signing.kentPruId] })
  if (created.status !== 201) throw new Error(`Creating the agreement answered ${created.status}`)
  const agreement = created.body as TAgreementJson
  await transition(signing, signing.tokens.commissioner, agreement.id, 'in_legal_review')
  await transition(signing, signing.tokens.legal, agreement.id, 'approved')
  return agreement
}

/** The same, sent for signature: the KCC officer signs first, then the Chair of the Management Committee. */
export async function sentKentPru(signing: TSigningApp): Promise<TAgreementJson> {
  const agreement = await approvedKentPru(signing)
  await transition(signing, signing.tokens.commissioner, agreement.id, 'out_for_signature')
  return agreement
}

async function transition(signing: TSigningApp, token: string, agreementId: string, to: string) {
  const moved = await postJson(signing, token, `/api/v1/agreements/${agreementId}/transitions`, { to })
  if (moved.status !== 200) throw new Error(`Moving the agreement to ${to} answered ${moved.status}: ${JSON.stringify(moved.body)}`)
}

export type TSigningTestContext = TSigningApp & { workDir: string }

/**
 * Starts the app for this test file (once, before its tests) and stops it after; with a prefix, also
 * a scratch directory for files the tests write. The returned object is filled in before the tests run.
 */
export function useSigningApp(workDirPrefix?: string): TSigningTestContext {
  const context = { workDir: '' } as TSigningTestContext
  beforeAll(async () => {
    Object.assign(context, await startSigningApp())
    if (workDirPrefix) context.workDir = fs.mkdtempSync(path.join(os.tmpdir(), workDirPrefix))
  }, 240_000)
  afterAll(async () => {
    await context.app?.stop()
    if (context.workDir) fs.rmSync(context.workDir, { recursive: true, force: true })
  })
  return context
}
