// Issue 19: each role's home page is the queue of what waits for it. Against the seeded demo data
// (four authorities), with evidence uploaded and returned, a notice served and a dispute referred
// through the services, and a draft returned by legal and an agreement out for signature set up
// directly: every count is checked against the lists it summarises, and no queue shows another
// authority's or another provider's work.
import mongoose from 'mongoose'
import { getWorkQueue, type TWorkQueue } from '#app/services/home/get-work-queue.server'
import { listObligations, todayInLondon } from '#app/services/compliance/list-obligations.server'
import { reviewObligation } from '#app/services/compliance/review-obligation.server'
import { authoriseEvidenceUpload, receiveEvidenceFile, recordEvidence } from '#app/services/compliance/upload-evidence.server'
import { getAgreementTimeline } from '#app/services/timeline/get-agreement-timeline.server'
import { recordAgreementEvent } from '#app/services/timeline/record-agreement-event.server'
import { type TActor } from '#app/utils/actor.server'
import { formatDate } from '#app/utils/dates'
import { plusDays, plusMonths } from '#clauses/calendar/dates'
import { Agreement } from '#models/agreement'
import { Obligation } from '#models/obligation'
import { Organisation } from '#models/organisation'
import { SigningRequest } from '#models/signing-request'
import { demoActor, once, pdfBytes, useSeededDatabase } from '#test/compliance/support/demo-data'

useSeededDatabase()

const today = todayInLondon()
const actors: Record<string, TActor> = {}

async function queues(email: string, all?: string) {
  const work = await getWorkQueue({ actor: actors[email], today, all })
  return new Map(work.roles.flatMap((role) => role.queues).map((queue) => [queue.key, queue]))
}

function queue(map: Map<string, TWorkQueue>, key: string): TWorkQueue {
  const found = map.get(key)
  if (!found) throw new Error(`No queue ${key}; there are ${[...map.keys()].join(', ')}`)
  return found
}

const titles = (found: TWorkQueue) => found.items.map((item) => item.title)

async function agreementId(reference: string, version = 1) {
  const agreement = await Agreement.findOne({ reference, version }).lean()
  if (!agreement) throw new Error(`No agreement ${reference}`)
  return String(agreement._id)
}

let returnedObligationId = ''
let submittedObligationId = ''
let signingAgreementId = ''

beforeAll(async () => {
  for (const email of [
    'commissioner@kent.example',
    'commissioner@southend.example',
    'legal@kent.example',
    'legal@nottingham.example',
    'provider@nwk-aps.example',
    'provider@meadowbank.example',
    'school@ashfield-primary.example',
    'auditor@kent.example',
    'auditor@southend.example',
    'admin@kent.example',
  ]) {
    actors[email] = await demoActor(email)
  }
  const pru = actors['provider@nwk-aps.example']
  const commissioner = actors['commissioner@kent.example']
  // Two of the PRU's overdue attendance reports: one submitted and waiting for review, one returned.
  const overdue = await listObligations({ actor: pru, filters: { owedByMe: true, when: 'overdue' }, today, limit: 2 })
  ;[submittedObligationId, returnedObligationId] = overdue.map((obligation) => String(obligation._id))
  for (const obligationId of [submittedObligationId, returnedObligationId]) {
    const obligation = await authoriseEvidenceUpload({ actor: pru, obligationId })
    const file = await receiveEvidenceFile({ filename: 'attendance.pdf', data: once(await pdfBytes('Attendance')) })
    await recordEvidence({ actor: pru, obligation, file, input: { description: 'Attendance report' } })
  }
  await reviewObligation({ actor: commissioner, obligationId: returnedObligationId, input: { decision: 'return', comment: 'Add the December figures' } })

  // Legal returned the Kent draft with two comments, one since resolved.
  const decidedAt = new Date(`${plusDays(today, -3)}T10:00:00Z`)
  const legal = actors['legal@kent.example']
  const comment = (text: string, resolved: boolean) => ({ _id: new mongoose.Types.ObjectId(), clauseId: null, author: legal.id, authorName: legal.name, text, at: decidedAt, resolved })
  await Agreement.updateOne(
    { reference: 'KCC-PRU-2027-001' },
    { $set: { 'review.decidedAt': decidedAt, 'review.comments': [comment('Name the notice address', false), comment('Fix the dates', true), comment('Check clause 9', false)] } },
  )

  // A second Kent PRU agreement out for signature: the authority has signed, the PRU's chair is next.
  const draft = await Agreement.findOne({ reference: 'KCC-PRU-2027-001' }).lean()
  const pruOrganisation = await Organisation.findOne({ name: /North West Kent Alternative Provision/ }).lean()
  if (!draft || !pruOrganisation) throw new Error('The demo data did not seed')
  const { _id: _draftId, ...rest } = draft
  const outForSignature = new mongoose.Types.ObjectId()
  signingAgreementId = String(outForSignature)
  await Agreement.collection.insertOne({ ...rest, _id: outForSignature, originalAgreement: outForSignature, reference: 'KCC-PRU-2027-002', status: 'out_for_signature', review: { ...rest.review, comments: [] } })
  const signatory = (slotId: string, party: string, role: string, organisation: mongoose.Types.ObjectId, organisationName: string, status: 'signed' | 'waiting') => ({ slotId, party, partyRole: party, role, organisation, organisationName, status })
  await SigningRequest.create({
    agreement: outForSignature,
    authority: draft.authority,
    reference: 'KCC-PRU-2027-002',
    version: 1,
    order: 'sequential',
    documentStoreKey: 'sha256/none',
    documentSha256: '0'.repeat(64),
    signatories: [
      signatory('kcc-officer', 'authority', 'Director of Education', draft.authority, 'Kent County Council', 'signed'),
      signatory('pru-chair', 'provider', 'Chair of Management Committee', pruOrganisation._id, pruOrganisation.name, 'waiting'),
    ],
    createdAt: new Date(`${plusDays(today, -2)}T09:00:00Z`),
  })

  // A dispute referred on the Kent PRU SLA today: its stage deadlines fall in the next weeks.
  await recordAgreementEvent({ actor: legal, agreementId: await agreementId('KCC-PRU-2025-001'), input: { type: 'dispute_referred', occurredOn: today } })
}, 120_000)

