import { Organisation, type TOrganisationKind } from '#models/organisation'
import { User, type TUser } from '#models/user'
import { defineAbilityFor, type TAppAbility } from './abilities'
import { type TRole } from '#models/access/roles'

export type TActorMembership = {
  organisationId: string
  organisationName: string
  organisationKind: TOrganisationKind
  authorityId: string
  role: TRole
}

/** The signed-in person (or API token holder) as every permission check sees them. */
export type TActor = {
  id: string
  email: string
  name: string
  isPlatformAdmin: boolean
  memberships: TActorMembership[]
  ability: TAppAbility
}

export async function loadActor(userId: string): Promise<TActor | null> {
  const user = await User.findById(userId).lean()
  return user ? actorFromUser(user) : null
}

export async function actorFromUser(user: TUser): Promise<TActor> {
  const organisationIds = user.memberships.map((membership) => membership.organisation)
  const organisations = await Organisation.find({ _id: { $in: organisationIds } }).lean()
  const byId = new Map(organisations.map((organisation) => [String(organisation._id), organisation]))
  const memberships = user.memberships.flatMap((membership): TActorMembership[] => {
    const organisation = byId.get(String(membership.organisation))
    if (!organisation) return []
    return [
      {
        organisationId: String(organisation._id),
        organisationName: organisation.name,
        organisationKind: organisation.kind,
        authorityId: String(membership.authority),
        role: membership.role,
      },
    ]
  })
  const id = String(user._id)
  const isPlatformAdmin = user.isPlatformAdmin ?? false
  return {
    id,
    email: user.email,
    name: user.name,
    isPlatformAdmin,
    memberships,
    ability: defineAbilityFor({ id, isPlatformAdmin, memberships }),
  }
}

/** The membership shown in the header and used when a form does not say which organisation it acts for. */
export function primaryMembership(actor: TActor): TActorMembership | undefined {
  return actor.memberships[0]
}

/** Where an audit event about a user's own things (tokens, calendar feeds, sessions) is filed: their primary membership. */
export function ownAuditScope(actor: TActor) {
  const membership = primaryMembership(actor)
  return { organisationId: membership?.organisationId ?? null, authorityId: membership?.authorityId ?? null }
}
