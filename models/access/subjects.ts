// The vocabulary permissions are written in: actions, the record types they apply to and the
// fields rules look at. Pure, so models tag their records and the app writes its rules in one language.
import { subject as tagSubject, type ForcedSubject } from '@casl/ability'

export type TAction =
  | 'manage'
  | 'create'
  | 'read'
  | 'update'
  | 'review'
  /** Open an agreement's legal review view, comments and findings, read-only; authority staff only. */
  | 'readReview'
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
