export const ROLES = ['admin', 'commissioner', 'legal', 'provider', 'member_school', 'auditor'] as const
export type TRole = (typeof ROLES)[number]

export const ROLE_LABELS: Record<TRole, string> = {
  admin: 'Administrator',
  commissioner: 'Commissioner',
  legal: 'Legal reviewer',
  provider: 'Provider',
  member_school: 'Member school',
  auditor: 'Auditor',
}

/** Roles that only make sense for staff of the local authority itself. */
export const AUTHORITY_ROLES: readonly TRole[] = ['admin', 'commissioner', 'legal', 'auditor']
