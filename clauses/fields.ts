// Field schemas built on the shared value types (values.ts) whose messages name the field, so a
// drafter reads "Notice period must be greater than zero" next to the right box, and the API
// returns the same message with the field's path. Each parses to the shared type, and registers
// its type and label (value-types.ts) so wording slots can write it and the wording check read it.
import { z } from 'zod'
import { isWithinPeriodLimits, ZDayOfYear, ZIsoDate, ZPeriodUnit, type DayOfYear } from './values'
import { tagValue } from './value-types'

export function periodField(label: string) {
  const schema = z
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
  return tagValue(schema, 'period', label)
}

/**
 * A calendar date, `YYYY-MM-DD`, with the GOV.UK date input pattern's messages: a form's day,
 * month and year boxes are joined as `YYYY-MM-DD` with an empty box left as an empty part
 * (`2027--31`), so the message can say which part is missing. It carries `format: 'date'` for the
 * form generator to find.
 */
export function dateField(label: string) {
  const schema = z
    .string({ error: `${label} must be a date` })
    .superRefine((value, context) => {
      const problem = dateProblem(value, label)
      if (problem) context.addIssue({ code: 'custom', message: problem })
    })
    .meta({ format: 'date' })
  return tagValue(schema, 'date', label)
}

const DATE_PARTS = /^(\d*)-(\d*)-(\d*)$/

/** What is wrong with a date, in the words GOV.UK uses for its date input, or nothing. */
export function dateProblem(value: string, label: string): string | undefined {
  const enter = `Enter ${label.charAt(0).toLowerCase()}${label.slice(1)}`
  if (!value.trim()) return enter
  const parts = DATE_PARTS.exec(value.trim())
  if (!parts) return `${label} must be a real date written as YYYY-MM-DD`
  const [, year, month, day] = parts
  const missing = [!day && 'day', !month && 'month', !year && 'year'].filter(Boolean)
  if (missing.length === 3) return enter
  if (missing.length > 0) return `${label} must include a ${missing.join(' and a ')}`
  // "31-12-2026" is a date written the other way round, not a short year.
  if (day.length === 4 && year.length <= 2) return `${label} must be a real date written as YYYY-MM-DD`
  if (year.length !== 4) return `${label}: the year must have 4 numbers`
  if (!ZIsoDate.safeParse(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`).success || month.length > 2 || day.length > 2) {
    return `${label} must be a real date`
  }
  if (month.length !== 2 || day.length !== 2) return `${label} must be a real date written as YYYY-MM-DD`
  return undefined
}

export function percentageField(label: string) {
  const schema = z
    .number({ error: `${label} must be a number` })
    .min(0, `${label} must be between 0 and 100 per cent`)
    .max(100, `${label} must be between 0 and 100 per cent`)
  return tagValue(schema, 'percentage', label)
}

/**
 * Money, stored and sent through the API in whole pence. Forms show and read it in pounds
 * ("£125,000"), so the field carries `unit: 'pence'` for the form generator to find.
 */
export function penceField(label: string) {
  const schema = z
    .number({ error: (issue) => (typeof issue.input === 'string' ? `${label} must be an amount in pounds, such as £125,000 or £1,250.50` : `${label} must be an amount in pence`) })
    .int(`${label} must be in whole pence`)
    .min(0, `${label} must be zero or more`)
    .meta({ unit: 'pence' })
  return tagValue(schema, 'pence', label)
}

export function textField(label: string) {
  return tagValue(z.string({ error: `${label} must be text` }).trim().min(1, `${label} must not be empty`), 'text', label)
}

export function countField(label: string) {
  const schema = z.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`).min(0, `${label} must be zero or more`)
  return tagValue(schema, 'count', label)
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
  return tagValue(ZDayOfYear.extend(dayOfYearShape(label)).refine(isRealDayOfYear, realDayOfYear(label)), 'day-of-year', label)
}

/** A day of the month ("on the 20th"). */
function dayOfMonthField(label: string) {
  return tagValue(wholeNumberBetween(label, 1, 31), 'day-of-month', label)
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** ZAlignment with a named message for a fixed day. */
export function alignmentField() {
  const fixedDay = z.object({ kind: z.literal('fixed_day'), ...dayOfYearShape('Notice end date') }).refine(isRealDayOfYear, realDayOfYear('Notice end date'))
  const schema = z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('none') }),
      z.object({ kind: z.literal('academic_year_end') }),
      z.object({ kind: z.literal('financial_year_end') }),
      tagValue(fixedDay, 'day-of-year', 'Notice end date'),
    ],
    { error: ZAlignmentMessage },
  )
  return tagValue(schema, 'alignment', 'What the notice period ends on')
}

const ZAlignmentMessage =
  'Choose what the notice period ends on: nothing, the end of an academic year, the end of a financial year, or a fixed day'

/** ZPaymentRule with messages that name the field. */
export function paymentRuleField() {
  return z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('monthly_in_arrears'), dayOfMonth: dayOfMonthField('Payment day of the month') }),
      z.object({ kind: z.literal('termly_in_advance'), withinFirstWeek: z.boolean().optional() }),
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
  const schema = z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('termly'), after: periodField(`${label} period after the term`).optional() }),
      z.object({ kind: z.literal('monthly'), dayOfFollowingMonth: dayOfMonthField(`${label} day of the following month`) }),
      tagValue(
        z.object({ kind: z.literal('annual_fixed_day'), ...dayOfYearShape(`${label} date`) }).refine(isRealDayOfYear, realDayOfYear(`${label} date`)),
        'day-of-year',
        `${label} date`,
      ),
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
  return tagValue(schema, 'due-rule', label)
}

/** A day termination may take effect each year ("31 March"), with the day notice for it must be
 * received by, where the clause sets one ("received by 31 December"). */
export function effectiveDayField() {
  return z
    .object({ ...dayOfYearShape('Termination date'), noticeReceivedBy: dayOfYearField('Notice received by').optional() })
    .refine(isRealDayOfYear, realDayOfYear('Termination date'))
}
