import { ZAcademicYearFormSchema, type TAcademicYearValues } from '#app/schemas/term-calendar'
import { asSubject } from '#models/access/subjects'
import { type TActor } from '#app/utils/actor.server'
import { AppError, type TFieldErrors } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { formatDate } from '#clauses/calendar/format'
import { ZTermCalendar } from '#clauses/values'
import { recordAuditEvent } from '#models/audit-event'
import { TermCalendar, toTermCalendarValue } from '#models/term-calendar'
import { getTermCalendarForActor } from './get-term-calendar.server'

export type TSaveAcademicYearOptions = {
  actor: TActor
  authorityId: string
  /** The year being edited ("2026/27"); absent when adding a year. */
  replacesYear?: string
  input: unknown
}

/** Adds or replaces one academic year of an authority's term dates, creating the calendar if it has none. */
export async function saveAcademicYear({ actor, authorityId, replacesYear, input }: TSaveAcademicYearOptions) {
  const calendar = await getTermCalendarForActor({ actor, authorityId })
  assertCan(actor, calendar.calendarId ? 'update' : 'create', asSubject('TermCalendar', { _id: calendar.calendarId ?? '', authority: authorityId }))
  if (replacesYear && !calendar.academicYears.some((academicYear) => academicYear.year === replacesYear)) {
    throw new AppError('not_found', { message: `There are no term dates for ${replacesYear}` })
  }
  const values = parseWith(ZAcademicYearFormSchema, input)
  const otherYears = calendar.academicYears.filter((academicYear) => academicYear.year !== replacesYear)
  assertFitsCalendar(values, otherYears)

  const academicYears = [...otherYears, values].sort((a, b) => a.year.localeCompare(b.year))
  const checked = ZTermCalendar.parse(toTermCalendarValue({ authorityName: calendar.authorityName, academicYears }))
  const saved = await TermCalendar.findOneAndUpdate(
    { authority: authorityId },
    { $set: { authorityName: calendar.authorityName, academicYears: checked.academicYears } },
    { upsert: true, returnDocument: 'after', runValidators: true },
  ).lean()
  await recordAuditEvent({
    actor,
    organisationId: authorityId,
    authorityId,
    action: replacesYear ? 'term_calendar.year_updated' : 'term_calendar.year_added',
    subject: { type: 'TermCalendar', id: String(saved?._id ?? '') },
    summary: `${actor.name} ${replacesYear ? 'updated' : 'added'} the ${values.year} term dates of ${calendar.authorityName}`,
  })
  return saved
}

type TStoredYear = { year: string; terms: { name: string; start: string; end: string }[] }

// The year must be new and its terms clear of every other year's terms, or school days would be counted twice.
function assertFitsCalendar(values: TAcademicYearValues, otherYears: TStoredYear[]) {
  const fields: TFieldErrors = {}
  if (otherYears.some((academicYear) => academicYear.year === values.year)) {
    fields.year = `There are already term dates for ${values.year}; change that year instead`
  }
  const otherTerms = otherYears.flatMap((academicYear) => academicYear.terms.map((term) => ({ ...term, year: academicYear.year })))
  values.terms.forEach((term, index) => {
    const clash = otherTerms.find((other) => term.start <= other.end && other.start <= term.end)
    if (!clash) return
    fields[`terms.${index}.start`] = `${term.name} overlaps ${clash.name} of ${clash.year} (${formatDate(clash.start)} to ${formatDate(clash.end)})`
  })
  const [first] = Object.values(fields)
  if (first) throw new AppError('validation', { message: first, details: { fields } })
}
