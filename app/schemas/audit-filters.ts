import { z } from 'zod'
import { dateField } from '#clauses/fields'

const optional = <TSchema extends z.ZodType>(schema: TSchema) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional())

/** The audit trail page's filters and `GET /api/v1/audit-events`' query parameters: the same names. */
export const ZAuditFiltersSchema = z
  .object({
    q: optional(z.string().trim().max(200, 'Search must be 200 characters or fewer')),
    from: optional(dateField('From')),
    to: optional(dateField('To')),
  })
  .superRefine((filters, context) => {
    if (!filters.from || !filters.to || filters.from <= filters.to) return
    context.addIssue({ code: 'custom', path: ['to'], message: 'The "to" date must be the same as or after the "from" date' })
  })

export type TAuditFilters = z.output<typeof ZAuditFiltersSchema>

export const AUDIT_FILTER_PARAMETERS = ['q', 'from', 'to'] as const
