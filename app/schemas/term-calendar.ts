import { z } from 'zod'
import { formatDate } from '#clauses/calendar/format'
import { dateProblem } from '#clauses/fields'

// Each term is checked on its own first (real dates, end after start, half term inside the term),
// then the terms of the year against each other, so every message lands next to the field it is about.

const dateField = (what: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .trim()
    .min(1, `Enter the ${what}`)
    .superRefine((value, context) => {
      const problem = dateProblem(value, `The ${what}`)
      if (problem) context.addIssue({ code: 'custom', message: problem })
    })

const ZHalfTermSchema = z.object({
  start: dateField('first day of the half term'),
  end: dateField('last day of the half term'),
})

export const ZTermFormSchema = z
  .object({
    name: z.string({ error: 'Enter the term name' }).trim().min(1, 'Enter the term name, like Autumn term or Term 1').max(60, 'Term name must be 60 characters or fewer'),
    season: z.enum(['autumn', 'spring', 'summer'], { error: 'Select autumn, spring or summer' }),
    start: dateField('first day of the term'),
    end: dateField('last day of the term'),
    halfTerm: ZHalfTermSchema.optional(),
  })
  .superRefine((term, context) => {
    if (term.end < term.start) {
      context.addIssue({ code: 'custom', path: ['end'], message: `The last day of the term must be on or after its first day, ${formatDate(term.start)}` })
    }
    const { halfTerm } = term
    if (!halfTerm) return
    if (halfTerm.end < halfTerm.start) {
      context.addIssue({ code: 'custom', path: ['halfTerm', 'end'], message: `The last day of the half term must be on or after its first day, ${formatDate(halfTerm.start)}` })
    }
    if (halfTerm.start <= term.start || halfTerm.end >= term.end) {
      context.addIssue({ code: 'custom', path: ['halfTerm', 'start'], message: 'The half term must fall inside the term, after its first day and before its last' })
    }
  })

export const ZAcademicYearFormSchema = z
  .object({
    year: z
      .string({ error: 'Enter the academic year' })
      .trim()
      .regex(/^\d{4}\/\d{2}$/, 'Enter the academic year as 2026/27')
      .refine((year) => (Number(year.slice(0, 4)) + 1) % 100 === Number(year.slice(5)), 'The academic year must run into the next year, like 2026/27'),
    terms: z.array(ZTermFormSchema).min(1, 'Enter at least one term'),
  })
  .superRefine(({ year, terms }, context) => {
    // A year's terms fall between 1 August and 31 August of the next year, so no day is in two years.
    if (/^\d{4}\/\d{2}$/.test(year)) {
      const firstYear = Number(year.slice(0, 4))
      const opens = `${firstYear}-08-01`
      const closes = `${firstYear + 1}-08-31`
      terms.forEach((term, index) => {
        if (term.start >= opens && term.end <= closes) return
        const message = `Terms of ${year} must fall between ${formatDate(opens)} and ${formatDate(closes)}`
        context.addIssue({ code: 'custom', path: ['terms', index, term.start < opens ? 'start' : 'end'], message })
      })
    }
    const ordered = terms.map((term, index) => ({ term, index })).sort((a, b) => a.term.start.localeCompare(b.term.start))
    for (const [position, { term, index }] of ordered.entries()) {
      const before = ordered[position - 1]
      if (!before || term.start > before.term.end) continue
      context.addIssue({
        code: 'custom',
        path: ['terms', index, 'start'],
        message: `${term.name} overlaps ${before.term.name}: it must start after ${formatDate(before.term.end)}`,
      })
    }
  })

export type TAcademicYearInput = z.input<typeof ZAcademicYearFormSchema>
export type TAcademicYearValues = z.output<typeof ZAcademicYearFormSchema>

/** How many term rows the form offers: Kent publishes six terms a year. */
export const TERM_ROWS = 6

/** The form posts rows `terms.0.name`, `terms.0.halfTerm.start`...; blank rows after the last term are left out. */
export function academicYearFromForm(values: Record<string, string | string[]>) {
  const text = (key: string) => {
    const value = values[key]
    return (Array.isArray(value) ? value.join('') : (value ?? '')).trim()
  }
  const rows = Array.from({ length: TERM_ROWS }, (_, index) => {
    const field = (name: string) => text(`terms.${index}.${name}`)
    const halfTerm = { start: field('halfTerm.start'), end: field('halfTerm.end') }
    return {
      name: field('name'),
      season: field('season') || undefined,
      start: field('start'),
      end: field('end'),
      halfTerm: halfTerm.start || halfTerm.end ? halfTerm : undefined,
    }
  })
  const isBlank = (row: (typeof rows)[number]) => !row.name && !row.start && !row.end && !row.halfTerm
  const lastFilled = rows.findLastIndex((row) => !isBlank(row))
  return { year: text('year'), terms: rows.slice(0, lastFilled + 1) }
}

/** "2026/27" as a URL path segment, "2026-27", and back. */
export function yearSlug(year: string) {
  return year.replace('/', '-')
}

export function yearFromSlug(slug: string) {
  return slug.replace('-', '/')
}
