import { ZNewClauseSchema } from '#app/schemas/agreement'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { parseWith } from '#app/utils/validation'
import { isClauseKindName } from '#clauses/index'
import { freshClauseId, insertClause } from '#clauses/structure'
import { editClause } from '#models/agreement-clauses'
import { describeRenumbering, editAgreementStructure, nameClause } from './edit-agreement-structure.server'

export type TAddAgreementClauseOptions = {
  actor: TActor
  agreementId: string
  /** `{sectionId, position?, kind, heading?, number?, params, text?}`; position 0 is first, none is last. */
  input: unknown
}

/** Adds a clause of any kind to a section, once its values are valid. Its wording is rendered from
 * its values unless the drafter gives their own. In a section numbered in sequence it is numbered
 * in its place and the clauses after it renumbered, with the references to them. */
export async function addAgreementClause({ actor, agreementId, input }: TAddAgreementClauseOptions) {
  const values = parseWith(ZNewClauseSchema, input)
  if (!isClauseKindName(values.kind)) {
    const message = `Choose a kind of clause: "${values.kind}" is not one (GET /api/v1/clause-kinds lists them)`
    throw new AppError('validation', { message, details: { fields: { kind: message } } })
  }
  const kind = values.kind
  let clauseId = ''
  const agreement = await editAgreementStructure({
    actor,
    agreementId,
    change: (current) => {
      clauseId = freshClauseId(current.content, kind)
      const edited = editClause({ id: clauseId, kind, number: values.number ?? '', heading: values.heading ?? '', params: {} }, values)
      if (!edited.success) {
        throw new AppError('validation', { message: Object.values(edited.fields)[0] ?? 'Check the clause values', details: { fields: edited.fields } })
      }
      const inserted = insertClause(current.content, { sectionId: values.sectionId, position: values.position, clause: edited.clause })
      const section = current.content.sections.find((candidate) => candidate.id === values.sectionId)
      return {
        content: inserted.content,
        action: 'agreement.clause_added',
        summary: `${actor.name} added ${nameClause(inserted.clause, section)} to "${section?.heading ?? ''}"${describeRenumbering(inserted.changes)}`,
      }
    },
  })
  return { agreement, clauseId }
}
