import { hashPassword } from '#app/utils/password.server'
import { markDemoDataAdded } from '#models/installation'
import { Organisation } from '#models/organisation'
import { User } from '#models/user'
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-data'
import { seedDemoAgreements } from './demo-agreements.server'
import { seedTermCalendars } from './seed-term-calendars.server'

/** What each seed step can refer to: demo organisations by key, demo users by email, as string ids. */
export type TSeedContext = {
  organisationIds: Map<string, string>
  userIds: Map<string, string>
}

export type TSeedStep = (context: TSeedContext) => Promise<void>

async function seedOrganisations(context: TSeedContext) {
  for (const demo of DEMO_ORGANISATIONS) {
    const parentAuthority = demo.parentKey ? context.organisationIds.get(demo.parentKey) : null
    const organisation = await Organisation.findOneAndUpdate(
      { name: demo.name, parentAuthority: parentAuthority ?? null },
      { $setOnInsert: { name: demo.name, kind: demo.kind, parentAuthority: parentAuthority ?? null, address: demo.address } },
      { upsert: true, returnDocument: 'after' },
    ).lean()
    context.organisationIds.set(demo.key, String(organisation._id))
  }
}

async function seedUsers(context: TSeedContext) {
  const authorityOf = new Map(
    DEMO_ORGANISATIONS.map((demo) => [demo.key, context.organisationIds.get(demo.parentKey ?? demo.key) ?? '']),
  )
  // Each account its own salt and hash, even with one published password, so no two stored hashes
  // match; only the accounts still to be added are hashed (scrypt is slow on purpose).
  const existing = new Set((await User.find({ email: { $in: DEMO_USERS.map((demo) => demo.email) } }, { email: 1 }).lean()).map((user) => user.email))
  const hashes = new Map(await Promise.all(DEMO_USERS.filter((demo) => !existing.has(demo.email)).map(async (demo) => [demo.email, await hashPassword(DEMO_PASSWORD)] as const)))
  for (const demo of DEMO_USERS) {
    const passwordHash = hashes.get(demo.email) ?? ''
    const membership = {
      organisation: context.organisationIds.get(demo.organisationKey),
      authority: authorityOf.get(demo.organisationKey),
      role: demo.role,
    }
    const user = await User.findOneAndUpdate(
      { email: demo.email },
      { $setOnInsert: { email: demo.email, name: demo.name, passwordHash, memberships: [membership] } },
      { upsert: true, returnDocument: 'after' },
    ).lean()
    context.userIds.set(demo.email, String(user._id))
  }
}

/**
 * The demo data, in order. Later work appends its own steps here (demo agreements, term calendars);
 * every step must be idempotent: running the seed twice changes nothing the second time.
 */
export const SEED_STEPS: TSeedStep[] = [seedOrganisations, seedUsers, seedTermCalendars, seedDemoAgreements]

export async function seedDemoData(): Promise<TSeedContext> {
  const context: TSeedContext = { organisationIds: new Map(), userIds: new Map() }
  for (const step of SEED_STEPS) await step(context)
  await markDemoDataAdded()
  return context
}


export function demoAccountsTable() {
  const names = new Map(DEMO_ORGANISATIONS.map((demo) => [demo.key, demo.name]))
  return DEMO_USERS.map((demo) => `${demo.email.padEnd(38)} ${demo.role.padEnd(14)} ${names.get(demo.organisationKey)}`)
}
