// Kept free of mongoose so forms and the browser bundle can use it; models/organisation.ts uses the same list.
export const ORGANISATION_KINDS_LIST = ['local_authority', 'provider', 'school', 'partnership'] as const
export type TOrganisationKindName = (typeof ORGANISATION_KINDS_LIST)[number]

export const ORGANISATION_KIND_LABELS: Record<TOrganisationKindName, string> = {
  local_authority: 'Local authority',
  provider: 'Provider (management committee or responsible body)',
  school: 'School',
  partnership: 'Partnership',
}
