import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { createOrganisation } from '#app/services/create-organisation.server'
import { listOrganisations } from '#app/services/list-organisations.server'
import { assertMethod, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'
import { type TOrganisation } from '#models/organisation'

function present(organisation: TOrganisation) {
  return {
    id: String(organisation._id),
    name: organisation.name,
    kind: organisation.kind,
    parentAuthority: organisation.parentAuthority ? String(organisation.parentAuthority) : null,
    address: {
      lines: organisation.address?.lines ?? [],
      town: organisation.address?.town ?? '',
      postcode: organisation.address?.postcode ?? '',
      email: organisation.address?.email ?? '',
    },
  }
}

export async function loader({ request }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    const organisations = await listOrganisations({ actor })
    return json(organisations.map(present))
  })
}

// The API takes the address as JSON lines; the service's schema (shared with the form) takes text.
const ZCreateOrganisationBody = z.object({
  name: z.unknown(),
  kind: z.unknown(),
  parentAuthority: z.string({ error: 'parentAuthority must be an organisation id' }).optional(),
  address: z
    .object({
      lines: z.array(z.string(), { error: 'address.lines must be a list of strings' }).default([]),
      town: z.string().default(''),
      postcode: z.string().default(''),
      email: z.string().default(''),
    })
    .optional(),
})

export async function action({ request }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['GET', 'POST'])
    const actor = await requireApiUser(request)
    const body = await readJsonBody(request, ZCreateOrganisationBody)
    const organisation = await createOrganisation({
      actor,
      input: {
        name: body.name,
        kind: body.kind,
        parentAuthority: body.parentAuthority ?? '',
        address: body.address ? { ...body.address, lines: body.address.lines.join('\n') } : undefined,
      },
    })
    return json(present(organisation), { status: 201 })
  })
}
