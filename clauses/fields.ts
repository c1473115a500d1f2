// Field schemas built on the shared value types (values.ts) whose messages name the field, so a
// drafter reads "Notice period must be greater than zero" next to the right box, and the API
// returns the same message with the field's path. Each parses to the shared type.
import { z } from 'zod'
import { isWithinPeriodLimits, ZDayOfYear, ZIsoDate, ZPeriodUnit, type DayOfYear } from './values'

export function periodField(label: string) {
  return z
    .object({
      amount: z
        .number({ error: `${label} must be a number` })
        .int(`${label} must be a whole number`)
        .positive(`${label} must be greater than zero`),
      unit: z.enum(ZPeriodUnit.options, {
        error: `${label} must be counted in hours, days, working days, term-time days, weeks, months, terms or years`,
      }),
    })
    .refine(isWithinPeriodLimits, { error: `${label} must be 100 years or less`, path: ['amount'] })
}

export function dateField(label: string) {
  return z
    .string({ error: `${label} must be a date` })
    .refine((value) => ZIsoDate.safeParse(value).success, `${label} must be a real date written as YYYY-MM-DD`)
}

export function percentageField(label: string) {
  return z
    .number({ error: `${label} must be a number` })
    .min(0, `${label} must be between 0 and 100 per cent`)
    .max(100, `${label} must be between 0 and 100 per cent`)
}

export function penceField(label: string) {
  return z
    .number({ error: `${label} must be an amount in pence` })
    .int(`${label} must be in whole pence`)
    .min(0, `${label} must be zero or more`)
}

export function textField(label: string) {
  return z.string({ error: `${label} must be text` }).trim().min(1, `${label} must not be empty`)
}

export function countField(label: string) {
  return z.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`).min(0, `${label} must be zero or more`)
}

function wholeNumberBetween(label: string, min: number, max: number) {
  return z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be between ${min} and ${max}`)
    .max(max, `${label} must be between ${min} and ${max}`)
}

function dayOfYearShape(label: string) {
  return { day: wholeNumberBetween(`${label} day`, 1, 31), month: wholeNumberBetween(`${label} month`, 1, 12) }
}

/** 31 April and 29 February are refused: a yearly date must exist every year. */
function isRealDayOfYear({ day, month }: DayOfYear): boolean {
  return day <= DAYS_IN_MONTH[month - 1]
}

function realDayOfYear(label: string) {
  return { error: `${label} must be a real day of the year`, path: ['day'] }
}

/** A day of the year ("5 April"). */
export function dayOfYearField(label: string) {
  return ZDayOfYear.extend(dayOfYearShape(label)).refine(isRealDayOfYear, realDayOfYear(label))
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** ZAlignment with a named message for a fixed day. */
export function alignmentField() {
  return z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('none') }),
      z.object({ kind: z.literal('academic_year_end') }),
      z.object({ kind: z.literal('financial_year_end') }),
      z.object({ kind: z.literal('fixed_day'), ...dayOfYearShape('Notice end date') }).refine(isRealDayOfYear, realDayOfYear('Notice end date')),
    ],
    { error: ZAlignmentMessage },
  )
}

const ZAlignmentMessage =
  'Choose what the notice period ends on: nothing, the end of an academic year, the end of a financial year, or a fixed day'

/** ZPaymentRule with messages that name the field. */
export function paymentRuleField() {
  return z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('monthly_in_arrears'), dayOfMonth: wholeNumberBetween('Payment day of the month', 1, 31) }),
      z.object({ kind: z.literal('termly_in_advance') }),
      z.object({
        kind: z.literal('fixed_dates'),
        dates: z.array(dayOfYearField('Payment date')).min(1, 'Add at least one payment date'),
        moveToPreviousWorkingDay: z.boolean(),
      }),
    ],
    { error: 'Payment rule must be monthly in arrears, termly in advance or on fixed dates' },
  )
}

/** ZDueRule with messages that name the field. */
export function dueRuleField(label: string) {
  return z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('termly'), after: periodField(`${label} period after the term`).optional() }),
      z.object({ kind: z.literal('monthly'), dayOfFollowingMonth: wholeNumberBetween(`${label} day of the following month`, 1, 31) }),
      z.object({ kind: z.literal('annual_fixed_day'), ...dayOfYearShape(`${label} date`) }).refine(isRealDayOfYear, realDayOfYear(`${label} date`)),
      z.object({
        kind: z.literal('before_annual_event'),
        before: periodField(`${label} period before the event`),
        event: textField(`${label} event`),
        eventDay: dayOfYearField(`${label} event date`),
      }),
      z.object({ kind: z.literal('by_october_half_term') }),
      z.object({ kind: z.literal('after_event'), within: periodField(`${label} period`), event: textField(`${label} event`) }),
    ],
    { error: `${label} must be termly, monthly, on a fixed day, before a yearly event, by October half term, or within a period of an event` },
  )
}
