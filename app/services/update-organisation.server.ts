import { ZOrganisationSchema } from '#app/schemas/organisation'
import { asSubject } from '#models/access/subjects'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { withDuplicateKeyAsConflict } from '#app/utils/mongo-errors.server'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { recordAuditEvent } from '#models/audit-event'
import { authorityIdOf, Organisation } from '#models/organisation'
import { resolveParentAuthority } from './create-organisation.server'
import { getOrganisationForActor } from './get-organisation.server'

export type TUpdateOrganisationOptions = {
  actor: TActor
  organisationId: string
  input: unknown
}

export async function updateOrganisation({ actor, organisationId, input }: TUpdateOrganisationOptions) {
  const existing = await getOrganisationForActor({ actor, organisationId })
  assertCan(actor, 'update', asSubject('Organisation', existing))
  const values = parseWith(ZOrganisationSchema, input)
  // Turning a provider into an authority (or back) would move every record between tenants.
  if ((values.kind === 'local_authority') !== (existing.kind === 'local_authority')) {
    const message = 'A local authority cannot be changed into another kind of organisation, or the other way round'
    throw new AppError('validation', { message, details: { fields: { kind: message } } })
  }
  const parentAuthority = await resolveParentAuthority(values.kind, values.parentAuthority)
  assertCan(actor, 'update', asSubject('Organisation', { ...existing, kind: values.kind, parentAuthority }))

  const updated = await withDuplicateKeyAsConflict(
    () =>
      Organisation.findByIdAndUpdate(
        existing._id,
        { name: values.name, kind: values.kind, parentAuthority, address: values.address },
        { returnDocument: 'after', runValidators: true },
      ).lean(),
    { name: 'An organisation with this name already exists for this authority' },
  )
  if (!updated) throw new AppError('not_found', { message: 'Organisation not found' })
  await recordAuditEvent({
    actor,
    organisationId: String(updated._id),
    authorityId: authorityIdOf(updated),
    action: 'organisation.updated',
    subject: { type: 'Organisation', id: String(updated._id) },
    summary: `${actor.name} updated ${updated.name}`,
  })
  return updated
}
