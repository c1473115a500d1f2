import { parseArgs } from 'node:util'
import { createApiToken } from '#app/services/create-api-token.server'
import { actorFromUser } from '#app/utils/actor.server'
import { connectDatabase, disconnectDatabase } from '#app/utils/db.server'
import { findUserByEmail } from '#models/user'

// `npm run token -- --email <email> [--name <name>]`: prints a new API token for that user.
const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string', default: 'Command line' } },
})
if (!values.email) {
  console.error('Usage: npm run token -- --email <email> [--name <token name>]')
  process.exit(2)
}

await connectDatabase()
try {
  const user = await findUserByEmail(values.email)
  if (!user) {
    console.error(`No user has the email address ${values.email}`)
    process.exitCode = 1
  } else {
    const { token } = await createApiToken({ actor: await actorFromUser(user), input: { name: values.name } })
    console.log(token)
  }
} finally {
  await disconnectDatabase()
}
