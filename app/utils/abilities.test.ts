import { asSubject } from '#models/access/subjects'
import { defineAbilityFor, type TAbilityUser } from './abilities'
import { type TRole } from '#models/access/roles'

const KENT = '64b000000000000000000001'
const SOUTHEND = '64b000000000000000000002'
const KENT_PRU = '64b000000000000000000003'
const ASHFIELD = '64b000000000000000000004'
const LEICESTERSHIRE = '64b000000000000000000005'

function staff(role: TRole, authority = KENT): TAbilityUser {
  return { id: `user-${role}`, isPlatformAdmin: false, memberships: [{ organisationId: authority, authorityId: authority, role }] }
}
const provider: TAbilityUser = { id: 'user-provider', isPlatformAdmin: false, memberships: [{ organisationId: KENT_PRU, authorityId: KENT, role: 'provider' }] }
const memberSchool: TAbilityUser = {
  id: 'user-school',
  isPlatformAdmin: false,
  memberships: [{ organisationId: ASHFIELD, authorityId: LEICESTERSHIRE, role: 'member_school' }],
}

const kentDraft = asSubject('Agreement', { _id: 'a1', authority: KENT, parties: [KENT, KENT_PRU], memberSchools: [], status: 'draft' })
const kentActive = asSubject('Agreement', { _id: 'a2', authority: KENT, parties: [KENT, KENT_PRU], memberSchools: [], status: 'active' })
const kentInReview = asSubject('Agreement', { _id: 'a5', authority: KENT, parties: [KENT, KENT_PRU], memberSchools: [], status: 'in_legal_review' })
const southendInReview = asSubject('Agreement', { _id: 'a6', authority: SOUTHEND, parties: [SOUTHEND], memberSchools: [], status: 'in_legal_review' })
const southendDraft = asSubject('Agreement', { _id: 'a3', authority: SOUTHEND, parties: [SOUTHEND], memberSchools: [], status: 'draft' })
const seipMou = asSubject('Agreement', { _id: 'a4', authority: LEICESTERSHIRE, parties: [LEICESTERSHIRE], memberSchools: [ASHFIELD], status: 'active' })

describe('agreements', () => {
  it('a commissioner drafts and edits drafts of their own authority only', () => {
    const ability = defineAbilityFor(staff('commissioner'))
    expect(ability.can('read', kentActive)).toBe(true)
    expect(ability.can('update', kentDraft)).toBe(true)
    expect(ability.can('update', kentActive)).toBe(false)
    expect(ability.can('approve', kentDraft)).toBe(false)
    expect(ability.can('read', southendDraft)).toBe(false)
    expect(ability.can('create', southendDraft)).toBe(false)
  })

  it('legal reviews and approves their authority’s agreements in legal review but does not edit them', () => {
    const ability = defineAbilityFor(staff('legal'))
    expect(ability.can('read', kentDraft)).toBe(true)
    expect(ability.can('review', kentInReview)).toBe(true)
    expect(ability.can('approve', kentInReview)).toBe(true)
    expect(ability.can('approve', kentDraft)).toBe(false)
    expect(ability.can('update', kentDraft)).toBe(false)
    expect(ability.can('approve', southendInReview)).toBe(false)
  })

  it('legal opens the review view of any agreement of their authority, whatever its status, and comments only while it is in review', () => {
    const ability = defineAbilityFor(staff('legal'))
    for (const agreement of [kentDraft, kentInReview, kentActive]) expect(ability.can('readReview', agreement)).toBe(true)
    expect(ability.can('review', kentActive)).toBe(false)
    expect(ability.can('readReview', southendInReview)).toBe(false)
  })

  it('a provider never sees the authority’s legal review', () => {
    expect(defineAbilityFor(provider).can('readReview', kentActive)).toBe(false)
  })

  it('an auditor reads everything of their authority and changes nothing', () => {
    const ability = defineAbilityFor(staff('auditor'))
    expect(ability.can('read', kentDraft)).toBe(true)
    expect(ability.can('read', asSubject('AuditEvent', { _id: 'e1', authority: KENT }))).toBe(true)
    expect(ability.can('read', asSubject('AuditEvent', { _id: 'e2', authority: SOUTHEND }))).toBe(false)
    for (const action of ['create', 'update', 'review', 'approve', 'sign'] as const) expect(ability.can(action, kentDraft)).toBe(false)
  })

  it('a provider reads and signs only agreements it is a party to', () => {
    const ability = defineAbilityFor(provider)
    expect(ability.can('read', kentActive)).toBe(true)
    expect(ability.can('sign', kentActive)).toBe(true)
    expect(ability.can('update', kentDraft)).toBe(false)
    expect(ability.can('read', southendDraft)).toBe(false)
  })

  it('a member school reads and signs the memorandum it is a member of', () => {
    const ability = defineAbilityFor(memberSchool)
    expect(ability.can('read', seipMou)).toBe(true)
    expect(ability.can('sign', seipMou)).toBe(true)
    expect(ability.can('read', kentActive)).toBe(false)
  })
})

