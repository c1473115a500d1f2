import { holdsDemoData } from '#models/installation'

// Asked by every page (the banner), so the answer is kept: "yes" for good, since demo data is only
// ever added, and "no" for half a minute, so `npm run seed` on a running app shows within that.
const RECHECK_MS = 30_000
let known: { demo: boolean; at: number } | undefined

/** Whether this install holds the made-up demo data. */
export async function isDemoInstall() {
  if (known && (known.demo || Date.now() - known.at < RECHECK_MS)) return known.demo
  known = { demo: await holdsDemoData(), at: Date.now() }
  return known.demo
}