describe('the commissioner', () => {
  test('sees the draft legal returned, with its unresolved comments and the day it came back', async () => {
    const kent = queue(await queues('commissioner@kent.example'), 'returned_drafts')
    expect(kent.count).toBe(1)
    expect(kent.items[0]).toMatchObject({
      href: `/agreements/${await agreementId('KCC-PRU-2027-001')}/review`,
      reason: '2 comments to resolve',
      when: `Returned on ${formatDate(plusDays(today, -3))}`,
    })
    expect(queue(await queues('commissioner@southend.example'), 'returned_drafts').count).toBe(0)
  })

  test('sees each agreement out for signature and who signs next', async () => {
    const kent = queue(await queues('commissioner@kent.example'), 'awaiting_signature')
    expect(kent).toMatchObject({ count: 1, more: null })
    expect(kent.items[0]).toMatchObject({
      href: `/agreements/${signingAgreementId}/signing`,
      reason: 'Next to sign: Chair of Management Committee, North West Kent Alternative Provision Service Management Committee',
      when: `Sent for signature on ${formatDate(plusDays(today, -2))}`,
    })
    expect(kent.items[0].title).toMatch(/^KCC-PRU-2027-002: /)
    expect(queue(await queues('commissioner@southend.example'), 'awaiting_signature').count).toBe(0)
  })

  test('sees the evidence waiting for review, and never another authority’s', async () => {
    const kent = queue(await queues('commissioner@kent.example'), 'evidence_awaiting_review')
    expect(kent.count).toBe(await Obligation.countDocuments({ agreementReference: /^KCC-/, state: { $in: ['submitted', 'resubmitted'] } }))
    expect(kent.items.map((item) => item.href)).toContain(`/compliance/obligations/${submittedObligationId}`)
    expect(kent.items[0].when).toBe(`Submitted on ${formatDate(today)}`)
    expect(queue(await queues('commissioner@southend.example'), 'evidence_awaiting_review').count).toBe(0)
  })

  test('sees overdue obligations by agreement, the counts those of the obligation lists', async () => {
    const commissioner = actors['commissioner@kent.example']
    const kent = queue(await queues('commissioner@kent.example'), 'overdue_by_agreement')
    const overdue = await listObligations({ actor: commissioner, filters: { when: 'overdue' }, today, limit: 100_000 })
    const byReference = new Map<string, number>()
    for (const obligation of overdue) byReference.set(obligation.agreementReference, (byReference.get(obligation.agreementReference) ?? 0) + 1)
    expect(kent.count).toBe(byReference.size)
    for (const item of kent.items) {
      const reference = item.title.split(':')[0]
      expect(item.reason).toBe(`${byReference.get(reference)} obligations overdue`)
    }
    expect(titles(kent).every((title) => title.startsWith('KCC-'))).toBe(true)
  })

  test('sees agreements ending in the next six months with their last day for notice', async () => {
    const southend = queue(await queues('commissioner@southend.example'), 'ending_soon')
    expect(southend.count).toBe(1)
    // Southend AP Pathways has no termination by notice: nothing to serve.
    expect(southend.items[0]).toMatchObject({ date: plusDays(today, 60), when: `Ends on ${formatDate(plusDays(today, 60))}`, reason: 'No clause lets notice end it at its end date' })
    // Nottingham's devolved funding agreement ends on 31 March 2027 (while its renewal is in legal review).
    actors['commissioner@nottingham.example'] = await demoActor('commissioner@nottingham.example')
    const nottingham = queue(await queues('commissioner@nottingham.example'), 'ending_soon')
    const ends = '2027-03-31'
    expect(nottingham.count).toBe(today <= ends && plusDays(today, 183) >= ends ? 1 : 0)
    if (nottingham.count === 1) {
      const timeline = await getAgreementTimeline({ actor: actors['commissioner@nottingham.example'], agreementId: await agreementId('NCC-DF-2026-001') })
      const [deadline] = timeline.entries.filter((entry) => entry.key === 'renewal.notice_deadline').sort((a, b) => a.date.localeCompare(b.date))
      expect(nottingham.items[0]).toMatchObject({ when: 'Ends on 31 March 2027', reason: expect.stringContaining(`Last day for notice to end it then: ${formatDate(deadline.date)}`) })
    }
    // Kent's agreements end in 2028 and later.
    expect(queue(await queues('commissioner@kent.example'), 'ending_soon').count).toBe(0)
  })
})

