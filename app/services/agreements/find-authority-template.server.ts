import { accessibleBy } from '@casl/mongoose'
import { type TActor } from '#app/utils/actor.server'
import { AgreementTemplate } from '#models/agreement-template'

export type TFindAuthorityTemplateOptions = {
  actor: TActor
  authorityId: string
  key: string
}

/** One of the authority's own templates by key, if the actor may read it; never another authority's. */
export async function findAuthorityTemplate({ actor, authorityId, key }: TFindAuthorityTemplateOptions) {
  return AgreementTemplate.findOne({ $and: [{ authority: authorityId, key }, accessibleBy(actor.ability, 'read').ofType('AgreementTemplate')] }).lean()
}
