// Reads a detached PKCS#7 / CMS SignedData (RFC 5652) with node-forge, which parses it but does not
// verify it, and checks the signer's signature over the authenticated attributes.
import forge from 'node-forge'

export interface SignedData {
  certificate: forge.pki.Certificate
  /** Node's name for the digest algorithm: "sha256". */
  digestAlgorithm: string
  /** The messageDigest attribute, hex: what the signer says the signed bytes hash to. */
  messageDigest: string
  signingTime?: Date
  /** The signature over the DER of the authenticated attributes verifies with the certificate's key. */
  signatureValid: boolean
}

const { asn1 } = forge
const digestAlgorithms: Record<string, 'sha256' | 'sha384' | 'sha512' | 'sha1'> = {
  [forge.pki.oids.sha256]: 'sha256',
  [forge.pki.oids.sha384]: 'sha384',
  [forge.pki.oids.sha512]: 'sha512',
  [forge.pki.oids.sha1]: 'sha1',
}

interface SignerInfoParts {
  serialHex: string
  digestOid: string
  attributes: forge.asn1.Asn1
  signature: string
}

function signerInfoParts(signerInfo: forge.asn1.Asn1): SignerInfoParts {
  const children = signerInfo.value as forge.asn1.Asn1[]
  const issuerAndSerial = children[1].value as forge.asn1.Asn1[]
  const attributes = children.find((child) => child.tagClass === asn1.Class.CONTEXT_SPECIFIC && child.type === 0)
  const signature = children.find((child) => child.tagClass === asn1.Class.UNIVERSAL && child.type === asn1.Type.OCTETSTRING)
  if (!attributes || !signature) throw new Error('the signer info has no authenticated attributes or no signature')
  return {
    serialHex: forge.util.bytesToHex(issuerAndSerial[1].value as string),
    digestOid: asn1.derToOid((children[2].value as forge.asn1.Asn1[])[0].value as string),
    attributes,
    signature: signature.value as string,
  }
}

function attributeValue(attributes: forge.asn1.Asn1, oid: string): forge.asn1.Asn1 | undefined {
  for (const attribute of attributes.value as forge.asn1.Asn1[]) {
    const [type, values] = attribute.value as forge.asn1.Asn1[]
    if (asn1.derToOid(type.value as string) === oid) return (values.value as forge.asn1.Asn1[])[0]
  }
  return undefined
}

function signingTimeOf(attributes: forge.asn1.Asn1): Date | undefined {
  const time = attributeValue(attributes, forge.pki.oids.signingTime)
  if (!time) return undefined
  return time.type === asn1.Type.UTCTIME ? asn1.utcTimeToDate(time.value as string) : asn1.generalizedTimeToDate(time.value as string)
}

/** RFC 5652 5.4: the signature is over the attributes DER-encoded as a SET, not as the [0] field. */
function verifiesAttributes(parts: SignerInfoParts, certificate: forge.pki.Certificate, algorithm: string): boolean {
  const asSet = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, parts.attributes.value as forge.asn1.Asn1[])
  const digest = forge.md[algorithm as 'sha256'].create()
  digest.update(asn1.toDer(asSet).getBytes())
  try {
    return (certificate.publicKey as forge.pki.rsa.PublicKey).verify(digest.digest().bytes(), parts.signature)
  } catch {
    return false
  }
}

// node-forge accepts an options object here; its type definitions only know the older boolean.
const fromDer = asn1.fromDer as unknown as (bytes: forge.util.ByteStringBuffer, options: { parseAllBytes: boolean }) => forge.asn1.Asn1

export function readSignedData(der: Uint8Array): SignedData {
  // The /Contents placeholder is padded with zeros after the DER structure.
  const parsed = fromDer(forge.util.createBuffer(Buffer.from(der).toString('binary')), { parseAllBytes: false })
  const message = forge.pkcs7.messageFromAsn1(parsed) as forge.pkcs7.PkcsSignedData & { rawCapture: { signerInfos: forge.asn1.Asn1[] } }
  const signerInfo = message.rawCapture.signerInfos?.[0]
  if (!signerInfo) throw new Error('it has no signer')
  const parts = signerInfoParts(signerInfo)
  const certificate = message.certificates.find((candidate) => candidate.serialNumber === parts.serialHex) ?? message.certificates[0]
  if (!certificate) throw new Error('it carries no certificate')
  const digestAlgorithm = digestAlgorithms[parts.digestOid]
  if (!digestAlgorithm) throw new Error(`its digest algorithm ${parts.digestOid} is not supported`)
  const messageDigest = attributeValue(parts.attributes, forge.pki.oids.messageDigest)
  if (!messageDigest) throw new Error('it has no messageDigest attribute')
  return {
    certificate,
    digestAlgorithm,
    messageDigest: forge.util.bytesToHex(messageDigest.value as string),
    signingTime: signingTimeOf(parts.attributes),
    signatureValid: verifiesAttributes(parts, certificate, digestAlgorithm),
  }
}