describe('legal', () => {
  test('sees the agreements awaiting review, oldest first, with how long each has waited', async () => {
    const nottingham = queue(await queues('legal@nottingham.example'), 'awaiting_review')
    expect(nottingham.count).toBe(1)
    expect(nottingham.items[0]).toMatchObject({ href: `/agreements/${await agreementId('NCC-DF-2026-001', 2)}/review`, reason: 'Waiting less than a day' })
    expect(queue(await queues('legal@kent.example'), 'awaiting_review').count).toBe(0)
  })

  test('sees the notice and dispute deadlines of the next 90 days across the portfolio, soonest first', async () => {
    const kent = queue(await queues('legal@kent.example'), 'notice_and_dispute_deadlines')
    const timeline = await getAgreementTimeline({ actor: actors['legal@kent.example'], agreementId: await agreementId('KCC-PRU-2025-001') })
    const upcoming = timeline.entries.filter((entry) => entry.key === 'dispute.stage_deadline' && entry.date >= today && entry.date <= plusDays(today, 90))
    expect(upcoming.length).toBeGreaterThan(0)
    expect(kent.count).toBeGreaterThanOrEqual(upcoming.length)
    const all = queue(await queues('legal@kent.example', 'notice_and_dispute_deadlines'), 'notice_and_dispute_deadlines')
    expect(all.items).toHaveLength(kent.count)
    expect(all.more).toBeNull()
    for (const entry of upcoming) expect(all.items).toContainEqual(expect.objectContaining({ date: entry.date, when: formatDate(entry.date), reason: expect.stringContaining(entry.label) }))
    expect(all.items.map((item) => item.date)).toEqual(all.items.map((item) => item.date).sort())
    expect(titles(all).every((title) => title.startsWith('KCC-'))).toBe(true)
    if (kent.count > kent.items.length) expect(kent.more).toEqual({ count: kent.count - kent.items.length, href: '/?all=notice_and_dispute_deadlines#notice_and_dispute_deadlines' })
    // Nottingham's legal reviewer sees none of Kent's dispute.
    const nottingham = queue(await queues('legal@nottingham.example'), 'notice_and_dispute_deadlines')
    expect(titles(nottingham).some((title) => title.startsWith('KCC-'))).toBe(false)
  })

  test.each([
    ['KCC-PRU-2026-901', { amount: 3, unit: 'years' }],
    ['KCC-PRU-2026-902', { amount: 1100, unit: 'calendar_days' }],
  ] as const)('sees the last day for a long notice (as SEIP MOU 10.2.1\'s 3 years\') on an agreement ending more than three years away: %s, %o', async (reference, noticePeriod) => {
    const active = await Agreement.findOne({ reference: 'KCC-PRU-2025-001', version: 1 }).lean()
    if (!active) throw new Error('The demo data did not seed')
    const endsOn = plusDays(plusMonths(today, 36), 30)
    const content = structuredClone(active.content)
    for (const clause of content.sections.flatMap((section) => section.clauses)) {
      if (clause.kind === 'term') clause.params = { commencesOn: today, endsOn }
      if (clause.kind === 'termination' && clause.params.noticePeriod) clause.params = { ...clause.params, noticePeriod }
    }
    const { _id: _activeId, ...rest } = active
    const longNotice = new mongoose.Types.ObjectId()
    await Agreement.collection.insertOne({ ...rest, _id: longNotice, originalAgreement: longNotice, reference, content, commencesOn: today, endsOn, updatedAt: new Date() })

    const timeline = await getAgreementTimeline({ actor: actors['legal@kent.example'], agreementId: String(longNotice) })
    const [lastDay] = timeline.entries.filter((entry) => entry.key === 'renewal.notice_deadline')
    expect(lastDay.date > today && lastDay.date <= plusDays(today, 90)).toBe(true)
    const all = queue(await queues('legal@kent.example', 'notice_and_dispute_deadlines'), 'notice_and_dispute_deadlines')
    expect(all.items).toContainEqual(expect.objectContaining({ title: expect.stringMatching(new RegExp(`^${reference}`)), date: lastDay.date, reason: expect.stringContaining('Last day for notice to end the agreement at its end date') }))
  })
})

