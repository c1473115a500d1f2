import { AbilityBuilder, createMongoAbility, type MongoAbility } from '@casl/ability'
import { type TRole } from '#models/access/roles'
import type { TAction, TSubjectRecord, TSubjectType } from '#models/access/subjects'

export type TAppAbility = MongoAbility<[TAction, TSubjectType | TSubjectRecord]>

export type TAbilityMembership = {
  organisationId: string
  authorityId: string
  role: TRole
}

export type TAbilityUser = {
  id: string
  isPlatformAdmin: boolean
  memberships: TAbilityMembership[]
}

export function defineAbilityFor(user: TAbilityUser): TAppAbility {
  const { can, build } = new AbilityBuilder<TAppAbility>(createMongoAbility)

  can('read', 'User', { _id: user.id })
  can(['read', 'create', 'update'], 'ApiToken', { user: user.id })
  can(['read', 'create', 'update'], 'CalendarFeed', { user: user.id })

  // Issue 20: the platform administrator adds local authorities and their first administrators,
  // and sees nothing of any authority's agreements, evidence, people or audit trail; only the
  // platform's own events (its sign-ins, the authorities it added, sign-ins to unknown emails).
  if (user.isPlatformAdmin) {
    can(['read', 'create'], 'Organisation', { kind: 'local_authority' })
    can('read', 'AuditEvent', { authority: null })
  }

  for (const { organisationId, authorityId, role } of user.memberships) {
    can('read', 'Organisation', { _id: organisationId })
    const isAuthorityStaff = organisationId === authorityId
    if (isAuthorityStaff) defineAuthorityStaffRules(can, role, authorityId)
    else defineProviderRules(can, role, organisationId)
  }

  return build()
}

type TCan = AbilityBuilder<TAppAbility>['can']

// Staff of a local authority work across every record of their own authority and nothing else.
function defineAuthorityStaffRules(can: TCan, role: TRole, authority: string) {
  can('read', 'Organisation', { parentAuthority: authority })
  if (role === 'provider' || role === 'member_school') return
  can('read', 'Agreement', { authority })
  // Legal review comments and findings stay inside the authority: any status, read-only.
  can('readReview', 'Agreement', { authority })
  can('read', 'TermCalendar', { authority })
  can('read', 'AgreementEvent', { authority })
  // Compliance: everyone at the authority who reads agreements reads their obligations and returns.
  can('read', ['Obligation', 'Evidence', 'KpiReturn'], { authority })

  if (role === 'admin') {
    can('update', 'Organisation', { _id: authority })
    can(['create', 'update'], 'Organisation', { parentAuthority: authority })
    can(['read', 'create', 'update', 'resetPassword'], 'User', { memberships: { $elemMatch: { authority } } })
    can('read', 'AuditEvent', { authority })
    can(['create', 'update'], 'TermCalendar', { authority })
  }
  if (role === 'commissioner') {
    can('review', 'Obligation', { authority })
    can('create', 'AgreementEvent', { authority })
    can(['create', 'update'], 'Agreement', { authority, status: 'draft' })
    can('send', 'Agreement', { authority, status: 'approved' })
    // Renewals and variations start from an agreement in force; ending one early is a legal act too.
    can(['renew', 'vary', 'terminate'], 'Agreement', { authority, status: { $in: ['active', 'expiring'] } })
  }
  if (role === 'legal') {
    can('create', 'AgreementEvent', { authority })
    can(['review', 'approve'], 'Agreement', { authority, status: 'in_legal_review' })
    can('terminate', 'Agreement', { authority, status: { $in: ['active', 'expiring'] } })
  }
  if (role === 'auditor') {
    can('read', 'User', { memberships: { $elemMatch: { authority } } })
    can('read', 'AuditEvent', { authority })
  }
}

// Providers and schools see only the agreements they are a party to (or, for a partnership MOU, a member of).
function defineProviderRules(can: TCan, role: TRole, organisation: string) {
  if (role === 'provider' || role === 'member_school') {
    // Compliance: read their agreements' obligations; evidence and KPI figures for their own organisation only.
    can('read', 'Obligation', { parties: organisation })
    can(['read', 'create'], ['Evidence', 'KpiReturn'], { organisation })
  }
  if (role === 'provider') {
    can(['read', 'sign'], 'Agreement', { parties: organisation })
  }
  if (role === 'member_school') {
    can(['read', 'sign'], 'Agreement', { memberSchools: organisation })
    can(['read', 'sign'], 'Agreement', { parties: organisation })
  }
}

/** The words used when a permission is missing, e.g. "update Organisation". */
export function describePermission(action: TAction, subjectType: TSubjectType) {
  return `${action} ${subjectType}`
}
