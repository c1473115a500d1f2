import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { discardImport } from '#app/services/imports/discard-import.server'
import { getImport } from '#app/services/imports/get-import.server'
import { toImportJson } from '#app/services/imports/to-import-json.server'
import { assertMethod, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** GET: the import with what was read (`document.blocks`, `structure`) and every proposal and its decision. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    const agreementImport = await getImport({ actor, importId: params.importId ?? '' })
    return json(toImportJson(agreementImport, { withDocument: true }))
  })
}

/** DELETE: discards an import that has not become an agreement, with its file. */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['GET', 'DELETE'])
    const actor = await requireApiUser(request)
    const discarded = await discardImport({ actor, importId: params.importId ?? '' })
    return json(toImportJson(discarded, { withDocument: false }))
  })
}
