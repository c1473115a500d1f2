// The typed values that clause parameters are made of, shared by the clause kinds (which say what
// an agreement means), the calendar engine (which turns them into dates) and the obligations.
// Pure: no framework imports. Dates are calendar dates `YYYY-MM-DD` in the Europe/London calendar.
import { z } from 'zod'
import { tagValue } from './value-types'

/** Dates an agreement, a term calendar or a what-if can name. A century either side of now covers
 * every real agreement, and keeps every deadline counted from one (100 years at most, see ZPeriod)
 * a four-digit year. */
export const FIRST_YEAR = 1900
export const LAST_YEAR = 2199

export const ZIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'Enter a real date')
  .refine((value) => Number(value.slice(0, 4)) >= FIRST_YEAR && Number(value.slice(0, 4)) <= LAST_YEAR, `Enter a date from ${FIRST_YEAR} to ${LAST_YEAR}`)
export type IsoDate = string

export const ZLocalTime = tagValue(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM (24-hour clock)'), 'clock-time', 'Time')

/** How a period is counted. `business_days` are working days (not weekends or England and Wales
 * bank holidays); `school_days` are term-time days in the authority's term calendar. */
export const ZPeriodUnit = z.enum([
  'hours',
  'calendar_days',
  'business_days',
  'school_days',
  'weeks',
  'months',
  'terms',
  'years',
])
export type PeriodUnit = z.infer<typeof ZPeriodUnit>

/** The most of each unit a period may have: about 100 years, so every count over dates ends. */
export const PERIOD_LIMITS: Record<PeriodUnit, number> = {
  hours: 876_000,
  calendar_days: 36_600,
  business_days: 25_000,
  school_days: 19_000,
  weeks: 5_200,
  months: 1_200,
  terms: 600,
  years: 100,
}

export function isWithinPeriodLimits(period: { amount: number; unit: PeriodUnit }): boolean {
  return period.amount <= PERIOD_LIMITS[period.unit]
}

/** "6 months", "21 days", "2 terms", "15 term-time days". */
export const ZPeriod = z
  .object({
    amount: z.number().int('Enter a whole number').positive('Enter a period greater than zero'),
    unit: ZPeriodUnit,
  })
  .refine(isWithinPeriodLimits, { error: 'Enter a period of 100 years or less', path: ['amount'] })
export type Period = z.infer<typeof ZPeriod>

/** What a notice period is aligned to once it has run: "terminating at the end of an academic
 * year" (Leicestershire SEIP 17.1, Nottingham 13.1), "to end on 5th April" (SEIP MOU withdrawal). */
export const ZAlignment = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('academic_year_end') }),
    z.object({ kind: z.literal('financial_year_end') }),
    z.object({
      kind: z.literal('fixed_day'),
      day: z.number().int().min(1).max(31),
      month: z.number().int().min(1).max(12),
    }),
  ],
  { error: 'Choose what the notice period ends on: nothing, the end of an academic year, the end of a financial year, or a fixed day' },
)
export type Alignment = z.infer<typeof ZAlignment>

export const ZNoticeMethod = z.enum(['post', 'hand', 'email', 'fax'])
export type NoticeMethod = z.infer<typeof ZNoticeMethod>

/** One deemed-service rule of a notices clause. Kent STLS clause 20: post is deemed received on the
 * second business day after posting; hand delivery or fax after 4.00 pm on a business day, or on a
 * non-business day, is deemed received on the next business day. */
export const ZDeemedServiceRule = z.object({
  method: ZNoticeMethod,
  /** Business days after sending on which it is deemed served (post: 2; hand: 0). */
  businessDaysAfter: z.number().int().min(0).max(10),
  /** Local (Europe/London) time after which it counts as served on the next business day. */
  cutOffTime: ZLocalTime.optional(),
})
export type DeemedServiceRule = z.infer<typeof ZDeemedServiceRule>

/** A stage of a dispute procedure, e.g. Kent PRU clause 13: 21 days at the Management Committee,
 * then the Corporate Director whose decision is final and binding. */
export const ZDisputeStage = z.object({
  forum: z.string().trim().min(1, 'Name who hears this stage'),
  timeLimit: ZPeriod.optional(),
  finalAndBinding: z.boolean(),
})
export type DisputeStage = z.infer<typeof ZDisputeStage>

/** Money is whole pence, so instalments add up to the exact total. */
export const ZPence = z.number().int('Enter an amount in whole pence').min(0, 'Enter an amount of zero or more')
export type Pence = number

export const ZDayOfYear = z.object({
  day: z.number().int().min(1).max(31),
  month: z.number().int().min(1).max(12),
})
export type DayOfYear = z.infer<typeof ZDayOfYear>

