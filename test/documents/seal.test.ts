import { statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import forge from 'node-forge'
import { generateDemoSealP12, loadSealKey, type SealKey } from '#app/services/signing/seal-key.server'
import { sealPdf } from '#app/services/signing/seal-pdf.server'
import { verifySealedPdf } from '#app/services/signing/verify-sealed-pdf.server'
import { renderAgreementPdf } from '#templates/render/pdf'
import { certificateEntries, signedAgreement } from '#test/fixtures/documents/signed-agreement'
import { makeTempDirectory, runTool } from './support/tools'

const workspace = makeTempDirectory()
afterAll(() => workspace.remove())

const signingTime = new Date('2026-12-01T10:05:00Z')

function pdfsig(bytes: Uint8Array, name: string): string {
  const path = join(workspace.path, `${name}.pdf`)
  writeFileSync(path, bytes)
  return runTool('pdfsig', [path]).stdout
}

function certificateOf(key: SealKey): forge.pki.Certificate {
  return forge.pki.certificateFromPem(key.certificatePem)
}

/** The same key and certificate in a P12 protected by a passphrase, as an operator would supply. */
function reencryptP12(p12: Uint8Array, passphrase: string): Uint8Array {
  const store = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(Buffer.from(p12).toString('binary')), '')
  const privateKey = store.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag]?.[0].key
  const certificate = store.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag]?.[0].cert
  if (!privateKey || !certificate) throw new Error('the demo P12 lacks its key or certificate')
  const protectedP12 = forge.pkcs12.toPkcs12Asn1(privateKey, [certificate], passphrase, { algorithm: '3des' })
  return new Uint8Array(Buffer.from(forge.asn1.toDer(protectedP12).getBytes(), 'binary'))
}

describe('the seal key', () => {
  it('generates the demo seal once, keeps it 0600 in the data directory and reuses it', async () => {
    const dataDir = join(workspace.path, 'data')
    const first = await loadSealKey({ dataDir, env: {} })
    const second = await loadSealKey({ dataDir, env: {} })
    expect(first.source).toBe('demo')
    expect(second.certificateSha256).toBe(first.certificateSha256)
    expect(statSync(join(dataDir, 'seal', 'demo-seal.p12')).mode & 0o777).toBe(0o600)
  })

  it('is a self-signed RSA 2048 certificate named "SLA Register demo seal", valid 10 years, for signing only', async () => {
    const certificate = certificateOf(await loadSealKey({ dataDir: join(workspace.path, 'data'), env: {} }))
    expect(certificate.subject.getField('CN').value).toBe('SLA Register demo seal')
    expect(certificate.issuer.getField('CN').value).toBe('SLA Register demo seal')
    expect((certificate.publicKey as forge.pki.rsa.PublicKey).n.bitLength()).toBe(2048)
    const { notBefore, notAfter } = certificate.validity
    expect(notAfter.getFullYear() - notBefore.getFullYear()).toBe(10)
    expect(certificate.getExtension('keyUsage')).toMatchObject({ digitalSignature: true, nonRepudiation: true, keyCertSign: false })
  })

  it('uses a P12 configured in the environment, with its passphrase', async () => {
    const configured = reencryptP12(generateDemoSealP12(), 'correct horse battery')
    const base64 = Buffer.from(configured).toString('base64')
    const key = await loadSealKey({ dataDir: join(workspace.path, 'unused'), env: { SEAL_P12_BASE64: base64, SEAL_P12_PASSPHRASE: 'correct horse battery' } })
    expect(key.source).toBe('configured')
    expect(key.passphrase).toBe('correct horse battery')
    await expect(loadSealKey({ dataDir: workspace.path, env: { SEAL_P12_BASE64: base64, SEAL_P12_PASSPHRASE: 'wrong' } })).rejects.toThrow()
  })

  it('in production is never the demo seal unless SEAL_DEMO=1 asks for it', async () => {
    const dataDir = join(workspace.path, 'production')
    await expect(loadSealKey({ dataDir, env: { NODE_ENV: 'production' } })).rejects.toThrow('No seal key: set SEAL_P12_PATH or SEAL_P12_BASE64')
    expect((await loadSealKey({ dataDir, env: { NODE_ENV: 'production', SEAL_DEMO: '1' } })).source).toBe('demo')
  })
})

describe('a sealed agreement', () => {
  let key: SealKey
  let sealed: Uint8Array
  beforeAll(async () => {
    key = await loadSealKey({ dataDir: join(workspace.path, 'data'), env: {} })
    const signed = await renderAgreementPdf(signedAgreement(), { certificate: certificateEntries })
    sealed = await sealPdf(signed, { key, reason: 'Signed by every signatory', signerName: 'SLA Register', location: 'Leicestershire', signingTime })
  })

  it('passes pdfsig: valid signature covering the whole document', () => {
    const report = pdfsig(sealed, 'sealed')
    expect(report).toContain('Signer Certificate Common Name: SLA Register demo seal')
    expect(report).toContain('Signature Type: adbe.pkcs7.detached')
    expect(report).toContain('Signing Hash Algorithm: SHA-256')
    expect(report).toContain('Total document signed')
    expect(report).toContain('Signature Validation: Signature is Valid.')
  })

  it('verifies as intact, sealed by this system, with who, when and why', () => {
    const verification = verifySealedPdf(sealed, { key })
    expect(verification).toMatchObject({
      sealed: true, intact: true, signedBySystem: true, problems: [],
      signerName: 'SLA Register', reason: 'Signed by every signatory', signedAt: '2026-12-01T10:05:00.000Z',
      demoSeal: true,
    })
    expect(verification.documentSha256).toMatch(/^[0-9a-f]{64}$/)
    expect(verification.signedContentSha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('reports a single changed byte through both pdfsig and verifySealedPdf', () => {
    const tampered = Uint8Array.from(sealed)
    // Byte 2000 lies inside the first signed range, in the page content.
    tampered[2000] ^= 0x01
    expect(pdfsig(tampered, 'tampered')).toContain('Signature Validation: Digest Mismatch.')
    const verification = verifySealedPdf(tampered, { key })
    expect(verification.sealed).toBe(true)
    expect(verification.intact).toBe(false)
    expect(verification.problems).toEqual(['The document has been changed since it was sealed: its digest does not match the signed digest.'])
  })

  it('reports bytes appended after the seal', () => {
    const appended = new Uint8Array([...sealed, ...Buffer.from('\n% added later\n')])
    const verification = verifySealedPdf(appended, { key })
    expect(verification.intact).toBe(false)
    expect(verification.problems).toContain('Bytes were added to the file after it was sealed.')
  })

  it('knows a PDF sealed with some other certificate is intact but not sealed by this system', async () => {
    const otherKey = await loadSealKey({ dataDir: join(workspace.path, 'other'), env: {} })
    const verification = verifySealedPdf(sealed, { key: otherKey })
    expect(verification.intact).toBe(true)
    expect(verification.signedBySystem).toBe(false)
  })
})

describe('an unsealed PDF', () => {
  it('is reported as not sealed', async () => {
    const unsealed = await renderAgreementPdf(signedAgreement())
    const verification = verifySealedPdf(unsealed)
    expect(verification).toMatchObject({ sealed: false, intact: false, signedBySystem: false, problems: ['The PDF carries no digital signature.'] })
    expect(pdfsig(unsealed, 'unsealed')).toContain('does not contain any signatures')
  })
})
