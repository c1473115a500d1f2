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
  build: (options?: TemplateBuildOptions) => BuiltAgreement
}
