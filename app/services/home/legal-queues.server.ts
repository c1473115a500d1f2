import { createHash } from 'node:crypto'
import { accessibleBy } from '@casl/mongoose'
import { LRUCache } from 'lru-cache'
import { agreementTimeline, loadManyTimelineInputs } from '#app/services/timeline/timeline-inputs.server'
import { type TActor } from '#app/utils/actor.server'
import { formatDate } from '#app/utils/dates'
import { cite } from '#clauses/calendar/dated'
import { daysBetween, plusDays, plusMonths } from '#clauses/calendar/dates'
import { type IsoDate, type PeriodUnit, type TimelineEntry } from '#clauses/values'
import { Agreement, type TAgreement } from '#models/agreement'
import { AgreementEvent } from '#models/agreement-event'
import { IN_FORCE_STATUSES } from '#models/agreement-lifecycle'
import { agreementName, ITEMS_SHOWN, londonDate, plural, readableAgreements, workQueue } from './work-queue.server'

/** Agreements sent to legal review, oldest first, with how long each has waited. */
export async function agreementsAwaitingReview(actor: TActor, today: IsoDate) {
  const filter = { $and: [readableAgreements(actor), { status: 'in_legal_review' }] }
  const [count, agreements] = await Promise.all([
    Agreement.countDocuments(filter),
    Agreement.find(filter)
      .select({ reference: 1, title: 1, 'review.submittedAt': 1 })
      .sort({ 'review.submittedAt': 1, reference: 1 })
      .limit(ITEMS_SHOWN)
      .lean<Array<Pick<TAgreement, '_id' | 'reference' | 'title'> & { review: { submittedAt: Date | null } }>>(),
  ])
  return workQueue({
    key: 'awaiting_review',
    heading: 'Agreements awaiting your review',
    empty: 'No agreement is waiting for legal review.',
    count,
    items: agreements.map((agreement) => {
      const sentOn = londonDate(agreement.review.submittedAt)
      const waited = sentOn ? daysBetween(today, sentOn) : null
      return {
        href: `/agreements/${String(agreement._id)}/review`,
        title: agreementName(agreement),
        reason: waited === null ? 'Waiting for review' : waited === 0 ? 'Waiting less than a day' : `Waiting ${plural(waited, 'day')}`,
        date: sentOn,
        when: sentOn ? `Sent for review on ${formatDate(sentOn)}` : '',
      }
    }),
    moreHref: '/agreements?status=in_legal_review',
  })
}

export const DEADLINES_QUEUE = 'notice_and_dispute_deadlines'

/** How far ahead legal is shown notice and dispute deadlines. */
export const DEADLINES_WITHIN_DAYS = 90
/** How long before its end an agreement's last day for notice may fall, for a notice period of at
 * most a year: the period, plus up to a year to the day it must end on (an academic year's end, 5
 * April). The seeds' longest: Nottingham devolved funding clause 9.1, two terms' notice ending at the
 * end of an academic year, some 15 months before a 31 March end. */
const NOTICE_LEAD_MONTHS = 24

/** The most of each unit a notice period may have and still run no longer than a year. One longer
 * (SEIP MOU 10.2.1's 3 years' notice) may put its agreement's last day for notice more than
 * NOTICE_LEAD_MONTHS before its end, so that agreement is looked at whenever it ends. Terms count as
 * a three-term year's, so a six-term calendar's long notice is looked at too. */
const AT_MOST_A_YEAR: Record<PeriodUnit, number> = { hours: 24 * 366, calendar_days: 366, business_days: 253, school_days: 190, weeks: 52, months: 12, terms: 3, years: 1 }

function longNotice(path: string) {
  return Object.entries(AT_MOST_A_YEAR).map(([unit, most]) => ({ [`${path}.unit`]: unit, [`${path}.amount`]: { $gt: most } }))
}

/** Agreements with a termination notice, or notice to stop an automatic renewal, that may run past a year. */
const WITH_LONG_NOTICE = {
  'content.sections.clauses': {
    $elemMatch: {
      $or: [
        ...longNotice('params.noticePeriod').map((period) => ({ kind: 'termination', ...period })),
        ...longNotice('params.autoRenewal.noticeAtLeast').map((period) => ({ kind: 'term', ...period })),
      ],
    },
  },
}
const DEADLINE_KEYS: ReadonlySet<TimelineEntry['key']> = new Set(['renewal.notice_deadline', 'dispute.stage_deadline', 'termination.effective', 'notice.deemed_served'])

