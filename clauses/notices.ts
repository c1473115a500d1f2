// Notices: how a notice may be served and when it is deemed served. Kent STLS clause 16.1: post
// on the second business day after posting; hand delivery on delivery; fax on the day of
// transmission with a confirmatory copy by post; hand or fax on a non-business day or after
// 4.00 pm on a business day is deemed given on the next business day.
import { z } from 'zod'
import { defineClauseKind } from './clause-kind'
import { formatList } from './format'
import { ZDeemedServiceRule, ZNoticeMethod, type DeemedServiceRule, type NoticeMethod } from './values'

export const ZNoticesParamsSchema = z
  .object({
    inWriting: z.boolean(),
    methods: z
      .array(z.enum(ZNoticeMethod.options, { error: 'Notice method must be post, hand, email or fax' }))
      .min(1, 'Choose at least one way of serving notice'),
    deemedService: z.array(ZDeemedServiceRule),
    /** Kent STLS 16.1.3: a fax counts only if a confirmatory copy is posted the same business day. */
    faxNeedsPostedConfirmation: z.boolean().optional(),
    /** Kent STLS 16.2: the address stated in the agreement or as later notified in writing. */
    addressForService: z.enum(['stated_in_agreement', 'as_notified'], {
      error: 'Address for service must be the address stated in the agreement or as notified',
    }),
  })
  .superRefine((notices, context) => {
    notices.deemedService.forEach((rule, index) => {
      if (!notices.methods.includes(rule.method)) {
        context.addIssue({
          code: 'custom',
          path: ['deemedService', index, 'method'],
          message: `Deemed service rule for ${rule.method} needs ${rule.method} to be one of the notice methods`,
        })
      }
      if (notices.deemedService.findIndex((other) => other.method === rule.method) !== index) {
        context.addIssue({ code: 'custom', path: ['deemedService', index, 'method'], message: `Deemed service for ${rule.method} is given twice` })
      }
    })
  })
export type TNoticesParams = z.infer<typeof ZNoticesParamsSchema>

const METHOD_WORDS: Record<NoticeMethod, string> = {
  post: 'if sent by pre-paid first class post',
  hand: 'if delivered by hand',
  email: 'if sent by email',
  fax: 'if sent by facsimile',
}

const CUT_OFF_METHOD_WORDS: Record<NoticeMethod, string> = {
  post: 'sent by post',
  hand: 'delivered by hand',
  email: 'sent by email',
  fax: 'sent by facsimile',
}

export const noticesClause = defineClauseKind({
  kind: 'notices',
  label: 'Notices',
  description: 'How notices are served and when each method counts as served.',
  schema: ZNoticesParamsSchema,
  fieldLabels: { methods: 'Notice methods', deemedService: 'Deemed service rules' },
  render(notices) {
    const paragraphs = [
      {
        text: `Any demand, notice or other communication in connection with this Agreement will ${notices.inWriting ? 'be in writing and will ' : ''}be deemed to have been duly given or made as follows:`,
      },
      ...notices.deemedService.map((rule, index) => ({
        label: `(${String.fromCharCode(97 + index)})`,
        level: 1,
        text: `${METHOD_WORDS[rule.method]}, ${describeDeemedService(rule, notices)};`,
      })),
    ]
    // One sentence for each cut-off time, so a clause with hand by 4.00 pm and email by 5.00 pm says
    // both times, as its deadlines count them.
    const cutOffTimes = [...new Set(notices.deemedService.flatMap((rule) => (rule.cutOffTime ? [rule.cutOffTime] : [])))]
    for (const cutOffTime of cutOffTimes) {
      const methods = formatList(notices.deemedService.filter((rule) => rule.cutOffTime === cutOffTime).map((rule) => CUT_OFF_METHOD_WORDS[rule.method]), 'or')
      paragraphs.push({
        text: `If a notice is ${methods} on a day which is not a business day or after ${formatClockTime(cutOffTime)} on a business day, it will instead be deemed given or made on the next business day.`,
      })
    }
    const address =
      notices.addressForService === 'stated_in_agreement'
        ? "the recipient's address stated in this Agreement or such other address as may from time to time be notified in writing by the recipient to the sender"
        : 'the address most recently notified in writing by the recipient to the sender'
    paragraphs.push({ text: `Any such demand, notice or other communication will be addressed to ${address}.` })
    return { paragraphs }
  },
})

function describeDeemedService(rule: DeemedServiceRule, notices: TNoticesParams): string {
  if (rule.method === 'fax' && notices.faxNeedsPostedConfirmation) {
    return 'on the day of transmission provided that a confirmatory copy is, on the same business day, sent by pre-paid first class post'
  }
  if (rule.businessDaysAfter === 0) return rule.method === 'hand' ? 'upon delivery at the address for service' : 'on the day it is sent'
  const ordinalWords = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']
  return `on the ${ordinalWords[rule.businessDaysAfter]} business day after the date of ${rule.method === 'post' ? 'posting' : 'sending'}`
}

/** "16:00" -> "4.00 pm", as the seed writes it. */
export function formatClockTime(time: string): string {
  const [hours, minutes] = time.split(':').map(Number)
  const suffix = hours >= 12 ? 'pm' : 'am'
  const twelveHour = hours % 12 === 0 ? 12 : hours % 12
  return `${twelveHour}.${String(minutes).padStart(2, '0')} ${suffix}`
}
