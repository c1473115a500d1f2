import { accessibleBy } from '@casl/mongoose'
import { complianceSummaries } from '#app/services/compliance/get-compliance-dashboard.server'
import { ensureObligations } from '#app/services/compliance/ensure-obligations.server'
import { agreementTimeline, loadManyTimelineInputs } from '#app/services/timeline/timeline-inputs.server'
import { type TActor } from '#app/utils/actor.server'
import { formatDate } from '#app/utils/dates'
import { cite } from '#clauses/calendar/dated'
import { plusDays, plusMonths } from '#clauses/calendar/dates'
import { countWaiting } from '#clauses/obligations/status'
import { type IsoDate } from '#clauses/values'
import { Agreement, type TAgreement } from '#models/agreement'
import { IN_FORCE_STATUSES } from '#models/agreement-lifecycle'
import { Obligation, type TObligation } from '#models/obligation'
import { agreementName, agreementNames, ITEMS_SHOWN, londonDate, plural, readableAgreements, workQueue } from './work-queue.server'

/** Drafts legal sent back with comments the commissioner has still to resolve, longest waiting first. */
export async function draftsReturnedByLegal(actor: TActor) {
  const filter = { $and: [readableAgreements(actor), { status: 'draft', 'review.comments': { $elemMatch: { resolved: false } } }] }
  const [count, drafts] = await Promise.all([
    Agreement.countDocuments(filter),
    Agreement.find(filter)
      .select({ reference: 1, title: 1, 'review.comments.resolved': 1, 'review.decidedAt': 1 })
      .sort({ 'review.decidedAt': 1, reference: 1 })
      .limit(ITEMS_SHOWN)
      .lean<Array<Pick<TAgreement, '_id' | 'reference' | 'title'> & { review: { comments: Array<{ resolved: boolean }>; decidedAt: Date | null } }>>(),
  ])
  return workQueue({
    key: 'returned_drafts',
    heading: 'Drafts returned by legal',
    empty: 'No draft is waiting for you to resolve legal’s comments.',
    count,
    items: drafts.map((draft) => {
      const returnedOn = londonDate(draft.review.decidedAt)
      const open = draft.review.comments.filter((comment) => !comment.resolved).length
      return {
        href: `/agreements/${String(draft._id)}/review`,
        title: agreementName(draft),
        reason: `${plural(open, 'comment')} to resolve`,
        date: returnedOn,
        when: returnedOn ? `Returned on ${formatDate(returnedOn)}` : '',
      }
    }),
    moreHref: '/agreements?status=draft',
  })
}

const AWAITING_REVIEW = ['submitted', 'resubmitted']

/** Evidence the provider has submitted for the authority to accept or return, longest waiting first. */
export async function evidenceAwaitingReview(actor: TActor) {
  const filter = { $and: [accessibleBy(actor.ability, 'read').ofType('Obligation'), { state: { $in: AWAITING_REVIEW }, withdrawn: false }] }
  const [count, obligations] = await Promise.all([
    Obligation.countDocuments(filter),
    Obligation.find(filter)
      .select({ title: 1, agreementReference: 1, state: 1, submittedAt: 1, dueOn: 1 })
      .sort({ submittedAt: 1, dueOn: 1 })
      .limit(ITEMS_SHOWN)
      .lean<Array<Pick<TObligation, '_id' | 'title' | 'agreementReference' | 'state' | 'submittedAt' | 'dueOn'>>>(),
  ])
  return workQueue({
    key: 'evidence_awaiting_review',
    heading: 'Evidence awaiting your review',
    empty: 'No evidence is waiting for review.',
    count,
    items: obligations.map((obligation) => {
      const submittedOn = londonDate(obligation.submittedAt)
      return {
        href: `/compliance/obligations/${String(obligation._id)}`,
        title: obligation.title,
        reason: `${obligation.state === 'resubmitted' ? 'Submitted again after it was returned' : 'Submitted'} for ${obligation.agreementReference}`,
        date: submittedOn,
        when: submittedOn ? `Submitted on ${formatDate(submittedOn)}` : `Due ${formatDate(obligation.dueOn)}`,
      }
    }),
    moreHref: '/compliance',
  })
}

