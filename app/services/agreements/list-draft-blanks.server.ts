import { listRequiredBlanks, validateAgreementDraft, type RequiredBlank } from '#clauses/agreement-content'
import { partiesOf, type TAgreement } from '#models/agreement'

/**
 * What the drafter must still fill in before legal review: blank party names, fields the template
 * marks as required, placeholders such as "xxx" or "[INSERT]", and values that do not pass their
 * clause's checks. Listed on the draft page from the start, and refused on "Send to legal review".
 */
export function listDraftBlanks(agreement: Pick<TAgreement, 'partyDetails' | 'content'>): RequiredBlank[] {
  const checked = validateAgreementDraft({ parties: partiesOf(agreement), content: agreement.content })
  return checked.success ? listRequiredBlanks(checked.value) : checked.issues
}