/**
 * Notice and dispute deadlines in the next 90 days across the agreements in force. Only agreements
 * that can have one are looked at: those ending within the window plus two years, those whose notice
 * may run past a year whenever they end, those with no end date or past it (renewing automatically),
 * and those with a notice served or a dispute referred. Each one's deadlines are worked out once per version of what they depend on
 * (see deadlinesOf), so a portfolio's timelines are not rebuilt on every visit.
 */
export async function upcomingNoticeAndDisputeDeadlines(actor: TActor, today: IsoDate, shown = ITEMS_SHOWN) {
  const until = plusDays(today, DEADLINES_WITHIN_DAYS)
  const withEvents = await AgreementEvent.distinct('agreement', {
    $and: [accessibleBy(actor.ability, 'read').ofType('AgreementEvent'), { type: { $in: ['notice_served', 'dispute_referred'] } }],
  })
  const agreements = await Agreement.find({
    $and: [
      readableAgreements(actor),
      { status: { $in: IN_FORCE_STATUSES } },
      { $or: [{ endsOn: null }, { endsOn: { $lte: plusMonths(until, NOTICE_LEAD_MONTHS) } }, WITH_LONG_NOTICE, { _id: { $in: withEvents } }, { originalAgreement: { $in: withEvents } }] },
    ],
  })
    .select({ reference: 1, title: 1, authority: 1, originalAgreement: 1, updatedAt: 1 })
    .lean()
  const deadlinesByAgreement = await deadlinesOf(agreements)
  const deadlines = agreements
    .flatMap((agreement) =>
      (deadlinesByAgreement.get(String(agreement._id)) ?? []).filter((entry) => entry.date >= today && entry.date <= until).map((entry) => ({ agreement, entry })),
    )
    .sort((a, b) => a.entry.date.localeCompare(b.entry.date) || a.agreement.reference.localeCompare(b.agreement.reference))
  return workQueue({
    key: DEADLINES_QUEUE,
    heading: `Notice and dispute deadlines in the next ${DEADLINES_WITHIN_DAYS} days`,
    empty: `No notice or dispute deadline falls in the next ${DEADLINES_WITHIN_DAYS} days.`,
    count: deadlines.length,
    items: deadlines.slice(0, shown).map(({ agreement, entry }) => ({
      href: `/agreements/${String(agreement._id)}/timeline`,
      title: agreementName(agreement),
      reason: `${entry.label} ${cite(entry.clause)}`,
      date: entry.date,
      when: formatDate(entry.date),
    })),
    // No other page lists deadlines across agreements, so the home page lists them all on request.
    moreHref: `/?all=${DEADLINES_QUEUE}#${DEADLINES_QUEUE}`,
  })
}

type TDeadlineSource = Pick<TAgreement, '_id' | 'authority' | 'originalAgreement' | 'updatedAt'>

// An agreement's deadlines depend only on its content (any change moves updatedAt), its recorded
// events and its authority's term dates, so they are kept per process under a key made of all
// three: a kept answer is never stale, and instances never need to agree (DESIGN.md, scaling out).
const keptDeadlines = new LRUCache<string, TimelineEntry[]>({ max: 20_000 })

/** The notice and dispute entries (any date) of each agreement, built only where not kept. */
async function deadlinesOf(agreements: TDeadlineSource[]) {
  const inputs = await loadManyTimelineInputs(agreements)
  const calendarKeys = new Map<string, string>()
  const keyOf = (agreement: TDeadlineSource) => {
    const input = inputs.get(String(agreement._id)) ?? { events: [] }
    const authority = String(agreement.authority)
    if (!calendarKeys.has(authority)) calendarKeys.set(authority, digest(JSON.stringify(input.termCalendar ?? null)))
    return `${String(agreement._id)}|${new Date(agreement.updatedAt).getTime()}|${digest(JSON.stringify(input.events))}|${calendarKeys.get(authority)}`
  }
  const keys = new Map(agreements.map((agreement) => [String(agreement._id), keyOf(agreement)]))
  const missing = agreements.filter((agreement) => !keptDeadlines.has(keys.get(String(agreement._id)) ?? ''))
  const contents = missing.length > 0 ? await Agreement.find({ _id: { $in: missing.map((agreement) => agreement._id) } }).select({ content: 1 }).lean() : []
  for (const { _id, content } of contents) {
    const { entries } = agreementTimeline({ agreement: { content }, inputs: inputs.get(String(_id)) ?? { events: [] } })
    keptDeadlines.set(keys.get(String(_id)) ?? '', entries.filter((entry) => DEADLINE_KEYS.has(entry.key)))
  }
  return new Map(agreements.map((agreement) => [String(agreement._id), keptDeadlines.get(keys.get(String(agreement._id)) ?? '') ?? []]))
}

const digest = (text: string) => createHash('sha1').update(text).digest('base64')
