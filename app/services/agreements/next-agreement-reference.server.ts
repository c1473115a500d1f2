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

export type TNextAgreementReferenceOptions = {
  template: string
  /** The year the agreement commences (or is drafted). */
  year: number
}

/** The next free reference for a template and year: one more than the highest number used so far. */
export async function nextAgreementReference({ template, year }: TNextAgreementReferenceOptions) {
  const prefix = `${REFERENCE_PREFIXES[template] ?? template.toUpperCase()}-${year}-`
  const existing = await Agreement.find({ reference: { $regex: `^${prefix}\\d+$` } })
    .select({ reference: 1 })
    .lean()
  const highest = existing.reduce((max, { reference }) => Math.max(max, Number(reference.slice(prefix.length))), 0)
  return `${prefix}${String(highest + 1).padStart(3, '0')}`
}
