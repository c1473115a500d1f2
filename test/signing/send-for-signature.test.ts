// Sending for signature and signing links against the embedded database with the demo data: the
// status change, the signing request and the audit event succeed or fail together, and a failure
// leaves only bytes no record names, which the file store's sweep removes; a link is emailed when email is configured and can be cancelled; the last
// signature's completion (request, agreement, audit event) is likewise all or nothing.
import nodemailer from 'nodemailer'
import { findSigningLink } from '#app/services/signing/find-signing-link.server'
import { finishSigning } from '#app/services/signing/finish-signing.server'
import { getSigningOverview } from '#app/services/signing/get-signing-overview.server'
import { issueSigningLink } from '#app/services/signing/issue-signing-link.server'
import { revokeSigningLink } from '#app/services/signing/revoke-signing-link.server'
import { listSignatoriesToSend, sendForSignature } from '#app/services/signing/send-for-signature.server'
import { signAgreement } from '#app/services/signing/sign-agreement.server'
import { Agreement } from '#models/agreement'
import { AuditEvent } from '#models/audit-event'
import { SigningRequest } from '#models/signing-request'
import { demoActor, useSeededDatabase } from '#test/compliance/support/demo-data'
import { storedKeys, sweepAsIfTomorrow } from '#test/support/file-store'

// Links are written from APP_ORIGIN alone (read when the environment is first checked, below).
process.env.APP_ORIGIN = 'https://sla.example.gov.uk'
useSeededDatabase()

const storedPdfs = async () => (await storedKeys()).length

/** Nottingham's renewal (version 2, seeded in legal review), approved by hand for the test. */
async function approvedNottinghamRenewal() {
  const renewal = await Agreement.findOneAndUpdate({ reference: 'NCC-DF-2026-001', version: 2 }, { $set: { status: 'approved' } }, { returnDocument: 'after' }).lean()
  if (!renewal) throw new Error('No seeded Nottingham renewal')
  return String(renewal._id)
}

describe('sending for signature', () => {
  test('when the signing request cannot be written, the agreement stays approved, nothing is audited and the PDF goes with the next sweep', async () => {
    const commissioner = await demoActor('commissioner@nottingham.example')
    const agreementId = await approvedNottinghamRenewal()
    const pdfsBefore = await storedPdfs()
    const failure = vi.spyOn(SigningRequest, 'create').mockRejectedValueOnce(new Error('disk full'))

    await expect(sendForSignature({ actor: commissioner, agreementId, input: {} })).rejects.toThrow('disk full')
    failure.mockRestore()
    expect((await Agreement.findById(agreementId).lean())?.status).toBe('approved')
    expect(await AuditEvent.countDocuments({ 'subject.id': agreementId, action: { $in: ['agreement.out_for_signature', 'signing.sent'] } })).toBe(0)
    expect(await storedPdfs()).toBe(pdfsBefore + 1)
    await sweepAsIfTomorrow()
    expect(await storedPdfs()).toBe(pdfsBefore)

    // Nothing was left half-done, so sending again works.
    const request = await sendForSignature({ actor: commissioner, agreementId, input: {} })
    expect(request.signatories.map((signatory) => signatory.organisationName)).toContain('Trinity Catholic School')
    expect((await Agreement.findById(agreementId).lean())?.status).toBe('out_for_signature')
    expect(await AuditEvent.countDocuments({ 'subject.id': agreementId, action: { $in: ['agreement.out_for_signature', 'signing.sent'] } })).toBe(2)
    expect(await storedPdfs()).toBe(pdfsBefore + 1)
  }, 60_000)
})

describe('signing links', () => {
  test('the link is emailed to the signatory in words they can act on, and once cancelled it no longer opens', async () => {
    const commissioner = await demoActor('commissioner@nottingham.example')
    const renewal = await Agreement.findOne({ reference: 'NCC-DF-2026-001', version: 2 }).lean()
    const agreementId = String(renewal?._id)
    const request = await SigningRequest.findOne({ agreement: renewal?._id, status: 'in_progress' }).lean()
    if (!request) throw new Error('The renewal was not sent for signature above')
    const slotId = request.signatories[0].slotId

    const sent: Array<{ to: string; subject: string; text: string }> = []
    const transport = nodemailer.createTransport({ jsonTransport: true })
    const sendMail = transport.sendMail.bind(transport)
    transport.sendMail = (async (mail: { to: string; subject: string; text: string }) => {
      sent.push(mail)
      return sendMail(mail)
    }) as typeof transport.sendMail
    const issued = await issueSigningLink({
      actor: commissioner,
      agreementId,
      input: { slotId, signatoryName: 'Nia Officer', signatoryEmail: 'nia.officer@nottingham.example' },
      transport,
    })
    expect(issued.emailed).toBe(true)
    expect(issued.url).toMatch(/^https:\/\/sla\.example\.gov\.uk\/sign\/[A-Za-z0-9_-]{43}$/)
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ to: 'nia.officer@nottingham.example', subject: expect.stringContaining('Please sign NCC-DF-2026-001') })
    expect(sent[0].text).toContain('Dear Nia Officer,')
    expect(sent[0].text).toContain('Noah Commissioner of Nottingham City Council asks you to sign NCC-DF-2026-001')
    expect(sent[0].text).toContain(issued.url)
    // Seven days on, in words.
    expect(sent[0].text).toMatch(/expires on \d{1,2} [A-Z][a-z]+ \d{4} at \d{1,2}:\d{2}(am|pm)/)

    const token = issued.url.split('/').at(-1)!
    expect((await findSigningLink({ token })).signatory.slotId).toBe(slotId)
    await revokeSigningLink({ actor: commissioner, agreementId, input: { slotId } })
    await expect(findSigningLink({ token })).rejects.toMatchObject({ code: 'not_found' })
    await expect(revokeSigningLink({ actor: commissioner, agreementId, input: { slotId } })).rejects.toMatchObject({ code: 'conflict' })
    expect(await AuditEvent.countDocuments({ 'subject.id': agreementId, action: 'signing.link_revoked' })).toBe(1)

    // Another authority's commissioner cannot cancel it (nor even see the agreement).
    const kent = await demoActor('commissioner@kent.example')
    await expect(revokeSigningLink({ actor: kent, agreementId, input: { slotId } })).rejects.toMatchObject({ code: 'not_found' })
  }, 60_000)
})

