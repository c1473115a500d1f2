import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { PLATFORM_ADMIN_HOME } from '#app/utils/platform-admin'

/**
 * The platform administrator belongs to no authority, so every authority's agreements and
 * obligations are out of their reach by design (decision record 009). An empty list would read as
 * "this authority has none"; a refusal that says what they can do instead does not.
 */
export function assertNotPlatformAdmin(actor: TActor, what: 'agreements' | 'obligations and KPI returns') {
  if (!actor.isPlatformAdmin) return
  throw new AppError('forbidden', {
    message: `The platform administrator sees no authority’s ${what}. You add local authorities and their first administrators, who then manage their own agreements, users and compliance.`,
    details: { link: PLATFORM_ADMIN_HOME },
  })
}
