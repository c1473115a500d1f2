import { Types } from 'mongoose'
import { maySignFor, signatoriesDue } from '#app/services/signing/signatory-access.server'
import { defineAbilityFor } from '#app/utils/abilities'
import { type TActor } from '#app/utils/actor.server'
import { type TRole } from '#models/access/roles'
import type { TAgreement } from '#models/agreement'
import type { TSignatory } from '#models/signing-request'

const kent = new Types.ObjectId()
const kentPru = new Types.ObjectId()
const otherProvider = new Types.ObjectId()

const agreement = { _id: new Types.ObjectId(), authority: kent, parties: [kentPru], memberSchools: [], status: 'out_for_signature' } as unknown as TAgreement

function signatory(slotId: string, partyRole: string, organisation: Types.ObjectId, status: TSignatory['status'] = 'waiting'): TSignatory {
  return { slotId, party: partyRole, partyRole, role: slotId, organisation, organisationName: slotId, status, signature: null, declineReason: null }
}

function actor(organisation: Types.ObjectId, role: TRole): TActor {
  const memberships = [{ organisationId: String(organisation), authorityId: String(kent), role }]
  return {
    id: 'u',
    email: 'u@example',
    name: 'U',
    isPlatformAdmin: false,
    memberships: memberships.map((membership) => ({ ...membership, organisationName: '', organisationKind: 'provider' as const })),
    ability: defineAbilityFor({ id: 'u', isPlatformAdmin: false, memberships }),
  }
}

// Kent PRU SLA signature block: the KCC officer, then the Chair of the Management Committee.
const officer = signatory('kcc-officer', 'authority', kent)
const chair = signatory('provider-chair', 'provider', kentPru)

describe('who signs when', () => {
  test('in sequential order only the first signatory still waiting is due; in parallel every waiting one is', () => {
    expect(signatoriesDue({ order: 'sequential', signatories: [officer, chair] }).map((due) => due.slotId)).toEqual(['kcc-officer'])
    expect(signatoriesDue({ order: 'sequential', signatories: [{ ...officer, status: 'signed' }, chair] }).map((due) => due.slotId)).toEqual(['provider-chair'])
    expect(signatoriesDue({ order: 'parallel', signatories: [officer, chair] }).map((due) => due.slotId)).toEqual(['kcc-officer', 'provider-chair'])
    expect(signatoriesDue({ order: 'sequential', signatories: [{ ...officer, status: 'signed' }, { ...chair, status: 'signed' }] })).toEqual([])
  })

  test('the authority signs through its commissioner; a counterparty through its own provider users only', () => {
    expect(maySignFor(actor(kent, 'commissioner'), agreement, officer)).toBe(true)
    expect(maySignFor(actor(kent, 'legal'), agreement, officer)).toBe(false)
    expect(maySignFor(actor(kent, 'commissioner'), agreement, chair)).toBe(false)
    expect(maySignFor(actor(kentPru, 'provider'), agreement, chair)).toBe(true)
    expect(maySignFor(actor(kentPru, 'provider'), agreement, officer)).toBe(false)
    expect(maySignFor(actor(otherProvider, 'provider'), agreement, chair)).toBe(false)
  })
})
