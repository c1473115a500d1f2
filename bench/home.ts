// Home page work queues benchmark (issue 19): the queues of each role (commissioner, legal reviewer,
// provider, member school, auditor) for an authority with 500 agreements - 400 in force ending over
// the next five years, each with ten years of monthly obligations (48,000 in all), 40 in legal
// review, 30 drafts returned by legal, 30 out for signature - and 5,000 audit events from the last
// week. Each role's getWorkQueue runs 40 times after a warm-up (which also writes the compliance
// summaries, as the first dashboard visit does); p50 and p95 per role. Target: p95 under 300 ms.
// The database is embedded in this process, as the app runs it by default.
// Run: npm run bench:home
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import mongoose from 'mongoose'
import { getWorkQueue } from '#app/services/home/get-work-queue.server'
import { seedDemoData } from '#app/seed/seed.server'
import { loadActor } from '#app/utils/actor.server'
import { londonDateAndTime, plusDays, plusMonths } from '#clauses/calendar/dates'
import { startEmbeddedServer } from '#db/server'
import { withDatabase } from '#db/uri'
import { Agreement } from '#models/agreement'
import { AgreementEvent } from '#models/agreement-event'
import { AuditEvent } from '#models/audit-event'
import { Obligation, ObligationGeneration } from '#models/obligation'
import { Organisation } from '#models/organisation'
import { SigningRequest } from '#models/signing-request'
import { User } from '#models/user'
import { attendanceReport } from './support/attendance-report'

const IN_FORCE = 400
const IN_REVIEW = 40
const RETURNED_DRAFTS = 30
const OUT_FOR_SIGNATURE = 30
const MONTHS_OF_OBLIGATIONS = 120
const AUDIT_EVENTS = 5_000
const RUNS = 40
const TODAY = londonDateAndTime(new Date()).date
const ROLES = [
  ['commissioner', 'commissioner@kent.example'],
  ['legal', 'legal@kent.example'],
  ['provider', 'provider@nwk-aps.example'],
  ['member school', 'school@ashfield-primary.example'],
  ['auditor', 'auditor@kent.example'],
] as const

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-home-'))
const database = await startEmbeddedServer({ dbPath: path.join(dir, 'db'), port: 0 })
await mongoose.connect(withDatabase(database.uri, 'bench_home'))
await seedDemoData()
const populateStarted = performance.now()
await populate()
console.log(
  `data: ${await Agreement.countDocuments()} agreements, ${await Obligation.countDocuments()} obligation instances, ${await AuditEvent.countDocuments()} audit events ` +
    `(populated in ${((performance.now() - populateStarted) / 1000).toFixed(1)} s)`,
)

for (const [role, email] of ROLES) {
  const user = await User.findOne({ email }).lean()
  const actor = user ? await loadActor(String(user._id)) : null
  if (!actor) throw new Error(`No demo user ${email}`)
  const warmUpStarted = performance.now()
  await getWorkQueue({ actor, today: TODAY })
  const firstMs = performance.now() - warmUpStarted
  for (let run = 0; run < 3; run += 1) await getWorkQueue({ actor, today: TODAY })
  const timings: number[] = []
  let counts = ''
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now()
    const work = await getWorkQueue({ actor, today: TODAY })
    timings.push(performance.now() - started)
    counts = work.roles.flatMap((queues) => queues.queues.map((queue) => `${queue.key} ${queue.count}`)).join(', ')
  }
  timings.sort((a, b) => a - b)
  const percentile = (fraction: number) => timings[Math.min(timings.length - 1, Math.floor(timings.length * fraction))]
  console.log(`${role}: p50 ${percentile(0.5).toFixed(1)} ms, p95 ${percentile(0.95).toFixed(1)} ms, max ${(timings.at(-1) ?? 0).toFixed(1)} ms over ${RUNS} runs (target p95 < 300 ms); first call ${firstMs.toFixed(0)} ms`)
  console.log(`  counts: ${counts}`)
}
console.log(`machine: ${os.availableParallelism()} CPUs, load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`)

await mongoose.disconnect()
await database.close()
fs.rmSync(dir, { recursive: true, force: true })

