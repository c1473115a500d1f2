// A change and its audit event are saved together or not at all: with the audit event made to fail,
// a status move, a recorded notice and a clause edit leave nothing behind (seeded demo data, embedded database).
import { saveDraftContent } from '#app/services/agreements/save-draft-content.server'
import { transitionAgreement } from '#app/services/agreements/transition-agreement.server'
import { recordAgreementEvent } from '#app/services/timeline/record-agreement-event.server'
import { Agreement } from '#models/agreement'
import { AgreementEvent } from '#models/agreement-event'
import { AuditEvent } from '#models/audit-event'
import { demoActor, useSeededDatabase } from '#test/compliance/support/demo-data'

useSeededDatabase()

function failingAuditEvents() {
  return vi.spyOn(AuditEvent, 'create').mockRejectedValueOnce(new Error('disk full'))
}

test('a status move whose audit event cannot be written leaves the agreement where it was', async () => {
  const legal = await demoActor('legal@nottingham.example')
  const renewal = await Agreement.findOne({ reference: 'NCC-DF-2026-001', version: 2 }).lean()
  expect(renewal?.status).toBe('in_legal_review')
  const agreementId = String(renewal?._id)
  const failure = failingAuditEvents()
  await expect(transitionAgreement({ actor: legal, agreementId, input: { to: 'approved' } })).rejects.toThrow('disk full')
  failure.mockRestore()
  const after = await Agreement.findById(agreementId).lean()
  expect(after?.status).toBe('in_legal_review')
  expect(after?.history).toHaveLength(renewal?.history.length ?? 0)

  await transitionAgreement({ actor: legal, agreementId, input: { to: 'approved' } })
  expect((await Agreement.findById(agreementId).lean())?.status).toBe('approved')
})

test('a served notice whose audit event cannot be written is not recorded', async () => {
  const commissioner = await demoActor('commissioner@kent.example')
  const pru = await Agreement.findOne({ reference: 'KCC-PRU-2025-001' }).lean()
  const agreementId = String(pru?._id)
  const before = await AgreementEvent.countDocuments({ agreement: pru?._id })
  const failure = failingAuditEvents()
  const notice = { type: 'notice_served', occurredOn: '2026-11-20', method: 'hand', time: '10:00' }
  await expect(recordAgreementEvent({ actor: commissioner, agreementId, input: notice })).rejects.toThrow('disk full')
  failure.mockRestore()
  expect(await AgreementEvent.countDocuments({ agreement: pru?._id })).toBe(before)

  await recordAgreementEvent({ actor: commissioner, agreementId, input: notice })
  expect(await AgreementEvent.countDocuments({ agreement: pru?._id })).toBe(before + 1)
})

test('a clause edit whose audit event cannot be written leaves the draft as it was', async () => {
  const commissioner = await demoActor('commissioner@kent.example')
  const draft = await Agreement.findOne({ reference: 'KCC-PRU-2027-001' }).lean()
  expect(draft?.status).toBe('draft')
  const failure = failingAuditEvents()
  const edit = { actor: commissioner, agreement: draft!, content: draft!.content, action: 'agreement.clause_updated', summary: 'edited for the test' }
  await expect(saveDraftContent(edit)).rejects.toThrow('disk full')
  failure.mockRestore()
  expect((await Agreement.findById(draft?._id).lean())?.history).toHaveLength(draft?.history.length ?? 0)
})