/**
 * Agreements in force with obligations overdue, most overdue first. The counts come from each
 * series' compliance summary (kept on write), so only ids and summaries are read, never obligations.
 */
export async function overdueObligationsByAgreement(actor: TActor, today: IsoDate) {
  const inForce = await Agreement.find({ $and: [readableAgreements(actor), { status: { $in: IN_FORCE_STATUSES } }] })
    .select({ _id: 1, originalAgreement: 1, status: 1 })
    .lean()
  await ensureObligations({ agreements: inForce })
  const summaries = await complianceSummaries(inForce.map((agreement) => agreement.originalAgreement ?? agreement._id))
  const horizon = plusDays(today, 30)
  const overdueBySeries = new Map(
    summaries.flatMap((summary) => {
      const { overdue } = countWaiting(summary.waitingDueDates, today, horizon)
      return overdue > 0 ? [[String(summary.series), { overdue, since: summary.waitingDueDates[0] }] as const] : []
    }),
  )
  const withOverdue = inForce
    .map((agreement) => ({ id: String(agreement._id), ...overdueBySeries.get(String(agreement.originalAgreement ?? agreement._id)) }))
    .filter((row): row is { id: string; overdue: number; since: IsoDate } => row.overdue !== undefined)
    .sort((a, b) => b.overdue - a.overdue || a.since.localeCompare(b.since))
  const shown = withOverdue.slice(0, ITEMS_SHOWN)
  const names = await agreementNames(shown.map((row) => row.id))
  return workQueue({
    key: 'overdue_by_agreement',
    heading: 'Agreements with overdue obligations',
    empty: 'Nothing is overdue on any agreement in force.',
    count: withOverdue.length,
    items: shown.map((row) => ({
      href: `/agreements/${row.id}/obligations`,
      title: names.get(row.id) ?? row.id,
      reason: `${plural(row.overdue, 'obligation')} overdue`,
      date: row.since,
      when: `Oldest was due on ${formatDate(row.since)}`,
    })),
    moreHref: '/compliance',
  })
}

/** How far ahead the commissioner is shown agreements coming to their end. */
const ENDING_WITHIN_MONTHS = 6

/** Agreements in force ending in the next six months, soonest first, with the last day to give notice to end them then. */
export async function agreementsEndingSoon(actor: TActor, today: IsoDate) {
  const filter = { $and: [readableAgreements(actor), { status: { $in: IN_FORCE_STATUSES }, endsOn: { $gte: today, $lte: plusMonths(today, ENDING_WITHIN_MONTHS) } }] }
  const [count, agreements] = await Promise.all([
    Agreement.countDocuments(filter),
    Agreement.find(filter)
      .select({ reference: 1, title: 1, endsOn: 1, content: 1, authority: 1, originalAgreement: 1 })
      .sort({ endsOn: 1, reference: 1 })
      .limit(ITEMS_SHOWN)
      .lean(),
  ])
  const inputs = await loadManyTimelineInputs(agreements)
  return workQueue({
    key: 'ending_soon',
    heading: `Agreements ending in the next ${ENDING_WITHIN_MONTHS} months`,
    empty: `No agreement in force ends in the next ${ENDING_WITHIN_MONTHS} months.`,
    count,
    items: agreements.map((agreement) => {
      const { entries } = agreementTimeline({ agreement, inputs: inputs.get(String(agreement._id)) ?? { events: [] } })
      const [deadline] = entries.filter((entry) => entry.key === 'renewal.notice_deadline').sort((a, b) => a.date.localeCompare(b.date))
      const endsOn = agreement.endsOn as IsoDate
      return {
        href: `/agreements/${String(agreement._id)}/timeline`,
        title: agreementName(agreement),
        reason: deadline
          ? `Last day for notice to end it then: ${formatDate(deadline.date)}${deadline.date < today ? ' (passed)' : ''} ${cite(deadline.clause)}`
          : 'No clause lets notice end it at its end date',
        date: endsOn,
        when: `Ends on ${formatDate(endsOn)}`,
      }
    }),
    // The compliance dashboard lists agreements in force soonest ending first.
    moreHref: '/compliance',
  })
}
