import type { Party } from '#clauses/agreement-content'
import type { TAgreementParty } from '#models/agreement'
import type { TOrganisation } from '#models/organisation'

/** Fills the template's parties from the organisations: the authority, then each counterparty in
 * turn, then the template's member-school parties from the chosen member schools; further member
 * schools of a partnership memorandum join as parties in their own right. */
export function linkParties(templateParties: Party[], authority: TOrganisation, counterparties: TOrganisation[], memberSchools: TOrganisation[]): TAgreementParty[] {
  const waitingCounterparties = [...counterparties]
  const waitingSchools = [...memberSchools]
  const linked = templateParties.map((party): TAgreementParty => {
    const organisation = party.role === 'authority' ? authority : party.role === 'member_school' ? waitingSchools.shift() : waitingCounterparties.shift()
    return organisation ? withOrganisation(party, organisation) : { ...party, organisation: null }
  })
  const usedIds = new Set(linked.map((party) => party.id))
  const extraSchools = waitingSchools.map((school) => {
    let number = 1
    while (usedIds.has(`member-school-${number}`)) number += 1
    usedIds.add(`member-school-${number}`)
    return withOrganisation({ id: `member-school-${number}`, role: 'member_school', name: school.name }, school)
  })
  return [...linked, ...extraSchools]
}

function withOrganisation(party: Omit<TAgreementParty, 'organisation'>, organisation: TOrganisation): TAgreementParty {
  const address = [...organisation.address.lines, organisation.address.town, organisation.address.postcode].filter(Boolean).join(', ')
  return {
    ...party,
    name: organisation.name,
    ...(address ? { noticeAddress: address } : party.noticeAddress ? { noticeAddress: party.noticeAddress } : {}),
    organisation: organisation._id,
  }
}
