import { findPlaceholder, noticesServedAtStatedAddress, type AgreementContent, type Party } from '#clauses/agreement-content'
import { isTemplateAuthority, type AgreementTemplate } from '#templates/registry'
import type { TAgreementParty } from '#models/agreement'
import type { TOrganisation } from '#models/organisation'

/** Fills the template's parties from the organisations: the authority, then each counterparty in
 * turn, then the template's member-school parties from the chosen member schools (a school the
 * template already names, from a SEIP partnership's Appendix A, by its name; the unnamed ones in
 * turn); further member schools of a partnership memorandum join as parties in their own right. The authority the seed
 * was made for keeps the seed's name for it (`seedNamesAuthority`: "Southend Borough Council");
 * an address the template takes from its seed stays ("County Hall, Maidstone, Kent ME14 1XQ");
 * an organisation's address is added only where the agreement serves notices at the address
 * stated in it (`needsAddresses`), never to a seed that gives none. */
export function linkParties(
  templateParties: Party[],
  authority: TOrganisation,
  counterparties: TOrganisation[],
  memberSchools: TOrganisation[],
  { needsAddresses = false, seedNamesAuthority = false }: { needsAddresses?: boolean; seedNamesAuthority?: boolean } = {},
): TAgreementParty[] {
  const waitingCounterparties = [...counterparties]
  const waitingSchools = [...memberSchools]
  const namedSchools = new Map<string, TOrganisation>()
  for (const party of templateParties) {
    if (party.role !== 'member_school' || !party.name.trim()) continue
    const index = waitingSchools.findIndex((school) => sameName(school.name, party.name))
    if (index >= 0) namedSchools.set(party.id, waitingSchools.splice(index, 1)[0])
  }
  const memberSchoolFor = (party: Party) => namedSchools.get(party.id) ?? (party.name.trim() ? undefined : waitingSchools.shift())
  const linked = templateParties.map((party): TAgreementParty => {
    const organisation = party.role === 'authority' ? authority : party.role === 'member_school' ? memberSchoolFor(party) : waitingCounterparties.shift()
    if (!organisation) return { ...party, organisation: null }
    const keepsName = party.role === 'authority' && seedNamesAuthority && Boolean(party.name.trim()) && !findPlaceholder(party.name)
    return withOrganisation(party, organisation, { needsAddress: needsAddresses, keepsName })
  })
  const usedIds = new Set(linked.map((party) => party.id))
  const extraSchools = waitingSchools.map((school) => {
    let number = 1
    while (usedIds.has(`member-school-${number}`)) number += 1
    usedIds.add(`member-school-${number}`)
    return withOrganisation({ id: `member-school-${number}`, role: 'member_school', name: school.name }, school, { needsAddress: false, keepsName: false })
  })
  return [...linked, ...extraSchools]
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

function withOrganisation(party: Omit<TAgreementParty, 'organisation'>, organisation: TOrganisation, { needsAddress, keepsName }: { needsAddress: boolean; keepsName: boolean }): TAgreementParty {
  const address = needsAddress && !party.noticeAddress ? [...organisation.address.lines, organisation.address.town, organisation.address.postcode].filter(Boolean).join(', ') : party.noticeAddress
  return {
    ...party,
    name: keepsName ? party.name : organisation.name,
    ...(address ? { noticeAddress: address } : {}),
    organisation: organisation._id,
  }
}

/** How a template's parties are filled for an authority: whether the seed's name for it stands,
 * and whether the agreement needs every party's address. */
export function partyLinkOptions(template: AgreementTemplate | undefined, authorityName: string, content: AgreementContent) {
  return { seedNamesAuthority: template !== undefined && isTemplateAuthority(template, authorityName), needsAddresses: noticesServedAtStatedAddress(content) !== undefined }
}
