import { json, type LoaderFunctionArgs } from '@remix-run/node'
import { getAgreementTemplate } from '#app/services/agreements/get-agreement-template.server'
import { methodNotAllowed, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** GET one of the authority's templates: each version with who saved it, when, from which
 * agreement, its clauses, and the agreements drafted from it. `?authority=` for someone who works for two. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    const authorityId = new URL(request.url).searchParams.get('authority') ?? undefined
    const { template, versions } = await getAgreementTemplate({ actor, key: params.key ?? '', authorityId })
    return json({
      key: template.key,
      title: template.title,
      description: template.description,
      authority: String(template.authority),
      versions: versions.map((version) => ({
        version: version.version,
        title: version.title,
        description: version.description,
        savedAt: version.savedAt.toISOString(),
        savedBy: version.savedByName,
        fromAgreement: version.fromAgreement ? String(version.fromAgreement) : null,
        fromReference: version.fromReference,
        parties: version.parties,
        content: version.content,
        agreements: version.agreements.map((agreement) => ({ id: String(agreement._id), reference: agreement.reference, title: agreement.title, status: agreement.status, version: agreement.version })),
      })),
    })
  })
}

export const action = methodNotAllowed('GET')
