import { connectDatabase, disconnectDatabase } from '#app/utils/db.server'
import { DEMO_PASSWORD } from '#app/seed/demo-data'
import { demoAccountsTable, seedDemoData } from '#app/seed/seed.server'

// `npm run seed`: adds any missing demo data (safe to run again, and while the app is running).
await connectDatabase()
try {
  const context = await seedDemoData()
  console.log(`Demo data ready: ${context.organisationIds.size} organisations, ${context.userIds.size} users.`)
  console.log(`Every demo account's password is: ${DEMO_PASSWORD}\n`)
  console.log(`${'email'.padEnd(38)} ${'role'.padEnd(14)} organisation`)
  for (const line of demoAccountsTable()) console.log(line)
} finally {
  await disconnectDatabase()
}
