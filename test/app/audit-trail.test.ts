import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import mongoose from 'mongoose'
import { resolveDatabase } from '#db/connection'
import { createOrganisation } from '#app/services/create-organisation.server'
import { actorFromUser } from '#app/utils/actor.server'
import { AuditEvent } from '#models/audit-event'
import { isolatedMongoUri } from '#test/support/app'
import { Organisation } from '#models/organisation'
import { User } from '#models/user'

let dataDir: string
let close: () => Promise<void>

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-audit-'))
  const database = await resolveDatabase({ dataDir, mongodbUri: isolatedMongoUri(process.env.MONGODB_URI) })
  close = database.close
  await mongoose.connect(database.uri)
  await Promise.all([Organisation.init(), User.init(), AuditEvent.init()])
})

afterAll(async () => {
  await mongoose.connection.dropDatabase()
  await mongoose.disconnect()
  await close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

async function kentAdmin() {
  const kent = await Organisation.create({ name: 'Kent County Council', kind: 'local_authority' })
  const user = await User.create({
    email: 'admin@kent.example',
    name: 'Alex Admin',
    passwordHash: 'scrypt$unused',
    memberships: [{ organisation: kent._id, authority: kent._id, role: 'admin' }],
  })
  return { kent, actor: await actorFromUser(user.toObject()) }
}

describe('the audit trail', () => {
  it('records who created an organisation, for the authority’s auditors, and cannot be changed or deleted', async () => {
    const { kent, actor } = await kentAdmin()
    const organisation = await createOrganisation({
      actor,
      input: { name: 'Swale Alternative Provision', kind: 'provider', parentAuthority: String(kent._id) },
    })

    const events = await AuditEvent.find({ 'subject.id': String(organisation._id) }).lean()
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      action: 'organisation.created',
      actorEmail: 'admin@kent.example',
      subject: { type: 'Organisation', id: String(organisation._id) },
      summary: 'Alex Admin created Swale Alternative Provision',
    })
    expect(String(events[0].authority)).toBe(String(kent._id))

    await expect(AuditEvent.updateOne({ _id: events[0]._id }, { summary: 'rewritten' })).rejects.toThrow(
      'Audit events are append-only and cannot be changed or deleted',
    )
    await expect(AuditEvent.deleteMany({})).rejects.toThrow('Audit events are append-only')
    const stored = await AuditEvent.findById(events[0]._id).orFail()
    stored.summary = 'rewritten'
    await expect(stored.save()).rejects.toThrow('Audit events are append-only')
    expect((await AuditEvent.findById(events[0]._id).lean())?.summary).toBe('Alex Admin created Swale Alternative Provision')
  })

  it('writes nothing, not even an event, when the input is invalid', async () => {
    const actor = await actorFromUser((await User.findOne({ email: 'admin@kent.example' }).orFail()).toObject())
    const before = await AuditEvent.countDocuments()
    await expect(createOrganisation({ actor, input: { name: '', kind: 'provider' } })).rejects.toMatchObject({
      code: 'validation',
      details: { fields: { name: 'Enter the organisation name' } },
    })
    expect(await AuditEvent.countDocuments()).toBe(before)
    expect(await Organisation.countDocuments({ name: '' })).toBe(0)
  })
})
