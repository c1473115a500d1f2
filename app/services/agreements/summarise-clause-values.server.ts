import { summariseValues } from '#app/components/agreements/clause-shape'
import { describeClauseKind } from './describe-clause-kind.server'

/** A clause's values in words ("Notice period: 6 months"), so a reviewer can check hand-edited wording against its meaning. */
export function summariseClauseValues(kind: string, params: unknown) {
  const described = describeClauseKind(kind)
  return described ? summariseValues(described.shape, params, described.labels) : []
}
