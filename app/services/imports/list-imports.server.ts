import { accessibleBy } from '@casl/mongoose'
import { type TActor } from '#app/utils/actor.server'
import { AgreementImport } from '#models/agreement-import'

/** The imports the actor may read, newest first, without what was read from them. */
export async function listImports({ actor, limit = 50 }: { actor: TActor; limit?: number }) {
  return AgreementImport.find(accessibleBy(actor.ability, 'read').ofType('AgreementImport'))
    .select({ source: 0, structure: 0, proposals: 0 })
    .sort({ createdAt: -1 })
    .limit(limit)
    .lean()
}
