import { accessibleBy } from '@casl/mongoose'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { Agreement } from '#models/agreement'
import { AgreementTemplate } from '#models/agreement-template'

export type TGetAgreementTemplateOptions = {
  actor: TActor
  key: string
  /** For someone who works for more than one authority; otherwise the first that has the key. */
  authorityId?: string
}

/** One of the actor's authority's templates with every version (who saved it, when, from which
 * agreement) and the agreements drafted from each version that the actor may read. */
export async function getAgreementTemplate({ actor, key, authorityId }: TGetAgreementTemplateOptions) {
  const template = await AgreementTemplate.findOne({
    $and: [{ key, ...(authorityId ? { authority: authorityId } : {}) }, accessibleBy(actor.ability, 'read').ofType('AgreementTemplate')],
  }).lean()
  if (!template) throw new AppError('not_found', { message: `Your authority has no template called "${key}"` })
  const drafted = await Agreement.find({ $and: [{ 'templateVersion.template': template._id }, accessibleBy(actor.ability, 'read').ofType('Agreement')] })
    .select({ reference: 1, title: 1, status: 1, version: 1, templateVersion: 1, createdAt: 1 })
    .sort({ createdAt: 1 })
    .lean()
  return {
    template,
    versions: template.versions.map((version) => ({
      ...version,
      agreements: drafted.filter((agreement) => agreement.templateVersion?.version === version.version),
    })),
  }
}
