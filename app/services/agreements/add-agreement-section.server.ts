import { ZNewSectionSchema } from '#app/schemas/agreement'
import { type TActor } from '#app/utils/actor.server'
import { parseWith } from '#app/utils/validation'
import { freshSectionId, insertSection } from '#clauses/structure'
import { sectionHeading } from '#clauses/render-document'
import { describeRenumbering, editAgreementStructure } from './edit-agreement-structure.server'

export type TAddAgreementSectionOptions = {
  actor: TActor
  agreementId: string
  /** `{heading, kind?: "section" | "schedule" | "appendix", position?, number?}`. */
  input: unknown
}

/** Adds an empty section, schedule or appendix. Where sections are numbered 1, 2, 3 it is numbered
 * in its place and the later ones (with their clauses and the references to them) renumbered. */
export async function addAgreementSection({ actor, agreementId, input }: TAddAgreementSectionOptions) {
  const values = parseWith(ZNewSectionSchema, input)
  let sectionId = ''
  const agreement = await editAgreementStructure({
    actor,
    agreementId,
    change: (current) => {
      sectionId = freshSectionId(current.content)
      const inserted = insertSection(current.content, { section: { id: sectionId, heading: values.heading, kind: values.kind, number: values.number }, position: values.position })
      return {
        content: inserted.content,
        action: 'agreement.section_added',
        summary: `${actor.name} added the ${values.kind} "${sectionHeading(inserted.section)}"${describeRenumbering(inserted.changes)}`,
      }
    },
  })
  return { agreement, sectionId }
}
