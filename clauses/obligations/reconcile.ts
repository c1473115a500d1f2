// Regenerating obligations after a variation: instances are matched by their stable key
// (obligation key + period), so anything already submitted keeps its evidence and review. An
// instance the new clauses no longer produce is withdrawn if nothing was submitted, and kept (marked
// as no longer required) if it was, because evidence is never thrown away.
import type { ReviewState } from './status'
import type { ObligationInstancePlan, ObligationPlan } from './generate'

export interface StoredInstance {
  key: string
  state: ReviewState
}

export interface Reconciliation {
  /** New instances to create. */
  added: Array<{ plan: ObligationPlan; instance: ObligationInstancePlan }>
  /** Instances that still exist; their dates and titles are refreshed from the new clauses. */
  kept: Array<{ plan: ObligationPlan; instance: ObligationInstancePlan }>
  /** Untouched instances the clauses no longer ask for: removed. */
  removed: string[]
  /** Instances with a submission the clauses no longer ask for: kept with their evidence, marked withdrawn. */
  withdrawn: string[]
}

export function reconcileInstances(plans: ObligationPlan[], stored: StoredInstance[]): Reconciliation {
  const storedByKey = new Map(stored.map((instance) => [instance.key, instance]))
  const planned = plans.flatMap((plan) => plan.instances.map((instance) => ({ plan, instance })))
  const plannedKeys = new Set(planned.map(({ instance }) => instance.key))
  const orphans = stored.filter((instance) => !plannedKeys.has(instance.key))
  return {
    added: planned.filter(({ instance }) => !storedByKey.has(instance.key)),
    kept: planned.filter(({ instance }) => storedByKey.has(instance.key)),
    removed: orphans.filter((instance) => instance.state === 'pending').map((instance) => instance.key),
    withdrawn: orphans.filter((instance) => instance.state !== 'pending').map((instance) => instance.key),
  }
}
