import { z } from 'zod'
import { clauseKinds } from '#clauses/index'

type TJsonSchema = { properties?: Record<string, TJsonSchema>; title?: string } & Record<string, unknown>

/** Each field label ("Notice period") as the JSON Schema `title` of the property it names. */
function withTitles(schema: TJsonSchema, labels: Record<string, string>): TJsonSchema {
  for (const [path, label] of Object.entries(labels)) {
    const property = path.split('.').reduce<TJsonSchema | undefined>((at, key) => at?.properties?.[key], schema)
    if (property) property.title = label
  }
  return schema
}

/** Every clause kind with its label, a line about it and the JSON Schema of its params (from the
 * same zod schema that validates them), so an integrator can build a valid clause from the API alone. */
export function listClauseKinds() {
  return clauseKinds.map((definition) => ({
    kind: definition.kind,
    label: definition.label,
    description: definition.description,
    // What the API accepts (io: input): optional fields may be left out; checks between fields
    // ("Give either an end date or a duration") are applied on saving and named by field path.
    paramsSchema: withTitles(z.toJSONSchema(definition.schema, { io: 'input', unrepresentable: 'any' }) as TJsonSchema, definition.fieldLabels),
  }))
}
