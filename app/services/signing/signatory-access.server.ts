import { type TActor } from '#app/utils/actor.server'
import { agreementSubject, type TAgreement } from '#models/agreement'
import type { TSignatory, TSigningRequest } from '#models/signing-request'

/** The authority signs through a commissioner (who holds the authority's sign-off); a counterparty
 * through its own provider or member-school users, who hold the 'sign' permission on the agreement. */
export function maySignFor(actor: TActor, agreement: TAgreement, signatory: TSignatory): boolean {
  const organisation = String(signatory.organisation)
  if (signatory.partyRole === 'authority') {
    return actor.memberships.some((membership) => membership.organisationId === organisation && membership.authorityId === organisation && membership.role === 'commissioner')
  }
  const isMember = actor.memberships.some((membership) => membership.organisationId === organisation && (membership.role === 'provider' || membership.role === 'member_school'))
  return isMember && actor.ability.can('sign', agreementSubject(agreement))
}

/** Signing links are issued by the commissioner of the authority that sent the agreement ('send' ends once it is sent). */
export function mayIssueSigningLinks(actor: TActor, agreement: TAgreement): boolean {
  const authority = String(agreement.authority)
  return actor.memberships.some((membership) => membership.organisationId === authority && membership.authorityId === authority && membership.role === 'commissioner')
}

/** Whose turn it is: in sequential order only the first signatory still waiting; in parallel, all. */
export function signatoriesDue(request: Pick<TSigningRequest, 'order' | 'signatories'>): TSignatory[] {
  const waiting = request.signatories.filter((signatory) => signatory.status === 'waiting')
  return request.order === 'sequential' ? waiting.slice(0, 1) : waiting
}

/** Every party has signed: only the completion (sealed PDF, agreement active) is left. */
export function everyPartySigned(request: Pick<TSigningRequest, 'signatories'>): boolean {
  return request.signatories.every((signatory) => signatory.status === 'signed')
}

/** Who may finish a completion that failed part-way: the authority's commissioners and the signatories. */
export function mayFinishSigning(actor: TActor, agreement: TAgreement, request: Pick<TSigningRequest, 'signatories'>): boolean {
  return mayIssueSigningLinks(actor, agreement) || request.signatories.some((signatory) => maySignFor(actor, agreement, signatory))
}
