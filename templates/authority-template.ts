// An authority's own template, made from one of its agreements and drafted from again: what is
// kept (the structure, clauses and their values) and what is left for the next draft to fill (the
// counterparties, the dates, who signs by name). "A template never states as agreed a value its
// seed does not give": the agreement's own dates and counterparties are not the next one's.
import type { AgreementContent, ClauseInstance, Party } from '#clauses/agreement-content'
import { mainTermClause } from '#clauses/timeline/term'
import type { IsoDate } from '#clauses/values'
import type { BuiltAgreement } from './template'

export interface TemplateSource {
  title: string
  parties: Party[]
  content: AgreementContent
}

function mapClauses(content: AgreementContent, change: (clause: ClauseInstance) => ClauseInstance): AgreementContent {
  return { sections: content.sections.map((section) => ({ ...section, clauses: section.clauses.map(change) })) }
}

/** The term clause with its dates taken out and marked as blanks to fill. */
function withoutDates(clause: ClauseInstance, mainTermId: string | undefined): ClauseInstance {
  if (clause.kind !== 'term' || clause.id !== mainTermId) return clause
  const { commencesOn: _commencesOn, endsOn, backdatedTo: _backdatedTo, ...params } = clause.params
  const requiredFields = [...new Set([...(clause.requiredFields ?? []), 'commencesOn', ...(endsOn ? ['endsOn'] : [])])]
  return { ...clause, params, requiredFields }
}

/** Signatories' personal names belong to one agreement; their roles ("Headteacher") stay. */
function withoutSignatoryNames(clause: ClauseInstance): ClauseInstance {
  if (clause.kind !== 'signature-block' && clause.kind !== 'parties-and-signatories') return clause
  const signatories = clause.params.signatories.map(({ name: _name, ...signatory }) => signatory)
  return { ...clause, params: { ...clause.params, signatories } } as ClauseInstance
}

/** What a template keeps of an agreement: everything but its dates, its counterparties' names and
 * addresses, and who signed by name. The authority's own party is named afresh when drafting. */
export function templateFromAgreement(agreement: TemplateSource): TemplateSource {
  const mainTermId = mainTermClause(agreement.content)?.clause.id
  return {
    title: agreement.title,
    parties: agreement.parties.map(({ noticeAddress, ...party }) => (party.role === 'authority' ? { ...party, ...(noticeAddress ? { noticeAddress } : {}) } : { ...party, name: '' })),
    content: mapClauses(agreement.content, (clause) => withoutSignatoryNames(withoutDates(clause, mainTermId))),
  }
}

/** A draft from a template: the drafter's dates in its term clause (an end date replaces a duration). */
export function buildFromTemplate(template: TemplateSource, { commencesOn, endsOn }: { commencesOn?: IsoDate; endsOn?: IsoDate }): BuiltAgreement {
  const mainTermId = mainTermClause(template.content)?.clause.id
  const content = mapClauses(template.content, (clause) => {
    if (clause.kind !== 'term' || clause.id !== mainTermId) return clause
    const { duration, ...params } = clause.params
    return { ...clause, params: { ...params, ...(endsOn ? {} : duration ? { duration } : {}), ...(commencesOn ? { commencesOn } : {}), ...(endsOn ? { endsOn } : {}) } }
  })
  return { title: template.title, parties: template.parties, content }
}
