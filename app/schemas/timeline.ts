import { z } from 'zod'
import { AGREEMENT_EVENT_TYPES } from '#clauses/timeline/context'
import { dateField } from '#clauses/fields'
import { ZLocalTime, ZNoticeMethod } from '#clauses/values'

// The page's "what if" form and the API share these parameter names, so a page URL's query string
// works unchanged against `GET /api/v1/agreements/:id/timeline`.

const optional = <TSchema extends z.ZodType>(schema: TSchema) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional())

export const ZTimelineQuerySchema = z
  .object({
    asOf: optional(dateField('Show entries from')),
    noticeServedOn: optional(dateField('Notice served on')),
    noticeMethod: optional(z.enum(ZNoticeMethod.options, { error: 'Choose post, hand, email or fax' })),
    noticeTime: optional(ZLocalTime),
    disputeReferredOn: optional(dateField('Dispute referred on')),
  })
  .superRefine((query, context) => {
    if (query.noticeServedOn) return
    for (const name of ['noticeMethod', 'noticeTime'] as const) {
      if (query[name] === undefined) continue
      context.addIssue({ code: 'custom', path: ['noticeServedOn'], message: 'Enter the date the notice is served' })
      return
    }
  })

export type TTimelineQuery = z.output<typeof ZTimelineQuerySchema>

export const TIMELINE_QUERY_PARAMETERS = ['asOf', 'noticeServedOn', 'noticeMethod', 'noticeTime', 'disputeReferredOn'] as const

export const EVENT_TYPE_LABELS: Record<(typeof AGREEMENT_EVENT_TYPES)[number], string> = {
  notice_served: 'Notice served',
  dispute_referred: 'Dispute referred',
  breach_reported: 'Breach reported',
  complaint_received: 'Complaint received',
  referral_received: 'Referral received',
  pupil_admitted: 'Pupil admitted',
}

export const NOTICE_METHOD_LABELS: Record<z.infer<typeof ZNoticeMethod>, string> = {
  post: 'Post',
  hand: 'By hand',
  email: 'Email',
  fax: 'Fax',
}

/** `POST /api/v1/agreements/:id/events` and the "record an event" form. */
export const ZAgreementEventSchema = z
  .object({
    type: z.enum(AGREEMENT_EVENT_TYPES, { error: `Choose what happened: ${AGREEMENT_EVENT_TYPES.join(', ')}` }),
    occurredOn: z.string({ error: 'Enter the date it happened, as YYYY-MM-DD' }).trim().pipe(dateField('Date it happened')),
    method: optional(z.enum(ZNoticeMethod.options, { error: 'Choose post, hand, email or fax' })),
    time: optional(ZLocalTime),
    notes: optional(z.string().trim().max(2000, 'Notes must be 2,000 characters or fewer')),
    clauseId: optional(z.string().trim().max(100, 'Choose a termination clause of this agreement')),
  })
  .superRefine((event, context) => {
    // Kent STLS clause 16.1: when a notice is deemed served depends on how it was sent.
    if (event.type === 'notice_served' && !event.method) {
      context.addIssue({ code: 'custom', path: ['method'], message: 'Choose how the notice was sent: post, hand, email or fax' })
    }
    if (event.type !== 'notice_served' && event.method) {
      context.addIssue({ code: 'custom', path: ['method'], message: 'Only a served notice has a method of sending' })
    }
    if (event.type !== 'notice_served' && event.clauseId) {
      context.addIssue({ code: 'custom', path: ['clauseId'], message: 'Only a served notice is served under a termination clause' })
    }
  })

export type TAgreementEventInput = z.output<typeof ZAgreementEventSchema>
