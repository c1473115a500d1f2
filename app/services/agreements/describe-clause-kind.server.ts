import { describeSchema } from '#app/components/agreements/clause-shape'
import { getClauseKind } from '#clauses/index'
import { slottableFields } from '#clauses/value-types'

/** What the clause editor needs to draw a kind's form: its fields, their names and a line about it. */
export function describeClauseKind(kind: string) {
  const definition = getClauseKind(kind)
  if (!definition) return undefined
  return {
    kind: definition.kind,
    label: definition.label,
    description: definition.description,
    shape: describeSchema(definition.schema),
    labels: definition.fieldLabels,
    /** The `{{slots}}` its wording may use (decision record 006). */
    slots: slottableFields(definition.schema).map(({ path, label }) => ({ slot: `{{${path}}}`, label })),
  }
}
