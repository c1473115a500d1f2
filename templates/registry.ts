// The agreement templates, one per seed agreement (DESIGN.md "Template keys").
import { kentPruSla } from './kent-pru-sla/index'
import { kentStls } from './kent-stls/index'
import { leicestershireSeip } from './leicestershire-seip/index'
import { leicestershireSeipMou } from './leicestershire-seip-mou/index'
import { nottinghamDevolvedFunding } from './nottingham-devolved-funding/index'
import { southendApPathways } from './southend-ap-pathways/index'
import type { AgreementTemplate } from './template'

export type { AgreementTemplate, BuiltAgreement, TemplateBuildOptions } from './template'
export { isTemplateAuthority } from './template'

export const templates: AgreementTemplate[] = [
  kentPruSla,
  southendApPathways,
  leicestershireSeip,
  leicestershireSeipMou,
  kentStls,
  nottinghamDevolvedFunding,
]

export function getTemplate(key: string): AgreementTemplate | undefined {
  return templates.find((template) => template.key === key)
}
