import { ZAcceptImportSchema } from '#app/schemas/agreement-import'
import { syncAgreementObligations } from '#app/services/compliance/sync-agreement-obligations.server'
import { linkParties } from '#app/services/agreements/link-parties.server'
import { authorityReferencePrefix, insertWithFreshReference } from '#app/services/agreements/next-agreement-reference.server'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { validateAgreementDraft, type Party } from '#clauses/agreement-content'
import { londonDateAndTime } from '#clauses/calendar/dates'
import { formatDate } from '#clauses/format'
import { buildImportedAgreement, type AcceptedProposal } from '#clauses/import/build-agreement'
import { getClauseKind } from '#clauses/index'
import { asSubject } from '#models/access/subjects'
import { termDatesOf } from '#models/agreement-clauses'
import { Agreement, historyEntry } from '#models/agreement'
import { AgreementImport, type TImportProposal } from '#models/agreement-import'
import { agreementImportSubject } from '#models/agreement-import-state'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { Organisation, type TOrganisation } from '#models/organisation'
import { getImport } from './get-import.server'

/** Imported agreements are not drafted from a template; their references are the authority's own ("KCC-SLA-2026-004"). */
export const IMPORTED_TEMPLATE = 'imported'

export type TAcceptImportOptions = {
  actor: TActor
  importId: string
  input: unknown
}

/**
 * Makes the agreement: the document's sections and clauses with its own words, typed where a
 * proposal was accepted, as plain text everywhere else. It starts as a draft that goes to legal
 * review like any other, or, for an agreement already signed by every party and in force, as
 * active, with the uploaded file as its signed record and its deadlines and obligations at once.
 * Its history says it was imported, from which file and that file's SHA-256.
 */
export async function acceptImport({ actor, importId, input }: TAcceptImportOptions) {
  const agreementImport = await getImport({ actor, importId })
  assertCan(actor, 'update', agreementImportSubject(agreementImport))
  const values = parseWith(ZAcceptImportSchema, input)
  const proposals = withDecisions(agreementImport.proposals, values.decisions ?? {})
  const accepted = acceptedProposals(proposals)

  const authority = await Organisation.findById(agreementImport.authority).lean()
  if (!authority) throw new AppError('not_found', { message: 'Authority not found' })
  const counterparties = await counterpartiesOf(authority, values.parties)
  const built = buildImportedAgreement(agreementImport.structure ?? { title: '', sections: [] }, agreementImport.parties, accepted)
  const partyDetails = linkParties(withAuthority(built.parties, authority), authority, counterparties, [])
  const checked = validateAgreementDraft({ parties: partyDetails.map(({ organisation: _organisation, ...party }) => party), content: built.content })
  if (!checked.success) {
    throw new AppError('validation', { message: checked.issues[0]?.message ?? 'The agreement could not be made from this import', details: { fields: Object.fromEntries(checked.issues.map((issue) => [issue.path, issue.message])) } })
  }
  const { commencesOn, endsOn } = termDatesOf(checked.value.content)
  const today = londonDateAndTime(new Date()).date
  if (values.inForce && endsOn && endsOn < today) {
    const message = `This agreement ended on ${formatDate(endsOn)}, so it is not in force; import it as a draft`
    throw new AppError('validation', { message, details: { fields: { inForce: message } } })
  }
  const status = values.inForce ? ('active' as const) : ('draft' as const)
  const draft = { title: values.title, template: IMPORTED_TEMPLATE, authority: authority._id, parties: counterparties.map((organisation) => organisation._id), memberSchools: [], status }
  assertCan(actor, 'create', asSubject('Agreement', { _id: '', ...draft, status: 'draft' }))

  const { file } = agreementImport
  const decided = summariseDecisions(proposals)
  const history = [
    historyEntry(actor, 'agreement.imported', `${actor.name} imported this agreement from "${file.name}" (${file.kind.toUpperCase()}, SHA-256 ${file.sha256}): ${decided}`, { toStatus: status }),
    ...(values.inForce ? [historyEntry(actor, 'agreement.imported_in_force', `Imported as signed by every party and in force; its signed record is "${file.name}" (SHA-256 ${file.sha256}), not signed again here`)] : []),
  ]
  const year = Number((commencesOn ?? today).slice(0, 4))
  const agreement = await insertWithFreshReference({ prefix: authorityReferencePrefix(authority.name), year }, (reference) =>
    inTransaction(async (session) => {
      const created = new Agreement({ ...draft, reference, partyDetails, content: checked.value.content, commencesOn, endsOn, termCalendar: String(authority._id), createdBy: actor.id, history })
      created.originalAgreement = created._id
      await created.save({ session })
      const saved = await AgreementImport.findOneAndUpdate(
        { _id: agreementImport._id, status: 'ready', updatedAt: agreementImport.updatedAt },
        { $set: { status: 'accepted', agreement: created._id, inForce: Boolean(values.inForce), proposals } },
        { session },
      )
      if (!saved) throw new AppError('conflict', { message: 'The import changed while you were finishing it; reload it and try again' })
      await recordAuditEvent({
        actor,
        organisationId: String(authority._id),
        authorityId: String(authority._id),
        action: 'agreement.imported',
        subject: { type: 'Agreement', id: String(created._id) },
        summary: `${actor.name} made ${reference} "${values.title}" ${values.inForce ? 'as an agreement in force' : 'as a draft'} from the imported file "${file.name}" (SHA-256 ${file.sha256}): ${decided}`,
        session,
      })
      return created.toObject()
    }),
  )
  if (values.inForce) await syncAgreementObligations({ agreement, actor })
  return agreement
}

