import { ZNewClauseSchema } from '#app/schemas/agreement'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { isClauseKindName } from '#clauses/index'
import { appendClause, editClause, freshClauseId } from '#models/agreement-clauses'
import { agreementSubject } from '#models/agreement'
import { getAgreement } from './get-agreement.server'
import { saveDraftContent } from './save-draft-content.server'

export type TAddAgreementClauseOptions = {
  actor: TActor
  agreementId: string
  input: unknown
}

/** Adds a clause of any kind at the end of a section, once its values are valid. */
export async function addAgreementClause({ actor, agreementId, input }: TAddAgreementClauseOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  assertCan(actor, 'update', agreementSubject(agreement))
  const values = parseWith(ZNewClauseSchema, input)
  const section = agreement.content.sections.find((candidate) => candidate.id === values.sectionId)
  if (!section) throw new AppError('validation', { message: 'Choose a section', details: { fields: { sectionId: 'Choose a section' } } })
  if (!isClauseKindName(values.kind)) {
    const message = 'Choose a kind of clause'
    throw new AppError('validation', { message, details: { fields: { kind: message } } })
  }
  const id = freshClauseId(agreement.content, values.kind)
  const edited = editClause({ id, kind: values.kind, number: values.number ?? '', heading: values.heading, params: {} }, values)
  if (!edited.success) {
    throw new AppError('validation', { message: Object.values(edited.fields)[0] ?? 'Check the clause values', details: { fields: edited.fields } })
  }
  const updated = await saveDraftContent({
    actor,
    agreement,
    content: appendClause(agreement.content, section.id, edited.clause),
    action: 'agreement.clause_added',
    summary: `${actor.name} added the clause "${values.heading}" to "${section.heading}"`,
  })
  return { agreement: updated, clauseId: id }
}
