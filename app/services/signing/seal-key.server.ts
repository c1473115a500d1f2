// The key the system seals completed agreements with (docs/decisions/003-document-seal.md):
// a configured P12 in production, otherwise a self-signed demo certificate generated once and kept
// in the data directory so restarts keep sealing with, and recognising, the same certificate.
import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import forge from 'node-forge'

export interface SealKey {
  p12: Uint8Array
  passphrase: string
  /** The seal certificate, to recognise PDFs this system sealed. */
  certificatePem: string
  /** SHA-256 of the certificate's DER encoding, hex. */
  certificateSha256: string
  source: 'configured' | 'demo'
}

export interface LoadSealKeyOptions {
  dataDir: string
  env: Record<string, string | undefined>
}

export const DEMO_SEAL_SUBJECT = 'SLA Register demo seal'
// The demo P12 is protected by its 0600 file mode; a passphrase kept beside it would add nothing.
const demoPassphrase = ''
const demoValidityYears = 10

export function certificateSha256(certificate: forge.pki.Certificate): string {
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes()
  return createHash('sha256').update(Buffer.from(der, 'binary')).digest('hex')
}

/** The certificate whose public key matches the P12's private key. */
function sealCertificateOf(p12: Uint8Array, passphrase: string): forge.pki.Certificate {
  const asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12).toString('binary')))
  const store = forge.pkcs12.pkcs12FromAsn1(asn1, passphrase)
  const keyBags = [
    ...(store.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ?? []),
    ...(store.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ]
  const privateKey = keyBags[0]?.key as forge.pki.rsa.PrivateKey | undefined
  if (!privateKey) throw new Error('The seal P12 holds no private key')
  const certificates = (store.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [])
    .map((bag) => bag.cert)
    .filter((certificate): certificate is forge.pki.Certificate => Boolean(certificate))
  const match = certificates.find((certificate) => (certificate.publicKey as forge.pki.rsa.PublicKey).n.equals(privateKey.n))
  if (!match) throw new Error('The seal P12 holds no certificate for its private key')
  return match
}

function sealKeyOf(p12: Uint8Array, passphrase: string, source: SealKey['source']): SealKey {
  const certificate = sealCertificateOf(p12, passphrase)
  return {
    p12, passphrase, source,
    certificatePem: forge.pki.certificateToPem(certificate),
    certificateSha256: certificateSha256(certificate),
  }
}

export function generateDemoSealP12(now = new Date()): Uint8Array {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 })
  const certificate = forge.pki.createCertificate()
  certificate.publicKey = keys.publicKey
  // A positive serial: a leading 0x01 byte keeps the DER integer from reading as negative.
  certificate.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(15))}`
  certificate.validity.notBefore = now
  certificate.validity.notAfter = new Date(now)
  certificate.validity.notAfter.setFullYear(now.getFullYear() + demoValidityYears)
  const subject = [{ name: 'commonName', value: DEMO_SEAL_SUBJECT }, { name: 'organizationName', value: 'SLA Register' }]
  certificate.setSubject(subject)
  certificate.setIssuer(subject)
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', critical: true, digitalSignature: true, nonRepudiation: true },
    { name: 'subjectKeyIdentifier' },
  ])
  certificate.sign(keys.privateKey, forge.md.sha256.create())
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [certificate], demoPassphrase, { algorithm: '3des', friendlyName: DEMO_SEAL_SUBJECT })
  return new Uint8Array(Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'))
}

async function readIfExists(path: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(path))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

async function readOrCreateDemoP12(dataDir: string): Promise<Uint8Array> {
  const directory = join(dataDir, 'seal')
  const path = join(directory, 'demo-seal.p12')
  const existing = await readIfExists(path)
  if (existing) return existing
  await mkdir(directory, { recursive: true, mode: 0o700 })
  const p12 = generateDemoSealP12()
  try {
    // 'wx' fails if another instance wrote it first; then everyone uses that one.
    await writeFile(path, p12, { mode: 0o600, flag: 'wx' })
    return p12
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    return new Uint8Array(await readFile(path))
  }
}

async function configuredP12(env: LoadSealKeyOptions['env']): Promise<Uint8Array | undefined> {
  if (env.SEAL_P12_PATH) return new Uint8Array(await readFile(env.SEAL_P12_PATH))
  if (env.SEAL_P12_BASE64) return new Uint8Array(Buffer.from(env.SEAL_P12_BASE64, 'base64'))
  return undefined
}

export async function loadSealKey({ dataDir, env }: LoadSealKeyOptions): Promise<SealKey> {
  const configured = await configuredP12(env)
  if (configured) return sealKeyOf(configured, env.SEAL_P12_PASSPHRASE ?? '', 'configured')
  // A production install must choose its seal; the demo one only when asked for by name.
  if (env.NODE_ENV === 'production' && env.SEAL_DEMO !== '1') {
    throw new Error('No seal key: set SEAL_P12_PATH or SEAL_P12_BASE64 (or SEAL_DEMO=1 for the self-signed demo seal)')
  }
  return sealKeyOf(await readOrCreateDemoP12(dataDir), demoPassphrase, 'demo')
}
