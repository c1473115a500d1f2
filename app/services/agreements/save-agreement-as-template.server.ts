import mongoose, { type ClientSession, type Types } from 'mongoose'
import { ZSaveAsTemplateSchema } from '#app/schemas/agreement'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { validateAgreementDraft } from '#clauses/agreement-content'
import { asSubject } from '#models/access/subjects'
import { partiesOf } from '#models/agreement'
import { AgreementTemplate, agreementTemplateSubject, type TAgreementTemplateVersion } from '#models/agreement-template'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { templateFromAgreement } from '#templates/authority-template'
import { blankAgreement } from '#templates/blank/index'
import { getTemplate } from '#templates/registry'
import { getAgreement } from './get-agreement.server'

export type TSaveAgreementAsTemplateOptions = {
  actor: TActor
  /** `{agreementId, title, description?, template?}`; `template` names an existing template to add a version to. */
  input: unknown
}

/** "ICT Services SLA 2026" -> "ict-services-sla-2026". */
function keyFrom(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'template'
  )
}

function refused(field: string, message: string) {
  return new AppError('validation', { message, details: { fields: { [field]: message } } })
}

/** Saves any agreement of the authority as one of its templates: a new template, or the next
 * version of one it has. The dates, counterparties and signatories' names are left out (they belong
 * to that agreement); the clauses and their values are kept. Who saved it and when is recorded. */
export async function saveAgreementAsTemplate({ actor, input }: TSaveAgreementAsTemplateOptions) {
  const values = parseWith(ZSaveAsTemplateSchema, input)
  const agreement = await getAgreement({ actor, agreementId: values.agreementId })
  const authority = agreement.authority
  assertCan(actor, 'create', asSubject('AgreementTemplate', { _id: '', authority }))
  const source = templateFromAgreement({ title: values.title, parties: partiesOf(agreement), content: agreement.content })
  const checked = validateAgreementDraft({ parties: source.parties, content: source.content })
  if (!checked.success) throw refused('agreementId', checked.issues[0]?.message ?? 'This agreement cannot be saved as a template')

  const existing = values.template ? await AgreementTemplate.findOne({ authority, key: values.template }).lean() : null
  if (values.template && !existing) throw refused('template', `Your authority has no template called "${values.template}"`)
  if (existing) assertCan(actor, 'update', agreementTemplateSubject(existing))
  const key = existing?.key ?? keyFrom(values.title)
  if (!existing && (key === blankAgreement.key || getTemplate(key))) throw refused('title', `"${key}" names a template everyone is offered: choose another title`)

  const version: TAgreementTemplateVersion = {
    version: (existing?.versions.at(-1)?.version ?? 0) + 1,
    title: values.title,
    description: values.description,
    parties: checked.value.parties,
    content: checked.value.content,
    savedAt: new Date(),
    savedBy: new mongoose.Types.ObjectId(actor.id),
    savedByName: actor.name,
    fromAgreement: agreement._id,
    fromReference: `${agreement.reference} version ${agreement.version}`,
  }
  const summary = `${actor.name} saved ${agreement.reference} as ${existing ? `version ${version.version} of` : 'the new'} template "${values.title}" (${key})`
  return inTransaction(async (session) => {
    const saved = existing
      ? await AgreementTemplate.findOneAndUpdate(
          // The version in the filter makes two saves at once number their versions apart.
          { _id: existing._id, 'versions.version': { $ne: version.version } },
          { $set: { title: values.title, description: values.description }, $push: { versions: version } },
          { returnDocument: 'after', session },
        ).lean()
      : await createTemplate({ authority, key, values, version, session })
    if (!saved) throw new AppError('conflict', { message: 'Someone saved a version of this template at the same time. Try again.' })
    await recordAuditEvent({
      actor,
      organisationId: String(authority),
      authorityId: String(authority),
      action: 'template.saved',
      subject: { type: 'AgreementTemplate', id: String(saved._id) },
      summary,
      session,
    })
    return saved
  })
}

type TCreateTemplateOptions = {
  authority: Types.ObjectId
  key: string
  values: { title: string; description: string }
  version: TAgreementTemplateVersion
  session: ClientSession
}

async function createTemplate({ authority, key, values, version, session }: TCreateTemplateOptions) {
  try {
    const [created] = await AgreementTemplate.create([{ authority, key, title: values.title, description: values.description, versions: [version] }], { session })
    return created.toObject()
  } catch (error) {
    if ((error as { code?: unknown }).code === 11000) throw refused('title', `Your authority already has a template called "${key}": choose it to save a new version, or give another title`)
    throw error
  }
}
