import { defineAbilityFor } from '#app/utils/abilities'
import { asSubject } from '#models/access/subjects'
import { findTransition, transitionsFor } from '#models/agreement-lifecycle'

const to = (transitions: { to: string }[]) => transitions.map((transition) => transition.to)

describe('the agreement lifecycle table', () => {
  test('a commissioner sends a draft to legal review, and nothing else', () => {
    expect(to(transitionsFor('draft', ['commissioner']))).toEqual(['in_legal_review'])
    expect(to(transitionsFor('draft', ['legal', 'auditor', 'admin', 'provider']))).toEqual([])
  })

  test('legal approves or returns an agreement in review; the return needs a comment', () => {
    expect(to(transitionsFor('in_legal_review', ['legal']))).toEqual(['approved', 'draft'])
    expect(to(transitionsFor('in_legal_review', ['commissioner']))).toEqual([])
    expect(findTransition('in_legal_review', 'draft')?.commentRequired).toBe(true)
    expect(findTransition('in_legal_review', 'approved')?.commentRequired).toBeUndefined()
  })

  test('only a commissioner sends an approved agreement for signature; signing and expiry are the system’s', () => {
    expect(to(transitionsFor('approved', ['commissioner']))).toEqual(['out_for_signature'])
    expect(to(transitionsFor('approved', ['legal']))).toEqual([])
    expect(to(transitionsFor('out_for_signature', ['commissioner', 'legal', 'admin']))).toEqual([])
    expect(findTransition('out_for_signature', 'active')?.by).toBe('system')
    expect(findTransition('active', 'expiring')?.by).toBe('system')
    expect(findTransition('expiring', 'expired')?.by).toBe('system')
  })

  test('an agreement in force can be terminated by a commissioner or legal', () => {
    expect(to(transitionsFor('active', ['commissioner']))).toEqual(['terminated'])
    expect(to(transitionsFor('expiring', ['legal']))).toEqual(['terminated'])
  })

  test('moves the table does not list do not exist', () => {
    expect(findTransition('draft', 'approved')).toBeUndefined()
    expect(findTransition('draft', 'active')).toBeUndefined()
    expect(findTransition('expired', 'active')).toBeUndefined()
    expect(findTransition('superseded', 'active')).toBeUndefined()
    expect(findTransition('terminated', 'draft')).toBeUndefined()
  })
})

describe('agreement permissions by role and status', () => {
  const authority = 'a'.repeat(24)
  const provider = 'b'.repeat(24)
  const agreement = (status: string) => asSubject('Agreement', { _id: 'c'.repeat(24), authority, parties: [provider], memberSchools: [], status })
  const staff = (role: 'commissioner' | 'legal' | 'auditor') =>
    defineAbilityFor({ id: 'u', isPlatformAdmin: false, memberships: [{ organisationId: authority, authorityId: authority, role }] })

  test('a commissioner edits only drafts, sends only approved agreements, renews and varies only agreements in force', () => {
    const ability = staff('commissioner')
    expect(ability.can('update', agreement('draft'))).toBe(true)
    expect(ability.can('update', agreement('in_legal_review'))).toBe(false)
    expect(ability.can('send', agreement('approved'))).toBe(true)
    expect(ability.can('send', agreement('draft'))).toBe(false)
    expect(ability.can('renew', agreement('active'))).toBe(true)
    expect(ability.can('vary', agreement('expiring'))).toBe(true)
    expect(ability.can('renew', agreement('draft'))).toBe(false)
    expect(ability.can('approve', agreement('in_legal_review'))).toBe(false)
  })

  test('legal reviews and approves only while the agreement is in legal review', () => {
    const ability = staff('legal')
    expect(ability.can('review', agreement('in_legal_review'))).toBe(true)
    expect(ability.can('approve', agreement('in_legal_review'))).toBe(true)
    expect(ability.can('approve', agreement('draft'))).toBe(false)
    expect(ability.can('update', agreement('draft'))).toBe(false)
  })

  test('an auditor reads and changes nothing; a provider reads its own agreement only', () => {
    expect(staff('auditor').can('read', agreement('active'))).toBe(true)
    expect(staff('auditor').can('update', agreement('draft'))).toBe(false)
    const providerAbility = defineAbilityFor({ id: 'p', isPlatformAdmin: false, memberships: [{ organisationId: provider, authorityId: authority, role: 'provider' }] })
    expect(providerAbility.can('read', agreement('active'))).toBe(true)
    expect(providerAbility.can('update', agreement('draft'))).toBe(false)
    const otherProvider = defineAbilityFor({ id: 'q', isPlatformAdmin: false, memberships: [{ organisationId: 'd'.repeat(24), authorityId: authority, role: 'provider' }] })
    expect(otherProvider.can('read', agreement('active'))).toBe(false)
  })
})