describe('the last signature', () => {
  test('when the agreement cannot be made active, nothing of the completion is kept, and signing again completes it', async () => {
    const commissioner = await demoActor('commissioner@nottingham.example')
    const renewal = await Agreement.findOne({ reference: 'NCC-DF-2026-001', version: 2 }).lean()
    const agreementId = String(renewal?._id)
    const request = await SigningRequest.findOne({ agreement: renewal?._id, status: 'in_progress' }).lean()
    if (!renewal || !request) throw new Error('The renewal was not sent for signature above')
    const client = { ip: '192.0.2.10', userAgent: 'vitest' }
    const signThroughLink = async (slotId: string) => {
      const { url } = await issueSigningLink({ actor: commissioner, agreementId, input: { slotId, signatoryName: 'Signatory', signatoryEmail: 'signatory@nottingham.example' } })
      const input = { consent: 'on', name: `Signatory ${slotId}`, title: 'Head of Service', documentSha256: request.documentSha256 }
      return signAgreement({ signingLinkToken: url.split('/').at(-1)!, input, client })
    }
    const slots = request.signatories.map((signatory) => signatory.slotId)
    for (const slotId of slots.slice(0, -1)) await signThroughLink(slotId)
    const pdfsBefore = await storedPdfs()
    const createAuditEvent = AuditEvent.create.bind(AuditEvent)
    const failure = vi.spyOn(AuditEvent, 'create').mockImplementation((async (events: Array<{ action: string }>, options: unknown) => {
      if (events[0]?.action === 'agreement.active') throw new Error('disk full')
      return createAuditEvent(events as never, options as never)
    }) as never)

    await expect(signThroughLink(slots.at(-1)!)).rejects.toThrow('disk full')
    failure.mockRestore()
    // The signature itself is kept; the completion is not, in any part.
    const stuck = await SigningRequest.findById(request._id).lean()
    expect(stuck?.status).toBe('in_progress')
    expect(stuck?.signatories.every((signatory) => signatory.status === 'signed')).toBe(true)
    expect((await Agreement.findById(agreementId).lean())?.status).toBe('out_for_signature')
    expect(await AuditEvent.countDocuments({ 'subject.id': agreementId, action: 'agreement.active' })).toBe(0)
    await sweepAsIfTomorrow()
    expect(await storedPdfs()).toBe(pdfsBefore)

    // The signing page offers to finish it, to the commissioner but not to another authority's.
    expect(await getSigningOverview({ actor: commissioner, agreementId })).toMatchObject({ mayFinish: true, mayIssueLinks: false })
    await expect(finishSigning({ actor: await demoActor('commissioner@kent.example'), agreementId })).rejects.toMatchObject({ code: 'not_found' })
    // The signatory tries again, signed in this time: that finishes the completion.
    const completed = await signAgreement({ actor: commissioner, agreementId, input: { consent: 'on', name: 'Noah Commissioner', title: 'Head of Service', documentSha256: request.documentSha256 }, client })
    expect(completed.status).toBe('completed')
    expect((await Agreement.findById(agreementId).lean())?.status).toBe('active')
    expect(await AuditEvent.countDocuments({ 'subject.id': agreementId, action: 'agreement.active' })).toBe(1)
    expect(await storedPdfs()).toBe(pdfsBefore + 1)
  }, 60_000)
})

describe('before sending', () => {
  test('who will sign is listed in signing order, or, for a party not linked to an organisation, what to put right', async () => {
    const draft = await Agreement.findOne({ reference: 'KCC-PRU-2027-001' }).lean()
    if (!draft) throw new Error('No seeded Kent PRU draft')
    const listed = await listSignatoriesToSend(draft)
    expect(listed.problem).toBeNull()
    expect(listed.signatories.map(({ role, organisationName }) => [role, organisationName])).toEqual([
      ['Officer of KCC', 'Kent County Council'],
      ['Chair of Management Committee', 'North West Kent Alternative Provision Service Management Committee'],
    ])

    const unlinked = { ...draft, partyDetails: draft.partyDetails.map((party) => (party.role === 'authority' ? party : { ...party, organisation: null })) }
    const refused = await listSignatoriesToSend(unlinked)
    expect(refused.signatories).toEqual([])
    expect(refused.problem).toMatch(/^Link .+ to an organisation before sending for signature$/)
  })
})