/** When payments fall due. Southend: monthly in arrears on the 20th; Leicestershire SEIP: termly
 * in advance; Nottingham Schedule 1: on 5 April, 5 September and 5 January, or the closest working
 * day prior. */
export const ZPaymentRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('monthly_in_arrears'), dayOfMonth: z.number().int().min(1).max(31) }),
  z.object({
    kind: z.literal('termly_in_advance'),
    /** Paid in the first week of the term, not on its first day (Leicestershire SEIP clause 2.3). */
    withinFirstWeek: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('fixed_dates'),
    dates: z.array(ZDayOfYear).min(1),
    /** A date that is not a working day moves to the closest working day before it. */
    moveToPreviousWorkingDay: z.boolean(),
  }),
])
export type PaymentRule = z.infer<typeof ZPaymentRule>

/** When a report or return is due. */
export const ZDueRule = z.discriminatedUnion('kind', [
  /** Each term: `period` after the term ends (or at its end if no period). Kent STLS: 6 termly reports. */
  z.object({ kind: z.literal('termly'), after: ZPeriod.optional() }),
  /** Each month on a day of the following month (Kent PRU monthly attendance returns). */
  z.object({ kind: z.literal('monthly'), dayOfFollowingMonth: z.number().int().min(1).max(31) }),
  /** Each year on a fixed day: "by 31 March" (Leicestershire SEIP Annual Expenditure Report). */
  z.object({ kind: z.literal('annual_fixed_day'), day: z.number().int().min(1).max(31), month: z.number().int().min(1).max(12) }),
  /** A period before a yearly event: "two weeks before the annual meeting" (Kent PRU). */
  z.object({ kind: z.literal('before_annual_event'), before: ZPeriod, event: z.string().min(1), eventDay: ZDayOfYear }),
  /** By the start of the October (autumn) half term (Leicestershire SEIP budget plan). */
  z.object({ kind: z.literal('by_october_half_term') }),
  /** Within a period of a triggering event: complaints within 72 hours, provision within 5 working days of referral. */
  z.object({ kind: z.literal('after_event'), within: ZPeriod, event: z.string().min(1) }),
])
export type DueRule = z.infer<typeof ZDueRule>

/** Stable timeline entry keys (DESIGN.md); the API and the ICS feed use them. */
export const TIMELINE_KEYS = [
  'term.commencement',
  'term.end',
  'review.due',
  'renewal.notice_deadline',
  // An evergreen agreement (issue 20): each automatic renewal, and the day its notice window opens.
  'term.renewal',
  'renewal.notice_window_opens',
  // A minimum term: the first day notice to terminate may be served.
  'termination.earliest_notice',
  'notice.deemed_served',
  'termination.effective',
  'dispute.stage_deadline',
  'payment.due',
  'report.due',
  'kpi.report_due',
  'records.retain_until',
  'obligation.due',
  /** Term dates an academic year's entries need are not entered: which, and what they would give. */
  'term_dates.missing',
] as const
export type TimelineKey = (typeof TIMELINE_KEYS)[number]

/** One dated entry of an agreement's timeline. `basis` is one line a solicitor can check by hand,
 * citing the clause: "6 months after notice deemed served on 30 December 2026 (clause 14.1)". */
export interface TimelineEntry {
  key: TimelineKey
  date: IsoDate
  label: string
  clause: string
  basis: string
  amount?: Pence
}

/** An authority's term calendar. Kent publishes six terms a year; others three terms with a half
 * term inside each. Dates are inclusive. */
export const ZTerm = z.object({
  name: z.string().min(1),
  season: z.enum(['autumn', 'spring', 'summer']),
  start: ZIsoDate,
  end: ZIsoDate,
  halfTerm: z.object({ start: ZIsoDate, end: ZIsoDate }).optional(),
})
export type Term = z.infer<typeof ZTerm>

export const ZAcademicYear = z.object({
  year: z.string().regex(/^\d{4}\/\d{2}$/, 'Enter the academic year as 2026/27'),
  terms: z.array(ZTerm).min(1),
  /** Demo dates in the usual pattern, not the authority's published ones: every basis that reads them says so. */
  demo: z.boolean().optional(),
  /** Where the dates come from, in words ("Published Kent dates, agreed across several schools"). */
  source: z.string().optional(),
})
export type AcademicYear = z.infer<typeof ZAcademicYear>

export const ZTermCalendar = z.object({
  authority: z.string().min(1),
  academicYears: z.array(ZAcademicYear),
})
export type TermCalendar = z.infer<typeof ZTermCalendar>
