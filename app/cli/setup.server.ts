import { Writable } from 'node:stream'
import readline from 'node:readline/promises'
import { parseArgs } from 'node:util'
import { createAuthority } from '#app/services/platform/create-authority.server'
import { setPasswordAtCommandLine } from '#app/services/platform/redeem-sign-in-link.server'
import { setUpPlatformAdmin } from '#app/services/platform/set-up-platform-admin.server'
import { isAppError } from '#app/utils/app-error'
import { formatDateTime } from '#app/utils/dates'
import { connectDatabase, disconnectDatabase } from '#app/utils/db.server'
import { isProduction } from '#app/utils/env.server'
import { passwordProblem } from '#app/utils/password-policy.server'

// The first accounts of an install, made by the operator who holds the database:
//   npm run setup -- --email ops@example.gov.uk --name "Platform team"
//       the platform administrator, who adds authorities (run again: a new sign-in link);
//   npm run setup -- --authority "Kent County Council" --email admin@kent.gov.uk --name "Jo Bloggs"
//       an authority and its first administrator.
// Each prints a one-time sign-in link (expiring, single use; only its hash is stored), or with
// --password asks for a password meeting the policy instead.
const USAGE = [
  'Usage:',
  '  npm run setup -- --email <email> --name "<name>" [--password]',
  '      creates the platform administrator (again: a new sign-in link for them)',
  '  npm run setup -- --authority "<authority name>" --email <email> --name "<name>" [--password]',
  '      creates a local authority and its first administrator',
].join('\n')

const ATTEMPTS = 5

const { values } = parseArgs({
  options: {
    authority: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'boolean', default: false },
  },
})

if (!values.email) {
  console.error(USAGE)
  process.exit(2)
}

// One reader for the whole run: its line iterator keeps lines that arrive before they are asked
// for, so passwords piped in (`printf '%s\n%s\n' "$p" "$p" | npm run setup -- ... --password`)
// are read one per question rather than lost between prompts.
let muted = false
let lines: AsyncIterator<string> | undefined
let reader: readline.Interface | undefined

function nextLine() {
  if (!lines) {
    const output = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        if (!muted) process.stdout.write(chunk)
        callback()
      },
    })
    reader = readline.createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY === true })
    lines = reader[Symbol.asyncIterator]()
  }
  return lines.next()
}

/** Reads a line without echoing it when typed at a terminal. */
async function askHidden(question: string) {
  process.stdout.write(question)
  muted = true
  try {
    const line = await nextLine()
    if (line.done) throw new Error('The input ended before a password was given; run the command again')
    return line.value
  } finally {
    muted = false
    process.stdout.write('\n')
  }
}

async function choosePassword(person: { name: string; email: string }) {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const password = await askHidden(`Password for ${person.email}: `)
    const problem = passwordProblem(password, { personal: [person.name, person.email, values.authority ?? ''], production: isProduction() })
    if (problem) {
      console.error(problem)
      continue
    }
    if ((await askHidden('The same password again: ')) === password) return password
    console.error('The passwords do not match')
  }
  throw new Error(`No password was set after ${ATTEMPTS} attempts; run the command again`)
}

async function finish(person: { name: string; email: string }, link: { url: string; expiresAt: Date }) {
  if (values.password) {
    await setPasswordAtCommandLine({ email: person.email, password: await choosePassword(person) })
    console.log(`${person.name} <${person.email}> can now sign in with that password.`)
    return
  }
  console.log(`One-time sign-in link for ${person.name} <${person.email}>, where they choose their password.`)
  console.log(`It works once and expires on ${formatDateTime(link.expiresAt)}:\n\n  ${link.url}\n`)
}

await connectDatabase()
try {
  const name = values.name ?? ''
  if (values.authority) {
    const { authority, admin, link } = await createAuthority({ actor: null, input: { name: values.authority, admin: { name, email: values.email } } })
    console.log(`Added ${authority.name} with its first administrator.`)
    await finish(admin, link)
  } else {
    const { user, link, created } = await setUpPlatformAdmin({ input: { name: name || 'Platform administrator', email: values.email } })
    console.log(created ? 'Created the platform administrator.' : 'The platform administrator already exists: here is a new sign-in link (earlier ones no longer work).')
    await finish(user, link)
  }
} catch (error) {
  if (!isAppError(error)) throw error
  const fields = Object.entries(error.fieldErrors).map(([field, message]) => `  ${field}: ${message}`)
  console.error(fields.length > 0 ? `Nothing was changed:\n${fields.join('\n')}` : error.message)
  process.exitCode = 1
} finally {
  reader?.close()
  await disconnectDatabase()
}
