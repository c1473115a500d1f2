// Parties added to and removed from a draft, with the clauses that name them: the parties clause
// ("This AGREEMENT is made BETWEEN ...") and the signature blocks. A party still named by another
// clause (who may give notice, who produces a report) cannot be removed until that clause changes.
// Pure; no framework imports.
import type { AgreementDraft, ClauseInstance, Party } from './agreement-content'
import { StructureError } from './structure'

const NAMING_CLAUSES = new Set(['parties-and-signatories', 'signature-block'])

/** An id no party of the agreement has yet: "provider-2" after "provider". */
export function freshPartyId(parties: Party[], role: string): string {
  const stem = role.replace(/_/g, '-')
  const used = new Set(parties.map((party) => party.id))
  if (!used.has(stem)) return stem
  // One more than there are parties is always enough to find a free one.
  for (let counter = 2; counter <= parties.length + 2; counter++) if (!used.has(`${stem}-${counter}`)) return `${stem}-${counter}`
  throw new Error('unreachable: more party ids in use than there are parties')
}

function withClauses(draft: AgreementDraft, change: (clause: ClauseInstance) => ClauseInstance): AgreementDraft['content'] {
  return { sections: draft.content.sections.map((section) => ({ ...section, clauses: section.clauses.map(change) })) }
}

/** Adds the party to the parties clause and a signatory for it to the last signature block. */
export function addParty(draft: AgreementDraft, party: Party, signatoryRole: string): AgreementDraft {
  const blocks = draft.content.sections.flatMap((section) => section.clauses).filter((clause) => clause.kind === 'signature-block')
  const lastBlock = blocks.at(-1)
  const signatory = { id: `${party.id}-signatory`, partyId: party.id, role: signatoryRole }
  const content = withClauses(draft, (clause) => {
    if (clause.kind === 'parties-and-signatories') return { ...clause, params: { ...clause.params, parties: [...clause.params.parties, { partyId: party.id }] } }
    if (clause === lastBlock && clause.kind === 'signature-block') return { ...clause, params: { ...clause.params, signatories: [...clause.params.signatories, signatory] } }
    return clause
  })
  return { parties: [...draft.parties, party], content }
}

function namesParty(value: unknown, partyId: string): boolean {
  if (typeof value === 'string') return value === partyId
  if (Array.isArray(value)) return value.some((item) => namesParty(item, partyId))
  if (value && typeof value === 'object') return Object.values(value).some((item) => namesParty(item, partyId))
  return false
}

/** Removes a party, its place in the parties clause and its signatories. */
export function removeParty(draft: AgreementDraft, partyId: string): AgreementDraft {
  const party = draft.parties.find((candidate) => candidate.id === partyId)
  if (!party) throw new StructureError('partyId', 'There is no such party to this agreement', true)
  if (party.role === 'authority') throw new StructureError('partyId', 'The authority is a party to every one of its agreements and cannot be removed')
  if (draft.parties.length <= 2) throw new StructureError('partyId', 'An agreement needs at least two parties: add the other party before removing this one')
  for (const section of draft.content.sections) {
    for (const clause of section.clauses) {
      if (NAMING_CLAUSES.has(clause.kind) || !namesParty(clause.params, partyId)) continue
      const name = clause.number ? `Clause ${clause.number}` : `The "${clause.heading || section.heading}" clause`
      throw new StructureError('partyId', `${name} names ${party.name || party.definedAs || partyId}: change that clause before removing the party`)
    }
  }
  const content = withClauses(draft, (clause) => {
    if (clause.kind === 'parties-and-signatories') {
      return {
        ...clause,
        params: { ...clause.params, parties: clause.params.parties.filter((entry) => entry.partyId !== partyId), signatories: clause.params.signatories.filter((signatory) => signatory.partyId !== partyId) },
      }
    }
    if (clause.kind === 'signature-block') return { ...clause, params: { ...clause.params, signatories: clause.params.signatories.filter((signatory) => signatory.partyId !== partyId) } }
    return clause
  })
  return { parties: draft.parties.filter((candidate) => candidate.id !== partyId), content }
}
