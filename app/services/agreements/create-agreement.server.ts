import { type Types } from 'mongoose'
import { ZCreateAgreementSchema } from '#app/schemas/agreement'
import { asSubject } from '#models/access/subjects'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { validateAgreementDraft, type FieldIssue } from '#clauses/agreement-content'
import type { TPartyRole } from '#clauses/party'
import { buildFromTemplate } from '#templates/authority-template'
import { blankAgreement } from '#templates/blank/index'
import { getTemplate, type BuiltAgreement } from '#templates/registry'
import { latestVersion } from '#models/agreement-template'
import { findAuthorityTemplate } from './find-authority-template.server'
import { termDatesOf } from '#models/agreement-clauses'
import { Agreement, historyEntry } from '#models/agreement'
import { recordAuditEvent } from '#models/audit-event'
import { Organisation, type TOrganisation } from '#models/organisation'
import { linkParties, partyLinkOptions } from './link-parties.server'
import { authorityReferencePrefix, insertWithFreshReference, referencePrefixOf } from './next-agreement-reference.server'

export type TCreateAgreementOptions = {
  actor: TActor
  input: unknown
}

/** A new draft: blank, from one of the authority's own templates (its latest version), or from a
 * published example; with the drafter's dates and the chosen organisations as its parties. */
export async function createAgreement({ actor, input }: TCreateAgreementOptions) {
  const values = parseWith(ZCreateAgreementSchema, input)
  const authority = await resolveDraftingAuthority(actor, values.authority)
  const counterparties = await organisationsOfAuthority(authority, values.parties, 'parties')
  const memberSchools = await organisationsOfAuthority(authority, values.memberSchools, 'memberSchools')
  const source = await findStartingPoint({ actor, key: values.template, authority, dates: values, partnership: values.partnership, counterparties })

  const linkOptions = partyLinkOptions(getTemplate(source.key), authority.name, source.built.content)
  const partyDetails = linkParties(source.built.parties, authority, counterparties, memberSchools, linkOptions)
  const checked = validateAgreementDraft({ parties: partyDetails.map(({ organisation: _organisation, ...party }) => party), content: source.built.content })
  if (!checked.success) throw templateProblem(checked.issues)

  const draft = {
    title: values.title ?? source.built.title,
    template: source.key,
    templateVersion: source.templateVersion ?? null,
    authority: authority._id,
    parties: counterparties.map((organisation) => organisation._id),
    memberSchools: memberSchools.map((organisation) => organisation._id),
    status: 'draft' as const,
  }
  assertCan(actor, 'create', asSubject('Agreement', { _id: '', ...draft }))

  const year = Number((values.commencesOn ?? new Date().toISOString()).slice(0, 4))
  const agreement = await insertWithFreshReference({ prefix: source.referencePrefix, year }, async (reference) => {
    const agreement = new Agreement({
      ...draft,
      reference,
      partyDetails,
      content: checked.value.content,
      ...termDatesOf(checked.value.content),
      termCalendar: String(authority._id),
      createdBy: actor.id,
      history: [historyEntry(actor, 'agreement.created', `${actor.name} drafted this agreement ${source.described}`, { toStatus: 'draft' })],
    })
    agreement.originalAgreement = agreement._id
    await agreement.save()
    return agreement.toObject()
  })

  await recordAuditEvent({
    actor,
    organisationId: String(authority._id),
    authorityId: String(authority._id),
    action: 'agreement.created',
    subject: { type: 'Agreement', id: String(agreement._id) },
    summary: `${actor.name} drafted ${agreement.reference} "${agreement.title}" ${source.described}`,
  })
  return agreement
}

type TStartingPoint = {
  key: string
  built: BuiltAgreement
  /** "from the template "Kent PRU SLA"", for the history and the audit trail. */
  described: string
  referencePrefix: string
  templateVersion?: { template: Types.ObjectId; version: number }
}

type TFindStartingPointOptions = {
  actor: TActor
  key: string
  authority: TOrganisation
  dates: { commencesOn?: string; endsOn?: string }
  partnership?: string
  counterparties: TOrganisation[]
}

