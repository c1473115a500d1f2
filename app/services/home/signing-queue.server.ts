import { type Types } from 'mongoose'
import { signatoriesDue } from '#app/services/signing/signatory-access.server'
import { type TActor } from '#app/utils/actor.server'
import { formatDate } from '#app/utils/dates'
import { Agreement } from '#models/agreement'
import { SigningRequest, type TSignatory, type TSigningRequest } from '#models/signing-request'
import { agreementNames, ITEMS_SHOWN, londonDate, organisationIdsOf, readableAgreements, workQueue, type TWorkItem } from './work-queue.server'

type TOpenRequest = Pick<TSigningRequest, 'agreement' | 'reference' | 'order' | 'signatories' | 'createdAt'>

const OPEN_REQUEST_FIELDS = { agreement: 1, reference: 1, order: 1, signatories: 1, createdAt: 1 } as const

/** The ids of the agreements out for signature the actor may read (ids only: the signing requests say the rest). */
async function outForSignatureIds(actor: TActor) {
  const agreements = await Agreement.find({ $and: [readableAgreements(actor), { status: 'out_for_signature' }] })
    .select({ _id: 1 })
    .lean()
  return agreements.map((agreement) => agreement._id as Types.ObjectId)
}

const signatoryName = (signatory: TSignatory) => `${signatory.role}, ${signatory.organisationName}`

/** The commissioner's queue: every agreement out for signature, longest waiting first, and who signs next. */
export async function agreementsAwaitingSignature(actor: TActor) {
  const agreementIds = await outForSignatureIds(actor)
  const filter = { agreement: { $in: agreementIds }, status: 'in_progress' as const }
  const [count, requests] = await Promise.all([
    SigningRequest.countDocuments(filter),
    SigningRequest.find(filter).select(OPEN_REQUEST_FIELDS).sort({ createdAt: 1 }).limit(ITEMS_SHOWN).lean<TOpenRequest[]>(),
  ])
  const mine = new Set(organisationIdsOf(actor))
  const names = await agreementNames(requests.map((request) => request.agreement))
  return workQueue({
    key: 'awaiting_signature',
    heading: 'Agreements awaiting signature',
    empty: 'No agreement is out for signature.',
    count,
    items: requests.map((request) => signingItem(request, names, (signatory) => (mine.has(String(signatory.organisation)) ? `You sign next, as ${signatory.role}` : `Next to sign: ${signatoryName(signatory)}`))),
    moreHref: '/agreements?status=out_for_signature',
  })
}

/** The provider's or school's queue: agreements out for signature where one of their organisations still has to sign. */
export async function agreementsAwaitingMySignature(actor: TActor) {
  const agreementIds = await outForSignatureIds(actor)
  const organisations = organisationIdsOf(actor)
  const filter = { agreement: { $in: agreementIds }, status: 'in_progress' as const, signatories: { $elemMatch: { organisation: { $in: organisations }, status: 'waiting' as const } } }
  const [count, requests] = await Promise.all([
    SigningRequest.countDocuments(filter),
    SigningRequest.find(filter).select(OPEN_REQUEST_FIELDS).sort({ createdAt: 1 }).limit(ITEMS_SHOWN).lean<TOpenRequest[]>(),
  ])
  const mine = new Set(organisations)
  const names = await agreementNames(requests.map((request) => request.agreement))
  return workQueue({
    key: 'awaiting_my_signature',
    heading: 'Agreements awaiting your signature',
    empty: 'Nothing is waiting for your signature.',
    count,
    items: requests.map((request) => {
      const waiting = request.signatories.find((signatory) => signatory.status === 'waiting' && mine.has(String(signatory.organisation)))
      return signingItem(request, names, (next) => {
        if (!waiting || waiting === next) return `Your turn to sign, as ${next.role}`
        return `You sign as ${waiting.role} after ${signatoryName(next)}`
      })
    }),
    moreHref: '/agreements?status=out_for_signature',
  })
}

function signingItem(request: TOpenRequest, names: Map<string, string>, describeNext: (next: TSignatory) => string): TWorkItem {
  const [next] = signatoriesDue(request)
  const sentOn = londonDate(request.createdAt)
  return {
    href: `/agreements/${String(request.agreement)}/signing`,
    title: names.get(String(request.agreement)) ?? request.reference,
    reason: next ? describeNext(next) : 'Every party has signed; the signed PDF is still to be made',
    date: sentOn,
    when: sentOn ? `Sent for signature on ${formatDate(sentOn)}` : '',
  }
}
