import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { listTemplates } from '#app/services/agreements/list-templates.server'
import { saveAgreementAsTemplate } from '#app/services/agreements/save-agreement-as-template.server'
import { assertMethod, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** GET: `[{key, title, description, source: "blank" | "authority" | "published", authorityName, version?, partnerships?}]`;
 * `partnerships` lists the areas a draft from that template may name as its `partnership`. */
export async function loader({ request }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    return json(await listTemplates({ actor }))
  })
}

/** POST `{agreementId, title, description?, template?}`: saves the agreement as a new template of its
 * authority, or as the next version of `template`; 201 with the template's key and version. */
export async function action({ request }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['GET', 'POST'])
    const actor = await requireApiUser(request)
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    const template = await saveAgreementAsTemplate({ actor, input })
    const version = template.versions.at(-1)
    const body = { key: template.key, title: template.title, version: version?.version, savedAt: version?.savedAt.toISOString(), savedBy: version?.savedByName }
    return json(body, { status: 201, headers: { Location: `/api/v1/templates/${encodeURIComponent(template.key)}` } })
  })
}
