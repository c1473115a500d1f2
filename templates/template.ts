// What a template is: a seed agreement encoded as structured clauses, built with the drafter's
// dates and party names.
import type { AgreementContent } from '#clauses/agreement-content'
import type { Party, TPartyRole } from '#clauses/party'
import type { IsoDate } from '#clauses/values'

export interface TemplateBuildOptions {
  commencesOn?: IsoDate
  endsOn?: IsoDate
  /** Names and addresses by party id ("authority", "provider", "lead-school"). */
  parties?: Record<string, { name?: string; noticeAddress?: string }>
  /** Leicestershire SEIP: the partnership area or name from Schedule 2, Appendix A; its schools
   * become the member schools that sign the MOU. */
  partnership?: string
  /** The blank agreement: one counterparty party per role, in order (the organisations chosen). */
  counterpartyRoles?: TPartyRole[]
}

export interface BuiltAgreement {
  title: string
  parties: Party[]
  content: AgreementContent
}

export interface AgreementTemplate {
  key: string
  title: string
  description: string
  authorityName: string
  /** The authority's other names, under which it now signs (Southend Borough Council is now
   * Southend-on-Sea City Council): an agreement drafted by it from this template still names it as
   * the seed does. */
  authorityAliases?: string[]
  /** The partnership areas `partnership` may name (Leicestershire SEIP Schedule 2, Appendix A). */
  partnerships?: string[]
  build: (options?: TemplateBuildOptions) => BuiltAgreement
}

/** Whether the drafting authority is the one the template's seed was made for, so the agreement
 * names it as the seed does. */
export function isTemplateAuthority(template: Pick<AgreementTemplate, 'authorityName' | 'authorityAliases'>, organisationName: string): boolean {
  return [template.authorityName, ...(template.authorityAliases ?? [])].includes(organisationName)
}