/** The template's own spelling of the partnership area asked for: only a template made for one
 * (Leicestershire SEIP) takes one, and it must be one of its areas. */
function partnershipArea(areas: string[] | undefined, partnership: string | undefined) {
  if (partnership === undefined) return undefined
  const area = areas?.find((candidate) => candidate.toLowerCase() === partnership.toLowerCase())
  if (area) return area
  const problem = areas
    ? `Choose one of the partnership areas: ${areas.join(', ')}`
    : 'Only the Leicestershire SEIP agreement and its memorandum are drafted for a partnership area: leave it blank for this template'
  throw new AppError('validation', { message: problem, details: { fields: { partnership: problem } } })
}

const COUNTERPARTY_ROLES: Record<string, TPartyRole> = { provider: 'provider', school: 'governing_body', partnership: 'provider', local_authority: 'provider' }

async function findStartingPoint({ actor, key, authority, dates, partnership, counterparties }: TFindStartingPointOptions): Promise<TStartingPoint> {
  const ownPrefix = authorityReferencePrefix(authority.name)
  const published = getTemplate(key)
  const area = partnershipArea(published?.partnerships, partnership)
  if (key === blankAgreement.key) {
    const built = blankAgreement.build({ ...dates, counterpartyRoles: counterparties.map((organisation) => COUNTERPARTY_ROLES[organisation.kind] ?? 'provider') })
    return { key, built, described: 'as a blank agreement', referencePrefix: ownPrefix }
  }
  if (published) {
    return { key, built: published.build({ ...dates, partnership: area }), described: `from the published example "${published.title}" (${published.authorityName})`, referencePrefix: referencePrefixOf(key) }
  }
  const own = await findAuthorityTemplate({ actor, authorityId: String(authority._id), key })
  const version = own ? latestVersion(own) : undefined
  if (!own || !version) {
    const message = `There is no template called "${key}": choose "blank", one of your authority's templates or a published example (GET /api/v1/templates)`
    throw new AppError('validation', { message, details: { fields: { template: message } } })
  }
  return {
    key,
    built: buildFromTemplate(version, dates),
    described: `from the authority template "${version.title}" (version ${version.version})`,
    referencePrefix: ownPrefix,
    templateVersion: { template: own._id, version: version.version },
  }
}

async function resolveDraftingAuthority(actor: TActor, requested: string | undefined) {
  const authorityIds = actor.memberships
    .filter((membership) => membership.role === 'commissioner' && membership.organisationId === membership.authorityId)
    .map((membership) => membership.authorityId)
  const authorityId = requested ?? authorityIds[0]
  if (!authorityId || !authorityIds.includes(authorityId)) {
    throw new AppError('forbidden', { message: 'Only a commissioner of the authority can draft its agreements' })
  }
  const authority = await Organisation.findById(authorityId).lean()
  if (!authority) throw new AppError('not_found', { message: 'Authority not found' })
  return authority
}

async function organisationsOfAuthority(authority: TOrganisation, ids: string[], field: string) {
  if (ids.length === 0) return []
  const organisations = await Organisation.find({ _id: { $in: ids }, parentAuthority: authority._id }).lean()
  if (organisations.length !== new Set(ids).size) {
    const message = `Choose organisations that belong to ${authority.name}`
    throw new AppError('validation', { message, details: { fields: { [field]: message } } })
  }
  // Keep the order the drafter chose: the first counterparty fills the template's first party after the authority.
  return ids.map((id) => organisations.find((organisation) => String(organisation._id) === id)).filter((organisation) => organisation !== undefined)
}

/** A template built with the drafter's dates can still be invalid (an end date before the new
 * commencement date, where the template keeps the seed's end date): the message goes next to the
 * date field it concerns, or the template. */
function templateProblem(issues: FieldIssue[]) {
  const fields: Record<string, string> = {}
  for (const issue of issues) {
    const field = issue.path.endsWith('.endsOn') ? 'endsOn' : issue.path.endsWith('.commencesOn') ? 'commencesOn' : 'template'
    fields[field] ??= issue.message
  }
  return new AppError('validation', { message: issues[0]?.message ?? 'The template could not be used with these values', details: { fields } })
}
