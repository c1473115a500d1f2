import { Types, type ClientSession } from 'mongoose'
import { ZTransitionSchema } from '#app/schemas/agreement'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { Agreement, agreementSubject, historyEntry, type TAgreement, type TAgreementStatus, type TReviewComment, type TReviewedVersion } from '#models/agreement'
import { AGREEMENT_STATUS_LABELS, findTransition, type TTransition } from '#models/agreement-lifecycle'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { getAgreement } from './get-agreement.server'
import { listAgreementReviewBlockers } from './list-review-blockers.server'
import { rolesAtAuthority } from './roles-at-authority.server'

export type TTransitionAgreementOptions = {
  actor: TActor
  agreementId: string
  input: unknown
  /** To make the move part of a larger change (sending for signature) that succeeds or fails whole. */
  session?: ClientSession
}

/** Moves an agreement along its lifecycle: only a move the table allows, by a person whose role at
 * the authority may make it. Sending to legal review or for signature needs every required blank
 * filled in, every proposal confirmed and every clause's wording saying what its terms mean, or
 * accepted by legal (decision record 006). */
export async function transitionAgreement({ actor, agreementId, input, session }: TTransitionAgreementOptions) {
  // The agreement is looked up (and so the actor's access to it checked) before the body is read.
  const agreement = await getAgreement({ actor, agreementId })
  const { to, comment } = parseWith(ZTransitionSchema, input)
  const transition = findTransition(agreement.status, to)
  if (!transition) {
    const message = `An agreement that is ${AGREEMENT_STATUS_LABELS[agreement.status].toLowerCase()} cannot be moved to ${AGREEMENT_STATUS_LABELS[to].toLowerCase()}`
    throw new AppError('conflict', { message, details: { fields: { to: message } } })
  }
  assertMayMake(actor, agreement, transition)
  if (transition.commentRequired && !comment) {
    const message = 'Enter a comment saying what needs to change'
    throw new AppError('validation', { message, details: { fields: { comment: message } } })
  }
  if (to === 'in_legal_review' || to === 'out_for_signature') assertNothingBlocks(agreement, to)

  const now = new Date()
  const summary = comment
    ? `${actor.name}: ${transition.label.toLowerCase()} (“${comment}”)`
    : `${actor.name}: ${transition.label.toLowerCase()}`
  const update = {
    $set: {
      status: to,
      ...(to === 'in_legal_review' ? { 'review.submittedAt': now } : {}),
      // Deletions can be undone until the draft goes to review; after that they are part of the record.
      ...(agreement.status === 'draft' ? { removedItems: [] } : {}),
      ...(agreement.status === 'in_legal_review' ? { 'review.decidedAt': now, 'review.lastReviewed': reviewedVersion(agreement, now, to) } : {}),
      // Approval closes the review: legal accepts every comment raised in it as dealt with.
      ...(to === 'approved' ? { 'review.comments': agreement.review.comments.map((existing) => acceptedOnApproval(existing, actor, now)) } : {}),
    },
    $push: {
      history: historyEntry(actor, `agreement.${to}`, summary, { fromStatus: agreement.status, toStatus: to }),
      ...(comment ? { 'review.comments': { clauseId: null, author: actor.id, authorName: actor.name, text: comment, at: now, resolved: false } } : {}),
    },
  }
  // The status in the filter makes a second, simultaneous move fail instead of applying twice; the
  // move and its audit event are saved together or not at all.
  const move = async (inSession: ClientSession) => {
    const updated = await Agreement.findOneAndUpdate({ _id: agreement._id, status: agreement.status }, update, { returnDocument: 'after', session: inSession }).lean()
    if (!updated) throw new AppError('conflict', { message: 'Someone else changed this agreement’s status first. Reload the page and try again.' })
    await recordAuditEvent({
      actor,
      organisationId: String(agreement.authority),
      authorityId: String(agreement.authority),
      action: `agreement.${to}`,
      subject: { type: 'Agreement', id: String(agreement._id) },
      summary: `${agreement.reference}: ${summary}`,
      session: inSession,
    })
    return updated
  }
  return session ? move(session) : inTransaction(move)
}

/** The agreement as legal decided on it, so the next review can show what changed since. */
function reviewedVersion(agreement: TAgreement, decidedAt: Date, decision: TAgreementStatus): TReviewedVersion {
  return { content: agreement.content, partyDetails: agreement.partyDetails, submittedAt: agreement.review.submittedAt, decidedAt, decision }
}

function acceptedOnApproval(comment: TReviewComment, actor: TActor, at: Date): TReviewComment {
  return { ...comment, resolved: true, acceptance: comment.acceptance ?? { by: new Types.ObjectId(actor.id), byName: actor.name, at } }
}

function assertMayMake(actor: TActor, agreement: TAgreement, transition: TTransition) {
  if (transition.by === 'system') {
    throw new AppError('forbidden', { message: `${transition.label} happens automatically and cannot be done by hand` })
  }
  const roles = rolesAtAuthority(actor, String(agreement.authority))
  if (!transition.by.roles.some((role) => roles.includes(role))) {
    throw new AppError('forbidden', {
      message: `Only a ${transition.by.roles.join(' or ')} of the authority can ${transition.label.toLowerCase()}`,
      details: { permission: { action: transition.by.action, subject: 'Agreement' } },
    })
  }
  assertCan(actor, transition.by.action, agreementSubject(agreement))
}

/** Blanks the seeds leave ("xxx", "[INSERT]"), proposals nobody has confirmed and wording that
 * differs from its terms keep the agreement from legal review and from signature. */
function assertNothingBlocks(agreement: TAgreement, to: 'in_legal_review' | 'out_for_signature') {
  const problems = listAgreementReviewBlockers(agreement)
  if (problems.length === 0) return
  const where = to === 'in_legal_review' ? 'to legal review' : 'for signature'
  const allBlanks = problems.every((problem) => !('kind' in problem) || problem.kind === 'blank')
  const what = allBlanks ? ['Fill in', 'blank', 'blanks'] : ['Deal with', 'problem', 'problems']
  throw new AppError('validation', {
    message: `${what[0]} ${problems.length === 1 ? `the ${what[1]}` : `the ${problems.length} ${what[2]}`} below before sending this agreement ${where}`,
    details: { fields: Object.fromEntries(problems.map((problem) => [problem.path, problem.message])) },
  })
}
