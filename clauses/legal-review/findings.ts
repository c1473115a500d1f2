// What a solicitor reviewing an agreement should be told before reading a word of it: the clauses
// it lacks and what the law puts in their place, and the notice methods it permits without saying
// when they count as served. Kent STLS has no dispute resolution clause; Kent PRU, Southend,
// Leicestershire SEIP and Nottingham have no notices clause; Southend none ending it by notice.
import type { AgreementContent } from '../agreement-content'
import type { NoticeMethod } from '../values'
import { clausesOfKind } from '../timeline/context'

export type LegalFindingCode = 'no_notices_clause' | 'no_dispute_clause' | 'no_notice_to_terminate' | 'method_without_deemed_service'

export interface LegalFinding {
  code: LegalFindingCode
  /** One line: what is missing or unclear. */
  title: string
  /** What follows from it, as a solicitor would say it. */
  detail: string
  /** The clause it is about, where there is one. */
  clause?: string
}

const METHOD_NAMES: Record<NoticeMethod, string> = { post: 'post', hand: 'hand delivery', email: 'email', fax: 'fax' }

function noticesFindings(content: AgreementContent): LegalFinding[] {
  const [notices] = clausesOfKind(content, 'notices')
  if (!notices) {
    return [
      {
        code: 'no_notices_clause',
        title: 'There is no notices clause',
        detail:
          'Notices are served under the general law: by hand on delivery, by post when the letter would arrive in the ordinary course of post (the timeline takes the second business day after posting by first class post, as Interpretation Act 1978, s.7 - an assumption). Nothing says which addresses or methods count, or whether email is enough.',
      },
    ]
  }
  const { methods, deemedService } = notices.clause.params
  return methods
    .filter((method) => !deemedService.some((rule) => rule.method === method))
    .map((method) => ({
      code: 'method_without_deemed_service' as const,
      title: `Clause ${notices.reference} permits ${METHOD_NAMES[method]} without saying when it is served`,
      detail: `The timeline takes a notice by ${METHOD_NAMES[method]} as served on the day it is sent - an assumption the clause does not support.`,
      clause: notices.reference,
    }))
}

function disputeFindings(content: AgreementContent): LegalFinding[] {
  if (clausesOfKind(content, 'dispute-resolution').length > 0) return []
  return [
    {
      code: 'no_dispute_clause',
      title: 'There is no dispute resolution clause',
      detail: 'A dispute has no agreed forum, stages or time limits: the parties are left to negotiation and the courts.',
    },
  ]
}

function terminationFindings(content: AgreementContent): LegalFinding[] {
  const byNotice = clausesOfKind(content, 'termination').filter(({ clause }) => clause.params.noticePeriod && (clause.params.effect ?? 'terminates_agreement') === 'terminates_agreement')
  if (byNotice.length > 0) return []
  return [
    {
      code: 'no_notice_to_terminate',
      title: 'No clause ends the agreement by notice',
      detail: 'It runs to its end date unless the parties agree to end it or one of them ends it for a breach the law allows.',
    },
  ]
}

/** The findings for an agreement's clauses, most basic first. */
export function legalFindings(content: AgreementContent): LegalFinding[] {
  return [...noticesFindings(content), ...disputeFindings(content), ...terminationFindings(content)]
}
