import { type TActor } from '#app/utils/actor.server'
import { assertCan } from '#app/utils/permissions.server'
import type { ClauseInstance, Section } from '#clauses/agreement-content'
import { getClauseKind } from '#clauses/index'
import { legalFindings } from '#clauses/legal-review/findings'
import { paragraphsFromText, renderClauseContent, sectionHeading } from '#clauses/render-document'
import { agreementSubject, renderContextOf, type TAgreement, type TReviewComment } from '#models/agreement'
import { agreementTimeline, loadTimelineInputs } from '#app/services/timeline/timeline-inputs.server'
import { compareClauses } from './compare-agreement-versions.server'
import { describeAgreementWording } from './describe-agreement-wording.server'
import { getAgreement } from './get-agreement.server'
import { clauseLabelInSection } from './clause-label.server'
import { summariseClauseValues } from './summarise-clause-values.server'

export type TGetAgreementReviewOptions = {
  actor: TActor
  agreementId: string
  /** Every clause, not only those a legal reviewer must always read. */
  showAll?: boolean
}

/** The clauses a legal reviewer must always read: how the agreement ends, how notice is served,
 * how disputes run and how it can be changed. */
const REVIEW_KINDS = new Set(['termination', 'notices', 'dispute-resolution', 'variation'])

export type TCommentState = 'open' | 'resolved' | 'accepted'

function commentState(comment: TReviewComment): TCommentState {
  if (comment.acceptance) return 'accepted'
  if (comment.resolution) return 'resolved'
  // Comments accepted on approval before resolutions were recorded say only that they were dealt with.
  return comment.resolved ? 'accepted' : 'open'
}

function toCommentJson(comment: TReviewComment, clauseNames: Map<string, string>, lastDecidedAt: Date | undefined) {
  return {
    id: String(comment._id),
    clauseId: comment.clauseId,
    clause: comment.clauseId ? (clauseNames.get(comment.clauseId) ?? 'A clause since removed') : 'Whole agreement',
    author: comment.authorName,
    text: comment.text,
    at: comment.at.toISOString(),
    /** Made in an earlier review, before legal last decided. */
    earlier: Boolean(lastDecidedAt && comment.at <= lastDecidedAt),
    state: commentState(comment),
    resolution: comment.resolution ? { by: comment.resolution.byName, at: comment.resolution.at.toISOString(), note: comment.resolution.note } : null,
    acceptance: comment.acceptance ? { by: comment.acceptance.byName, at: comment.acceptance.at.toISOString() } : null,
  }
}

export type TReviewCommentJson = ReturnType<typeof toCommentJson>

/** Every review comment of the agreement as the review view and the API show it. */
export function reviewCommentsOf(agreement: Pick<TAgreement, 'content' | 'review'>): TReviewCommentJson[] {
  const clauseNames = new Map(agreement.content.sections.flatMap((section) => section.clauses.map((clause) => [clause.id, clauseLabelInSection(section, clause, agreement.content.details)] as const)))
  const lastDecidedAt = agreement.review.lastReviewed ? new Date(agreement.review.lastReviewed.decidedAt) : undefined
  return agreement.review.comments.map((comment) => toCommentJson(comment, clauseNames, lastDecidedAt))
}

/** What changed since legal last decided on the agreement, clause by clause; nothing on a first review. */
function changesSinceLastReview(agreement: TAgreement) {
  const last = agreement.review.lastReviewed
  if (!last) return null
  const clauses = compareClauses(last, agreement).filter((clause) => clause.change !== 'unchanged')
  return { decidedAt: new Date(last.decidedAt).toISOString(), decision: last.decision, clauses }
}

/** What cannot be dated, so a reviewer knows which deadlines the system cannot vouch for. */
async function datesNotWorkedOut(agreement: TAgreement) {
  const inputs = await loadTimelineInputs(agreement)
  const { entries, undated } = agreementTimeline({ agreement, inputs })
  return [
    ...undated.map(({ label, clause, reason }) => ({ label, clause, reason })),
    ...entries.filter((entry) => entry.key === 'term_dates.missing').map(({ label, clause, basis }) => ({ label, clause, reason: basis })),
  ]
}

/**
 * The legal review of an agreement of the actor's authority, in any status (read-only unless it is
 * in legal review): its notice, termination, dispute and variation clauses (or every clause), what
 * is missing from them, the dates the system cannot work out, what changed since legal last
 * decided, and every comment with its resolution.
 */
export async function getAgreementReview({ actor, agreementId, showAll = false }: TGetAgreementReviewOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  const subject = agreementSubject(agreement)
  assertCan(actor, 'readReview', subject)
  const context = renderContextOf(agreement)
  const comments = reviewCommentsOf(agreement)
  const wording = describeAgreementWording(agreement).clauses
  // A clause whose wording differs from its terms, holds a proposal or corrects the seed is shown
  // whatever its kind: each is for legal to see (decision record 006).
  const needsLegal = (clauseId: string) => {
    const checked = wording.get(clauseId)
    return Boolean(checked && (checked.differsFromTerms || checked.proposals.length > 0 || checked.corrections.length > 0))
  }
  const clauses = agreement.content.sections.flatMap((section) =>
    section.clauses
      .filter((clause) => showAll || REVIEW_KINDS.has(clause.kind) || needsLegal(clause.id))
      .map((clause) => {
        // The words as printed: a wording template's slots filled from the values.
        const paragraphs = clause.text === undefined ? renderClauseContent(clause, context).paragraphs : paragraphsFromText(wording.get(clause.id)?.text ?? clause.text)
        return {
          id: clause.id,
          name: clauseLabelInSection(section, clause, agreement.content.details),
          section: sectionHeading(section),
          kind: getClauseKind(clause.kind)?.label ?? clause.kind,
          paragraphs: paragraphs.map((paragraph) => (paragraph.label ? `${paragraph.label} ${paragraph.text}` : paragraph.text)),
          handEdited: clause.text !== undefined,
          wording: wording.get(clause.id),
          values: summariseClauseValues(clause.kind, clause.params),
        }
      }),
  )
  return {
    agreement: { id: String(agreement._id), reference: agreement.reference, title: agreement.title, version: agreement.version, status: agreement.status },
    inReview: agreement.status === 'in_legal_review',
    findings: legalFindings(agreement.content),
    datesNotWorkedOut: await datesNotWorkedOut(agreement),
    changesSinceLastReview: changesSinceLastReview(agreement),
    clauses,
    comments,
    can: {
      comment: actor.ability.can('review', subject),
      decide: actor.ability.can('approve', subject),
      resolve: actor.ability.can('update', subject) && agreement.status === 'draft',
      accept: actor.ability.can('review', subject),
    },
  }
}

export type TAgreementReview = Awaited<ReturnType<typeof getAgreementReview>>
