// The registry of clause kinds. Adding a kind: write `clauses/<kind>.ts` with defineClauseKind and
// list it here; the agreement schema, validation and rendering pick it up.
import type { z } from 'zod'
import { dataProtectionClause } from './data-protection'
import { disputeResolutionClause } from './dispute-resolution'
import { freeTextClause } from './free-text'
import { fundingClause } from './funding'
import { glossaryClause } from './glossary'
import { governingLawClause } from './governing-law'
import { kpisClause } from './kpis'
import { noticesClause } from './notices'
import { obligationsClause } from './obligations'
import { partiesAndSignatoriesClause, signatureBlockClause } from './parties-and-signatories'
import { partyListClause } from './party-list'
import { recitalsClause } from './recitals'
import { recordsRetentionClause } from './records-retention'
import { reportingClause } from './reporting'
import { tableClause } from './table'
import { termClause } from './term'
import { terminationClause } from './termination'
import { variationClause } from './variation'

export const clauseKinds = [
  partiesAndSignatoriesClause,
  recitalsClause,
  termClause,
  terminationClause,
  noticesClause,
  disputeResolutionClause,
  variationClause,
  fundingClause,
  kpisClause,
  reportingClause,
  obligationsClause,
  recordsRetentionClause,
  dataProtectionClause,
  governingLawClause,
  glossaryClause,
  tableClause,
  partyListClause,
  signatureBlockClause,
  freeTextClause,
] as const

export type ClauseKind = (typeof clauseKinds)[number]
export type ClauseKindName = ClauseKind['kind']

/** The params type of a kind: `ClauseParams<'termination'>`. */
export type ClauseParams<Name extends ClauseKindName> = z.output<Extract<ClauseKind, { kind: Name }>['schema']>

const kindsByName = new Map<string, ClauseKind>(clauseKinds.map((definition) => [definition.kind, definition]))

export function getClauseKind(kind: string): ClauseKind | undefined {
  return kindsByName.get(kind)
}

export function isClauseKindName(kind: string): kind is ClauseKindName {
  return kindsByName.has(kind)
}
