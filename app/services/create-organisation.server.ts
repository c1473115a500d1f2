import mongoose from 'mongoose'
import { ZOrganisationSchema } from '#app/schemas/organisation'
import { asSubject } from '#models/access/subjects'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { withDuplicateKeyAsConflict } from '#app/utils/mongo-errors.server'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { recordAuditEvent } from '#models/audit-event'
import { Organisation } from '#models/organisation'

export type TCreateOrganisationOptions = {
  actor: TActor
  input: unknown
}

export async function createOrganisation({ actor, input }: TCreateOrganisationOptions) {
  const values = parseWith(ZOrganisationSchema, input)
  const parentAuthority = await resolveParentAuthority(values.kind, values.parentAuthority)
  assertCan(actor, 'create', asSubject('Organisation', { _id: '', kind: values.kind, parentAuthority }))

  const organisation = await withDuplicateKeyAsConflict(
    () => Organisation.create({ name: values.name, kind: values.kind, parentAuthority, address: values.address }),
    { name: 'An organisation with this name already exists for this authority' },
  )
  const authorityId = parentAuthority ?? String(organisation._id)
  await recordAuditEvent({
    actor,
    organisationId: String(organisation._id),
    authorityId,
    action: 'organisation.created',
    subject: { type: 'Organisation', id: String(organisation._id) },
    summary: `${actor.name} created ${organisation.name}`,
  })
  return organisation.toObject()
}

/** A local authority has no parent; anything else must name an existing local authority. */
export async function resolveParentAuthority(kind: string, parentAuthority: string): Promise<string | null> {
  if (kind === 'local_authority') return null
  const missing = new AppError('validation', {
    message: 'Select the local authority this organisation belongs to',
    details: { fields: { parentAuthority: 'Select the local authority this organisation belongs to' } },
  })
  if (!parentAuthority || !mongoose.isValidObjectId(parentAuthority)) throw missing
  const authority = await Organisation.findOne({ _id: parentAuthority, kind: 'local_authority' }).lean()
  if (!authority) throw missing
  return String(authority._id)
}
