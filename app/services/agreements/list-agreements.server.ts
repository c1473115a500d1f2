import { accessibleBy } from '@casl/mongoose'
import { type TActor } from '#app/utils/actor.server'
import { Agreement, type TAgreement } from '#models/agreement'
import { isAgreementStatus } from '#models/agreement-lifecycle'

export type TListAgreementsOptions = {
  actor: TActor
  template?: string
  status?: string
}

/** The agreements the actor may read, newest first; the permission rules become part of the query. */
export function listAgreements({ actor, template, status }: TListAgreementsOptions) {
  const filters: Record<string, unknown>[] = [accessibleBy(actor.ability, 'read').ofType('Agreement')]
  if (template) filters.push({ template })
  if (status && isAgreementStatus(status)) filters.push({ status })
  return Agreement.find({ $and: filters })
    .select({ content: 0, history: 0, review: 0, variations: 0 })
    .sort({ updatedAt: -1 })
    .lean()
}

/** Who the authority's agreement is with, by name: the provider, lead school, responsible body or member schools. */
export function counterpartyNames(agreement: Pick<TAgreement, 'partyDetails'>): string[] {
  return agreement.partyDetails
    .filter((party) => party.role !== 'authority')
    .map((party) => party.name)
    .filter(Boolean)
}