describe('organisations and users', () => {
  it('an authority administrator manages its own organisations and people, not another authority’s', () => {
    const ability = defineAbilityFor(staff('admin'))
    expect(ability.can('create', asSubject('Organisation', { _id: '', kind: 'provider', parentAuthority: KENT }))).toBe(true)
    expect(ability.can('create', asSubject('Organisation', { _id: '', kind: 'provider', parentAuthority: SOUTHEND }))).toBe(false)
    expect(ability.can('create', asSubject('Organisation', { _id: '', kind: 'local_authority', parentAuthority: null }))).toBe(false)
    const kentUser = asSubject('User', { _id: 'u1', memberships: [{ organisation: KENT_PRU, authority: KENT, role: 'provider' }] })
    const southendUser = asSubject('User', { _id: 'u2', memberships: [{ organisation: SOUTHEND, authority: SOUTHEND, role: 'legal' }] })
    expect(ability.can('resetPassword', kentUser)).toBe(true)
    expect(ability.can('resetPassword', southendUser)).toBe(false)
    expect(ability.can('update', southendUser)).toBe(false)
  })

  it('a provider reads only its own organisation', () => {
    const ability = defineAbilityFor(provider)
    expect(ability.can('read', asSubject('Organisation', { _id: KENT_PRU, kind: 'provider', parentAuthority: KENT }))).toBe(true)
    expect(ability.can('read', asSubject('Organisation', { _id: KENT, kind: 'local_authority', parentAuthority: null }))).toBe(false)
    expect(ability.can('create', 'Organisation')).toBe(false)
  })

  it('a platform administrator may create a local authority', () => {
    const ability = defineAbilityFor({ id: 'root', isPlatformAdmin: true, memberships: [] })
    expect(ability.can('create', asSubject('Organisation', { _id: '', kind: 'local_authority', parentAuthority: null }))).toBe(true)
  })

  it('a platform administrator sees nothing of an authority beyond the authority itself (issue 20)', () => {
    const ability = defineAbilityFor({ id: 'root', isPlatformAdmin: true, memberships: [] })
    expect(ability.can('read', asSubject('Organisation', { _id: KENT, kind: 'local_authority', parentAuthority: null }))).toBe(true)
    expect(ability.can('create', asSubject('Organisation', { _id: '', kind: 'provider', parentAuthority: KENT }))).toBe(false)
    expect(ability.can('read', asSubject('Organisation', { _id: KENT_PRU, kind: 'provider', parentAuthority: KENT }))).toBe(false)
    expect(ability.can('read', asSubject('Agreement', { _id: 'a1', authority: KENT, parties: [KENT_PRU], memberSchools: [], status: 'active' }))).toBe(false)
    expect(ability.can('read', asSubject('Evidence', { _id: 'e1', authority: KENT, organisation: KENT_PRU }))).toBe(false)
    expect(ability.can('read', asSubject('User', { _id: 'u1', memberships: [{ organisation: KENT, authority: KENT, role: 'admin' }] }))).toBe(false)
    expect(ability.can('resetPassword', asSubject('User', { _id: 'u1', memberships: [{ organisation: KENT, authority: KENT, role: 'admin' }] }))).toBe(false)
    expect(ability.can('read', asSubject('AuditEvent', { _id: 'e2', authority: KENT }))).toBe(false)
    expect(ability.can('read', asSubject('AuditEvent', { _id: 'e3', authority: null }))).toBe(true)
    expect(ability.can('read', 'TermCalendar')).toBe(false)
  })

  it('everyone manages only their own API tokens', () => {
    const ability = defineAbilityFor(staff('commissioner'))
    expect(ability.can('update', asSubject('ApiToken', { _id: 't1', user: 'user-commissioner' }))).toBe(true)
    expect(ability.can('update', asSubject('ApiToken', { _id: 't2', user: 'someone-else' }))).toBe(false)
  })

  it('compares ObjectId-like values by their string form', () => {
    const objectId = { _bsontype: 'ObjectId', toString: () => KENT }
    const ability = defineAbilityFor(staff('auditor'))
    expect(ability.can('read', asSubject('AuditEvent', { _id: 'e3', authority: objectId }))).toBe(true)
  })
})
