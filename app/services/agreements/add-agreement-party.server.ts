import { type Types } from 'mongoose'
import { ZNewPartySchema } from '#app/schemas/agreement'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { parseWith } from '#app/utils/validation'
import { roleName } from '#clauses/party'
import { addParty, freshPartyId } from '#clauses/party-changes'
import { partiesOf, type TAgreementParty } from '#models/agreement'
import { Organisation } from '#models/organisation'
import { editAgreementStructure } from './edit-agreement-structure.server'

export type TAddAgreementPartyOptions = {
  actor: TActor
  agreementId: string
  /** `{role, name, definedAs?, noticeAddress?, organisation?, signatoryRole?}` */
  input: unknown
}

/** Adds a party to a draft: to the party list, the parties clause and, with a signatory, the last
 * signature block. Linked to one of the authority's organisations, it can sign and see the agreement. */
export async function addAgreementParty({ actor, agreementId, input }: TAddAgreementPartyOptions) {
  const values = parseWith(ZNewPartySchema, input)
  let partyId = ''
  const agreement = await editAgreementStructure({
    actor,
    agreementId,
    change: async (current) => {
      const organisation = values.organisation ? await organisationOf(current.authority, values.organisation) : undefined
      partyId = freshPartyId(partiesOf(current), values.role)
      const party = { id: partyId, role: values.role, name: values.name, ...(values.definedAs ? { definedAs: values.definedAs } : {}), ...(values.noticeAddress ? { noticeAddress: values.noticeAddress } : {}) }
      const draft = addParty({ parties: partiesOf(current), content: current.content }, party, values.signatoryRole ?? `Authorised signatory for ${values.name}`)
      const detail: TAgreementParty = { ...party, organisation: organisation?._id ?? null }
      const linked = organisation ? [organisation._id] : []
      return {
        content: draft.content,
        action: 'agreement.party_added',
        summary: `${actor.name} added ${values.name} as ${roleName(values.role)}`,
        also: {
          partyDetails: [...current.partyDetails, detail],
          ...(values.role === 'member_school' ? { memberSchools: [...current.memberSchools, ...linked] } : { parties: [...current.parties, ...linked] }),
        },
      }
    },
  })
  return { agreement, partyId }
}

/** One of the authority's own organisations (a provider, school or partnership it commissions). */
async function organisationOf(authority: Types.ObjectId, organisationId: string) {
  const message = 'Choose one of the authority’s organisations'
  const organisation = /^[0-9a-f]{24}$/i.test(organisationId) ? await Organisation.findOne({ _id: organisationId, parentAuthority: authority }).lean() : null
  if (!organisation) throw new AppError('validation', { message, details: { fields: { organisation: message } } })
  return organisation
}
