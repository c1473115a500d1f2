import { isDuplicateKey } from '#app/utils/mongo-errors.server'
import { Agreement } from '#models/agreement'

/** The reference prefix per template, in the authorities' own style ("KCC-PRU-2026-001"). */
const REFERENCE_PREFIXES: Record<string, string> = {
  'kent-pru-sla': 'KCC-PRU',
  'kent-stls': 'KCC-STLS',
  'southend-ap-pathways': 'SCC-AP',
  'leicestershire-seip': 'LCC-SEIP',
  'leicestershire-seip-mou': 'LCC-SEIP-MOU',
  'nottingham-devolved-funding': 'NCC-DF',
}

/** The prefix of a published example's agreements: "KCC-PRU". */
export function referencePrefixOf(template: string): string {
  return REFERENCE_PREFIXES[template] ?? template.toUpperCase()
}

/** The prefix of an authority's own agreements (blank, from its templates, imported):
 * "Kent County Council" -> "KCC-SLA". */
export function authorityReferencePrefix(authorityName: string): string {
  const initials = authorityName
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join('')
  return `${initials || 'SLA'}-SLA`
}

export type TNextAgreementReferenceOptions = {
  /** "KCC-PRU", or for a blank agreement or an authority template the authority's "KCC-SLA". */
  prefix: string
  /** The year the agreement commences (or is drafted). */
  year: number
}

/** The next free reference for a prefix and year: one more than the highest number used so far. */
export async function nextAgreementReference({ prefix: stem, year }: TNextAgreementReferenceOptions) {
  const prefix = `${stem}-${year}-`
  const existing = await Agreement.find({ reference: { $regex: `^${prefix}\\d+$` } })
    .select({ reference: 1 })
    .lean()
  const highest = existing.reduce((max, { reference }) => Math.max(max, Number(reference.slice(prefix.length))), 0)
  return `${prefix}${String(highest + 1).padStart(3, '0')}`
}

/** Attempts before a clash on the reference is passed on: each retry picks the next number. */
const REFERENCE_ATTEMPTS = 5

/** Inserts with the next free reference. Two drafts or imports made at the same moment can pick the
 * same number; the unique index refuses the second, which tries the next. */
export async function insertWithFreshReference<T>({ prefix, year }: TNextAgreementReferenceOptions, insert: (reference: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const reference = await nextAgreementReference({ prefix, year })
    try {
      return await insert(reference)
    } catch (error) {
      if (!isDuplicateKey(error) || attempt >= REFERENCE_ATTEMPTS) throw error
    }
  }
}
