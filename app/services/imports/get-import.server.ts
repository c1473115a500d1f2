import { accessibleBy } from '@casl/mongoose'
import mongoose from 'mongoose'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { AgreementImport } from '#models/agreement-import'

export type TGetImportOptions = {
  actor: TActor
  importId: string
}

/** An import the actor may read; anyone else's is "not found", so ids reveal nothing. */
export async function getImport({ actor, importId }: TGetImportOptions) {
  const notFound = new AppError('not_found', { message: 'Import not found' })
  if (!mongoose.isValidObjectId(importId)) throw notFound
  const found = await AgreementImport.findOne({ $and: [{ _id: importId }, accessibleBy(actor.ability, 'read').ofType('AgreementImport')] }).lean()
  if (!found) throw notFound
  return found
}
