import {
  AbilityBuilder,
  createMongoAbility,
  subject as tagSubject,
  type ForcedSubject,
  type MongoAbility,
} from '@casl/ability'
import { type TRole } from './roles'

export type TAction =
  | 'manage'
  | 'create'
  | 'read'
  | 'update'
  | 'review'
  | 'approve'
  | 'send'
  | 'sign'
  | 'renew'
  | 'vary'
  | 'terminate'
  | 'resetPassword'

// The fields permission rules look at, per record type, with ids as strings.
export type TOrganisationSubject = { _id: string; kind: string; parentAuthority: string | null }
export type TUserSubject = { _id: string; memberships: { organisation: string; authority: string; role: string }[] }
export type TAuditEventSubject = { _id: string; authority: string | null }
export type TApiTokenSubject = { _id: string; user: string }
export type TAgreementSubject = {
  _id: string
  authority: string
  parties: string[]
  memberSchools: string[]
  status: string
}
export type TTermCalendarSubject = { _id: string; authority: string }
export type TAgreementEventSubject = { _id: string; authority: string; agreement: string }
export type TCalendarFeedSubject = { _id: string; user: string }
export type TObligationSubject = { _id: string; authority: string; parties: string[]; organisation: string; agreement: string }
export type TEvidenceSubject = { _id: string; authority: string; organisation: string }
export type TKpiReturnSubject = { _id: string; authority: string; organisation: string }

type TSubjectShapes = {
  Organisation: TOrganisationSubject
  User: TUserSubject
  AuditEvent: TAuditEventSubject
  ApiToken: TApiTokenSubject
  Agreement: TAgreementSubject
  TermCalendar: TTermCalendarSubject
  AgreementEvent: TAgreementEventSubject
  CalendarFeed: TCalendarFeedSubject
  Obligation: TObligationSubject
  Evidence: TEvidenceSubject
  KpiReturn: TKpiReturnSubject
}
export type TRecordType = keyof TSubjectShapes
export type TSubjectType = TRecordType | 'all'

/** A record tagged with its type, so CASL knows which rules apply. */
export type TSubjectRecord = { [K in TRecordType]: TSubjectShapes[K] & ForcedSubject<K> }[TRecordType]
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

/** Tags a record for an ability check, turning ObjectIds into strings so rules compare by value. */
export function asSubject<K extends TRecordType>(type: K, record: Record<string, unknown>) {
  return tagSubject(type, normaliseIds(record) as TSubjectShapes[K])
}

function normaliseIds(value: unknown): unknown {
  if (value === null || value === undefined) return value
  if (Array.isArray(value)) return value.map(normaliseIds)
  if (value instanceof Date) return value
  if (typeof value === 'object') {
    if ('_bsontype' in value) return String(value)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, normaliseIds(inner)]))
  }
  return value
}

export function defineAbilityFor(user: TAbilityUser): TAppAbility {
  const { can, build } = new AbilityBuilder<TAppAbility>(createMongoAbility)

  can('read', 'User', { _id: user.id })
  can(['read', 'create', 'update'], 'ApiToken', { user: user.id })
  can(['read', 'create', 'update'], 'CalendarFeed', { user: user.id })

  if (user.isPlatformAdmin) {
    can(['read', 'create', 'update'], 'Organisation')
    can(['read', 'create', 'update', 'resetPassword'], 'User')
    can('read', 'AuditEvent')
    can(['read', 'create', 'update'], 'TermCalendar')
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
