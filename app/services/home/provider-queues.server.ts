import { accessibleBy } from '@casl/mongoose'
import { Types } from 'mongoose'
import { ensureObligationsFor } from '#app/services/compliance/list-obligations.server'
import { type TActor } from '#app/utils/actor.server'
import { formatDate } from '#app/utils/dates'
import { plusDays } from '#clauses/calendar/dates'
import { type IsoDate } from '#clauses/values'
import { Obligation, type TObligation } from '#models/obligation'
import { ITEMS_SHOWN, londonDate, organisationIdsOf, plural, workQueue } from './work-queue.server'

const WAITING = ['pending', 'returned']

/** The provider's own organisations, as ObjectIds for an aggregation's $match (which does not cast). */
function owedBy(actor: TActor) {
  return { organisation: { $in: organisationIdsOf(actor).map((id) => new Types.ObjectId(id)) } }
}

type TDueRow = { _id: unknown; agreement: unknown; reference: string; title: string; overdue: number; dueSoon: number; earliest: IsoDate }

/** What the actor's organisations owe, overdue or due in the next 30 days, one line per agreement, most overdue first. */
export async function dueAndOverdueByAgreement(actor: TActor, today: IsoDate) {
  await ensureObligationsFor(actor)
  const horizon = plusDays(today, 30)
  const rows = await Obligation.aggregate<TDueRow>([
    { $match: { ...owedBy(actor), state: { $in: WAITING }, withdrawn: false, dueOn: { $lte: horizon } } },
    {
      $group: {
        _id: '$series',
        // The newest version's id: ObjectIds grow with time.
        agreement: { $max: '$agreement' },
        reference: { $first: '$agreementReference' },
        title: { $first: '$agreementTitle' },
        overdue: { $sum: { $cond: [{ $lt: ['$dueOn', today] }, 1, 0] } },
        dueSoon: { $sum: { $cond: [{ $gte: ['$dueOn', today] }, 1, 0] } },
        earliest: { $min: '$dueOn' },
      },
    },
    { $sort: { overdue: -1, earliest: 1, reference: 1 } },
  ])
  return workQueue({
    key: 'due_and_overdue',
    heading: 'Agreements with obligations due or overdue from you',
    empty: 'Nothing is overdue or due from you in the next 30 days.',
    count: rows.length,
    items: rows.slice(0, ITEMS_SHOWN).map((row) => ({
      href: `/agreements/${String(row.agreement)}/obligations`,
      title: `${row.reference}: ${row.title}`,
      reason: [row.overdue ? `${plural(row.overdue, 'obligation')} overdue` : '', row.dueSoon ? `${plural(row.dueSoon, 'obligation')} due in the next 30 days` : ''].filter(Boolean).join(', '),
      date: row.earliest,
      when: `${row.earliest < today ? 'Oldest was due on' : 'Next due on'} ${formatDate(row.earliest)}`,
    })),
    moreHref: '/compliance',
  })
}

type TReturned = Pick<TObligation, '_id' | 'title' | 'agreementReference' | 'dueOn' | 'reviews'>

/** Evidence the authority returned to the actor's organisations, with the reviewer's comment, due first. */
export async function returnedEvidence(actor: TActor) {
  const filter = { $and: [accessibleBy(actor.ability, 'read').ofType('Obligation'), { ...owedBy(actor), state: 'returned', withdrawn: false }] }
  const [count, obligations] = await Promise.all([
    Obligation.countDocuments(filter),
    Obligation.find(filter)
      .select({ title: 1, agreementReference: 1, dueOn: 1, reviews: 1 })
      // By state first (fixed to "returned", so the order is by due date): the state and due date
      // index then gives the order, rather than a walk through every instance the provider owes.
      .sort({ state: 1, dueOn: 1, title: 1 })
      .limit(ITEMS_SHOWN)
      .lean<TReturned[]>(),
  ])
  return workQueue({
    key: 'returned_evidence',
    heading: 'Evidence returned to you',
    empty: 'No evidence has been returned to you.',
    count,
    items: obligations.map((obligation) => {
      const review = obligation.reviews.at(-1)
      const returnedOn = londonDate(review?.at)
      return {
        href: `/compliance/obligations/${String(obligation._id)}`,
        title: obligation.title,
        reason: review ? `Returned by ${review.byName}${review.comment ? `: “${review.comment}”` : ''}` : 'Returned',
        date: returnedOn ?? obligation.dueOn,
        when: returnedOn ? `Returned on ${formatDate(returnedOn)}` : `Due ${formatDate(obligation.dueOn)}`,
      }
    }),
    moreHref: '/compliance',
  })
}
