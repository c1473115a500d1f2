// The sweep deletes bytes no listed field names, and the backup copies only what listed fields name:
// every schema field that holds a file store key (named `storeKey` or `...StoreKey`) must be listed.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import mongoose, { type Schema } from 'mongoose'
import { fileReferences } from '#app/file-store/file-references.server'

const MODELS = path.resolve(import.meta.dirname, '../../models')

function storeKeyPaths(schema: Schema, prefix = ''): string[] {
  const found: string[] = []
  schema.eachPath((name, type) => {
    if (/(^|\.)storeKey$|StoreKey$/.test(name)) found.push(prefix + name)
    const nested = (type as unknown as { schema?: Schema }).schema
    if (nested) found.push(...storeKeyPaths(nested, `${prefix}${name}.`))
  })
  return found
}

test('every field holding a file store key is one the sweep and the backup know', async () => {
  for (const file of readdirSync(MODELS).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))) await import(path.join(MODELS, file))
  const inSchemas = Object.values(mongoose.models).flatMap((model) => storeKeyPaths(model.schema).map((field) => `${model.collection.collectionName}: ${field}`))
  const listed = fileReferences().flatMap(({ collection, paths }) => paths.map((field) => `${collection}: ${field}`))
  expect(inSchemas.sort()).toEqual(listed.sort())
  expect(listed.length).toBeGreaterThanOrEqual(4)
})
