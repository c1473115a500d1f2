import { accessibleBy } from '@casl/mongoose'
import { type TActor } from '#app/utils/actor.server'
import { AgreementTemplate } from '#models/agreement-template'
import { Organisation } from '#models/organisation'
import { blankAgreement } from '#templates/blank/index'
import { templates } from '#templates/registry'

export type TTemplateSource = 'blank' | 'authority' | 'published'

export type TTemplateListing = {
  key: string
  title: string
  description: string
  source: TTemplateSource
  /** The authority whose template it is: the actor's own, or the council a published example comes from. */
  authorityName: string
  authorityId?: string
  /** An authority template's latest version. */
  version?: number
  savedAt?: string
  savedBy?: string
  /** The partnership areas a draft from it may be made for (`partnership`): Leicestershire SEIP's Appendix A. */
  partnerships?: string[]
}

export type TListTemplatesOptions = { actor: TActor }

/** What an agreement can be drafted from, as the "new agreement" page and the API offer it: a blank
 * agreement, the actor's authorities' own templates (never another authority's), and the published
 * examples, each named with the council it comes from. */
export async function listTemplates({ actor }: TListTemplatesOptions): Promise<TTemplateListing[]> {
  const own = await AgreementTemplate.find(accessibleBy(actor.ability, 'read').ofType('AgreementTemplate')).select({ 'versions.content': 0, 'versions.parties': 0 }).sort({ title: 1 }).lean()
  const authorities = await Organisation.find({ _id: { $in: [...new Set(own.map((template) => String(template.authority)))] } }).select({ name: 1 }).lean()
  const names = new Map(authorities.map((authority) => [String(authority._id), authority.name]))
  return [
    { key: blankAgreement.key, title: blankAgreement.title, description: blankAgreement.description, source: 'blank', authorityName: '' },
    ...own.map((template): TTemplateListing => {
      const latest = template.versions.at(-1)
      return {
        key: template.key,
        title: template.title,
        description: template.description,
        source: 'authority',
        authorityName: names.get(String(template.authority)) ?? '',
        authorityId: String(template.authority),
        version: latest?.version,
        savedAt: latest?.savedAt.toISOString(),
        savedBy: latest?.savedByName,
      }
    }),
    ...templates.map(({ key, title, description, authorityName, partnerships }): TTemplateListing => ({ key, title, description, source: 'published', authorityName, ...(partnerships ? { partnerships } : {}) })),
  ]
}