/** Kent's portfolio at size, all with the PRU as provider, copied from the seeded Kent PRU SLA. */
async function populate() {
  const authority = await Organisation.findOne({ name: 'Kent County Council' }).lean()
  const pru = await Organisation.findOne({ name: /North West Kent Alternative Provision/ }).lean()
  const template = await Agreement.findOne({ reference: 'KCC-PRU-2025-001' }).lean()
  const legal = await User.findOne({ email: 'legal@kent.example' }).lean()
  if (!authority || !pru || !template || !legal) throw new Error('The demo data did not seed')
  const { _id: _templateId, ...rest } = template
  const statuses = [
    ...Array<string>(IN_FORCE).fill('active'),
    ...Array<string>(IN_REVIEW).fill('in_legal_review'),
    ...Array<string>(RETURNED_DRAFTS).fill('draft'),
    ...Array<string>(OUT_FOR_SIGNATURE).fill('out_for_signature'),
  ]
  const agreements = statuses.map((status, index) => {
    const _id = new mongoose.Types.ObjectId()
    const endsOn = plusDays(TODAY, Math.round((index * 5 * 365) / statuses.length))
    const comment = { _id: new mongoose.Types.ObjectId(), clauseId: null, author: legal._id, authorName: legal.name, text: 'Name the notice address', at: new Date(), resolved: false }
    return {
      ...rest,
      _id,
      originalAgreement: _id,
      reference: `BENCH-${String(index + 1).padStart(3, '0')}`,
      title: `Bench agreement ${index + 1}`,
      status,
      commencesOn: plusMonths(endsOn, -MONTHS_OF_OBLIGATIONS),
      endsOn,
      history: [],
      variations: [],
      review: {
        ...rest.review,
        comments: status === 'draft' ? [comment] : [],
        submittedAt: status === 'in_legal_review' ? new Date(Date.now() - index * 3_600_000) : null,
        decidedAt: status === 'draft' ? new Date() : null,
      },
    }
  })
  await Agreement.insertMany(agreements, { lean: true })
  const inForce = agreements.filter((agreement) => agreement.status === 'active')
  await ObligationGeneration.insertMany(inForce.map((agreement) => ({ series: agreement._id, agreement: agreement._id, generatedAt: new Date() })))
  const states = ['accepted', 'accepted', 'accepted', 'pending', 'submitted', 'returned', 'resubmitted'] as const
  for (const agreement of inForce) {
    const obligations = Array.from({ length: MONTHS_OF_OBLIGATIONS }, (_, month) => {
      const dueOn = plusMonths(TODAY, month - MONTHS_OF_OBLIGATIONS + 3)
      const state = dueOn < plusDays(TODAY, -90) ? states[month % 3] : states[month % states.length]
      return {
        ...attendanceReport({ agreement, authorityId: authority._id, providerId: pru._id, obligationKey: 'bench/attendance', period: month, periodLabel: `Month ${month}`, dueOn, state }),
        submittedAt: state === 'submitted' || state === 'resubmitted' ? new Date() : null,
        reviews: state === 'returned' ? [{ decision: 'return', comment: 'Add the December figures', by: legal._id, byName: 'Clare Commissioner', at: new Date() }] : [],
      }
    })
    await Obligation.insertMany(obligations, { lean: true })
  }
  const outForSignature = agreements.filter((agreement) => agreement.status === 'out_for_signature')
  await SigningRequest.insertMany(
    outForSignature.map((agreement) => ({
      agreement: agreement._id,
      authority: authority._id,
      reference: agreement.reference,
      version: 1,
      order: 'sequential',
      documentStoreKey: 'sha256/none',
      documentSha256: '0'.repeat(64),
      signatories: [
        { slotId: 'kcc-officer', party: 'authority', partyRole: 'authority', role: 'Officer of KCC', organisation: authority._id, organisationName: authority.name, status: 'signed' },
        { slotId: 'pru-chair', party: 'provider', partyRole: 'provider', role: 'Chair of Management Committee', organisation: pru._id, organisationName: pru.name, status: 'waiting' },
      ],
    })),
  )
  // A dispute referred on every tenth agreement in force in the last month.
  await AgreementEvent.insertMany(
    inForce
      .filter((_, index) => index % 10 === 0)
      .map((agreement, index) => ({ agreement: agreement._id, authority: authority._id, type: 'dispute_referred', occurredOn: plusDays(TODAY, -(index % 30)), recordedBy: legal._id, recordedAt: new Date() })),
  )
  for (let start = 0; start < AUDIT_EVENTS; start += 1000) {
    await AuditEvent.insertMany(
      Array.from({ length: 1000 }, (_, index) => ({
        actor: legal._id,
        actorEmail: 'legal@kent.example',
        authority: authority._id,
        organisation: authority._id,
        action: 'agreement.viewed',
        subject: { type: 'Agreement', id: String(agreements[(start + index) % agreements.length]._id) },
        summary: 'Bench event',
        at: new Date(Date.now() - (start + index) * 60_000),
      })),
    )
  }
}
