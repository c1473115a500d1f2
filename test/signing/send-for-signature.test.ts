// Sending for signature against the embedded database with the demo data: the status change, the
// signing request and the audit event succeed or fail together, and a failure leaves no PDF behind.
import mongoose from 'mongoose'
import { seedDemoData } from '#app/seed/seed.server'
import { SIGNING_BUCKET } from '#app/services/signing/agreement-files.server'
import { sendForSignature } from '#app/services/signing/send-for-signature.server'
import { Agreement } from '#models/agreement'
import { AuditEvent } from '#models/audit-event'
import { SigningRequest } from '#models/signing-request'
import { demoActor } from '#test/compliance/support/demo-data'
import { openTestDatabase, type TestDatabase } from '#test/db/harness'

let database: TestDatabase

beforeAll(async () => {
  database = await openTestDatabase()
  await mongoose.connect(database.uri)
  await seedDemoData()
}, 120_000)

afterAll(async () => {
  await mongoose.disconnect()
  await database.close()
})

const storedPdfs = () => mongoose.connection.db!.collection(`${SIGNING_BUCKET}.files`).countDocuments()

/** Nottingham's renewal (version 2, seeded in legal review), approved by hand for the test. */
async function approvedNottinghamRenewal() {
  const renewal = await Agreement.findOneAndUpdate({ reference: 'NCC-DF-2026-001', version: 2 }, { $set: { status: 'approved' } }, { returnDocument: 'after' }).lean()
  if (!renewal) throw new Error('No seeded Nottingham renewal')
  return String(renewal._id)
}

describe('sending for signature', () => {
  test('when the signing request cannot be written, the agreement stays approved, nothing is audited and the PDF is removed', async () => {
    const commissioner = await demoActor('commissioner@nottingham.example')
    const agreementId = await approvedNottinghamRenewal()
    const pdfsBefore = await storedPdfs()
    const failure = vi.spyOn(SigningRequest, 'create').mockRejectedValueOnce(new Error('disk full'))

    await expect(sendForSignature({ actor: commissioner, agreementId, input: {} })).rejects.toThrow('disk full')
    failure.mockRestore()
    expect((await Agreement.findById(agreementId).lean())?.status).toBe('approved')
    expect(await AuditEvent.countDocuments({ 'subject.id': agreementId, action: { $in: ['agreement.out_for_signature', 'signing.sent'] } })).toBe(0)
    expect(await storedPdfs()).toBe(pdfsBefore)

    // Nothing was left half-done, so sending again works.
    const request = await sendForSignature({ actor: commissioner, agreementId, input: {} })
    expect(request.signatories.map((signatory) => signatory.organisationName)).toContain('Trinity Catholic School')
    expect((await Agreement.findById(agreementId).lean())?.status).toBe('out_for_signature')
    expect(await AuditEvent.countDocuments({ 'subject.id': agreementId, action: { $in: ['agreement.out_for_signature', 'signing.sent'] } })).toBe(2)
    expect(await storedPdfs()).toBe(pdfsBefore + 1)
  }, 60_000)
})
