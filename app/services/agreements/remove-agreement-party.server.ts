import { type TActor } from '#app/utils/actor.server'
import { removeParty } from '#clauses/party-changes'
import { partiesOf } from '#models/agreement'
import { editAgreementStructure } from './edit-agreement-structure.server'

export type TRemoveAgreementPartyOptions = {
  actor: TActor
  agreementId: string
  partyId: string
}

/** Removes a party from a draft with its place in the parties clause and its signatories. A party
 * another clause still names, the authority, or one of the last two parties stays. */
export async function removeAgreementParty({ actor, agreementId, partyId }: TRemoveAgreementPartyOptions) {
  return editAgreementStructure({
    actor,
    agreementId,
    change: (current) => {
      const draft = removeParty({ parties: partiesOf(current), content: current.content }, partyId)
      const leaving = current.partyDetails.find((party) => party.id === partyId)
      const organisation = leaving?.organisation ? String(leaving.organisation) : undefined
      // The organisation stays linked while another party of the agreement is the same organisation.
      const stillParty = current.partyDetails.some((party) => party.id !== partyId && party.organisation && String(party.organisation) === organisation)
      const unlinked = <T extends { toString(): string }>(ids: T[]) => (organisation && !stillParty ? ids.filter((id) => String(id) !== organisation) : ids)
      return {
        content: draft.content,
        action: 'agreement.party_removed',
        summary: `${actor.name} removed ${leaving?.name || partyId} from the parties`,
        also: { partyDetails: current.partyDetails.filter((party) => party.id !== partyId), parties: unlinked(current.parties), memberSchools: unlinked(current.memberSchools) },
      }
    },
  })
}
