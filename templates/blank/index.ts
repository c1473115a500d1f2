// A blank agreement: a title, the parties and the term, and somewhere to sign - nothing a council
// has not chosen. Every other clause is added by the drafter, its wording rendered from its values.
// Not one of the published examples: it is offered to every authority as "Blank agreement".
import type { Party, TPartyRole } from '#clauses/party'
import { clause, section } from '../builders'
import type { AgreementTemplate, TemplateBuildOptions } from '../template'

const DEFINED_AS: Partial<Record<TPartyRole, string>> = {
  authority: 'the Authority',
  provider: 'the Provider',
  governing_body: 'the School',
  lead_school: 'the Lead School',
  responsible_body: 'the Responsible Body',
}

function partiesFor(roles: TPartyRole[]): Party[] {
  const counterparties = roles.length > 0 ? roles : (['provider'] as TPartyRole[])
  const counted = new Map<string, number>()
  return [
    { id: 'authority', role: 'authority', name: '', definedAs: DEFINED_AS.authority },
    ...counterparties.map((role): Party => {
      const count = (counted.get(role) ?? 0) + 1
      counted.set(role, count)
      const id = `${role.replace(/_/g, '-')}${count > 1 ? `-${count}` : ''}`
      const definedAs = DEFINED_AS[role]
      return { id, role, name: '', ...(definedAs && count === 1 ? { definedAs } : {}) }
    }),
  ]
}

function build(options: TemplateBuildOptions = {}) {
  const parties = partiesFor(options.counterpartyRoles ?? [])
  const signatories = parties.map((party) => ({ id: `${party.id}-signatory`, partyId: party.id, role: party.role === 'authority' ? 'Authorised signatory for the Authority' : 'Authorised signatory' }))
  return {
    title: 'Service Level Agreement',
    parties,
    content: {
      sections: [
        section('agreement', undefined, 'Agreement', [
          clause('parties-and-signatories', '', '', { opening: 'THIS AGREEMENT is made', parties: parties.map((party) => ({ partyId: party.id })), signatories: [] }),
        ]),
        section('term', '1', 'Term', [
          // The drafter sets how it ends: an end date, a duration or automatic renewal.
          clause('term', '1.1', '', { commencesOn: options.commencesOn, endsOn: options.endsOn }, { requiredFields: ['commencesOn'] }),
        ]),
        section('signatures', undefined, 'Signatures', [clause('signature-block', '', '', { signatories })]),
      ],
    },
  }
}

export const blankAgreement: AgreementTemplate = {
  key: 'blank',
  title: 'Blank agreement',
  description: 'A title, the parties, the term and signature blocks; add the clauses you need.',
  authorityName: '',
  build,
}
