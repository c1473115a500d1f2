import { templates } from '#templates/registry'

/** The templates an agreement can be drafted from, as the template picker and the API show them. */
export function listTemplates() {
  return templates.map(({ key, title, description }) => ({ key, title, description }))
}