function withDecisions(proposals: TImportProposal[], decisions: Record<string, 'accepted' | 'rejected'>): TImportProposal[] {
  const unknown = Object.keys(decisions).filter((id) => !proposals.some((proposal) => proposal.id === id))
  if (unknown.length > 0) {
    const message = `There is no proposal ${unknown.join(', ')} in this import`
    throw new AppError('validation', { message, details: { fields: Object.fromEntries(unknown.map((id) => [`decisions.${id}`, message])) } })
  }
  return proposals.map((proposal) => (decisions[proposal.id] ? { ...proposal, decision: decisions[proposal.id] } : proposal))
}

/** Every accepted proposal, its values checked again; one the document left incomplete must be completed first. */
function acceptedProposals(proposals: TImportProposal[]): AcceptedProposal[] {
  const fields: Record<string, string> = {}
  const accepted = proposals.flatMap((proposal): AcceptedProposal[] => {
    if (proposal.decision !== 'accepted') return []
    const params = proposal.editedParams ?? proposal.params
    const checked = getClauseKind(proposal.kind)?.schema.safeParse(params)
    if (!checked?.success) {
      fields[`proposals.${proposal.id}`] = `Complete the ${getClauseKind(proposal.kind)?.label.toLowerCase() ?? proposal.kind} proposal before accepting it: ${checked?.error.issues[0]?.message ?? 'its values are not valid'}`
      return []
    }
    return [{ proposal, params: checked.data }]
  })
  if (Object.keys(fields).length > 0) throw new AppError('validation', { message: Object.values(fields)[0], details: { fields } })
  return accepted
}

async function counterpartiesOf(authority: TOrganisation, ids: string[]) {
  if (ids.length === 0) return []
  const organisations = await Organisation.find({ _id: { $in: ids }, parentAuthority: authority._id }).lean()
  if (organisations.length !== new Set(ids).size) {
    const message = `Choose organisations that belong to ${authority.name}`
    throw new AppError('validation', { message, details: { fields: { parties: message } } })
  }
  return ids.flatMap((id) => organisations.filter((organisation) => String(organisation._id) === id))
}

/** The importing authority is always a party; where the document named no parties, a counterparty is left to fill in. */
function withAuthority(parties: Party[], authority: TOrganisation): Party[] {
  const named = parties.some((party) => party.role === 'authority') ? parties : [{ id: 'authority', role: 'authority' as const, name: authority.name }, ...parties]
  return named.length > 1 ? named : [...named, { id: 'party-2', role: 'provider', name: '' }]
}

function summariseDecisions(proposals: TImportProposal[]): string {
  const count = (decision: TImportProposal['decision']) => proposals.filter((proposal) => proposal.decision === decision).length
  return `${count('accepted')} proposed terms accepted, ${count('rejected')} rejected and ${count('pending')} left undecided (kept as the document's words)`
}