describe('providers and member schools', () => {
  test('the PRU sees what it owes by agreement, overdue and due in 30 days, counted as its due list counts them', async () => {
    const pru = actors['provider@nwk-aps.example']
    const due = queue(await queues('provider@nwk-aps.example'), 'due_and_overdue')
    const overdue = await listObligations({ actor: pru, filters: { owedByMe: true, when: 'overdue' }, today, limit: 100_000 })
    const dueSoon = await listObligations({ actor: pru, filters: { owedByMe: true, when: 'due_soon' }, today, limit: 100_000 })
    expect(due.count).toBe(new Set([...overdue, ...dueSoon].map((obligation) => obligation.agreementReference)).size)
    const item = due.items.find((row) => row.title.startsWith('KCC-PRU-2025-001'))
    const inPru = (list: typeof overdue) => list.filter((obligation) => obligation.agreementReference === 'KCC-PRU-2025-001').length
    const dueSoonWords = inPru(dueSoon) ? `, ${inPru(dueSoon)} obligation${inPru(dueSoon) === 1 ? '' : 's'} due in the next 30 days` : ''
    expect(item?.reason).toBe(`${inPru(overdue)} obligations overdue${dueSoonWords}`)
    expect(item?.href).toBe(`/agreements/${await agreementId('KCC-PRU-2025-001')}/obligations`)
  })

  test('the PRU sees the evidence returned with the reviewer’s comment; the STLS host does not', async () => {
    const returned = queue(await queues('provider@nwk-aps.example'), 'returned_evidence')
    expect(returned.count).toBe(1)
    expect(returned.items[0]).toMatchObject({
      href: `/compliance/obligations/${returnedObligationId}`,
      reason: 'Returned by Clare Commissioner: “Add the December figures”',
      when: `Returned on ${formatDate(today)}`,
    })
    expect(queue(await queues('provider@meadowbank.example'), 'returned_evidence').count).toBe(0)
  })

  test('the PRU sees the agreement waiting for its signature; the STLS host does not', async () => {
    const signing = queue(await queues('provider@nwk-aps.example'), 'awaiting_my_signature')
    expect(signing).toMatchObject({ count: 1 })
    expect(signing.items[0]).toMatchObject({ href: `/agreements/${signingAgreementId}/signing`, reason: 'Your turn to sign, as Chair of Management Committee' })
    expect(queue(await queues('provider@meadowbank.example'), 'awaiting_my_signature').count).toBe(0)
  })

  test('a member school sees only the partnership agreements it belongs to', async () => {
    const school = await queues('school@ashfield-primary.example')
    expect([...school.keys()]).toEqual(['due_and_overdue', 'returned_evidence', 'awaiting_my_signature'])
    expect(titles(queue(school, 'due_and_overdue')).every((title) => title.startsWith('LCC-SEIP'))).toBe(true)
  })
})

describe('the auditor', () => {
  test('sees the authority’s recent audit activity, newest first, and the exports; another authority’s auditor sees none of it', async () => {
    const work = await getWorkQueue({ actor: actors['auditor@kent.example'], today })
    const activity = queue(new Map(work.roles.flatMap((role) => role.queues).map((found) => [found.key, found])), 'recent_activity')
    expect(activity.count).toBeGreaterThanOrEqual(4)
    expect(activity.items.some((item) => /returned/i.test(item.title) && item.href === `/compliance/obligations/${returnedObligationId}`)).toBe(true)
    expect(work.exports.map((download) => download.href)).toEqual(['/audit.csv', '/compliance/obligations.csv', '/compliance/kpis.csv'])
    const southend = queue(await queues('auditor@southend.example'), 'recent_activity')
    expect(southend.items.some((item) => item.href.includes(returnedObligationId))).toBe(false)
  })

  test('an administrator keeps the page they had: no queues', async () => {
    expect((await getWorkQueue({ actor: actors['admin@kent.example'], today })).roles).toEqual([])
  })
})
