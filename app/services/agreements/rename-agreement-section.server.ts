import { ZSectionChangeSchema } from '#app/schemas/agreement'
import { type TActor } from '#app/utils/actor.server'
import { parseWith } from '#app/utils/validation'
import { renameSection } from '#clauses/structure'
import { editAgreementStructure } from './edit-agreement-structure.server'

export type TRenameAgreementSectionOptions = {
  actor: TActor
  agreementId: string
  sectionId: string
  /** `{heading}` */
  input: unknown
}

/** Changes a section's heading. */
export async function renameAgreementSection({ actor, agreementId, sectionId, input }: TRenameAgreementSectionOptions) {
  const { heading } = parseWith(ZSectionChangeSchema, input)
  return editAgreementStructure({
    actor,
    agreementId,
    change: (agreement) => {
      const before = agreement.content.sections.find((section) => section.id === sectionId)?.heading ?? ''
      return {
        content: renameSection(agreement.content, sectionId, heading),
        action: 'agreement.section_renamed',
        summary: `${actor.name} renamed the section "${before}" to "${heading}"`,
      }
    },
  })
}
