import { readSigningFile } from './agreement-files.server'
import { findSigningLink } from './find-signing-link.server'
import type { TAgreementFile } from './get-agreement-file.server'

/** What a signatory without an account sees through a signing link: the agreement, their slot and the exact PDF's hash. */
export async function getSigningLink({ token }: { token: string }) {
  const { agreement, request, signatory, link } = await findSigningLink({ token })
  return {
    agreement: { reference: agreement.reference, title: agreement.title, version: request.version },
    signatory: { role: signatory.role, organisationName: signatory.organisationName, name: link.name },
    documentSha256: request.documentSha256,
  }
}

/** The exact PDF the link's signatory signs, served only while the link can still be used. */
export async function getSigningLinkDocument({ token }: { token: string }): Promise<TAgreementFile> {
  const { agreement, request } = await findSigningLink({ token })
  return { bytes: await readSigningFile(request.documentStoreKey), fileName: `${agreement.reference}-v${request.version}-to-sign.pdf`, contentType: 'application/pdf' }
}
