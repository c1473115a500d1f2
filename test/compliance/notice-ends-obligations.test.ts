// Recording a served notice for the seeded Kent PRU agreement (1 September 2025 - 31 August 2028)
// ends its obligation schedule on the day termination takes effect: untouched instances after that
// day go, one with evidence submitted is kept with its evidence but withdrawn, and neither is listed.
import { listObligations } from '#app/services/compliance/list-obligations.server'
import { authoriseEvidenceUpload, receiveEvidenceFile, recordEvidence } from '#app/services/compliance/upload-evidence.server'
import { getAgreementTimeline } from '#app/services/timeline/get-agreement-timeline.server'
import { listAgreementEvents } from '#app/services/timeline/list-agreement-events.server'
import { recordAgreementEvent } from '#app/services/timeline/record-agreement-event.server'
import { type TActor } from '#app/utils/actor.server'
import { Agreement } from '#models/agreement'
import { Evidence } from '#models/evidence'
import { Obligation } from '#models/obligation'
import { demoActor, once, pdfBytes, useSeededDatabase } from './support/demo-data'

let commissioner: TActor
let pruProvider: TActor

async function attendanceReturns() {
  const owed = await listObligations({ actor: pruProvider, filters: { owedByMe: true, q: 'Attendance report for each student' }, today: '2026-11-23' })
  return owed.filter((obligation) => obligation.agreementReference === 'KCC-PRU-2025-001')
}

useSeededDatabase()

beforeAll(async () => {
  commissioner = await demoActor('commissioner@kent.example')
  pruProvider = await demoActor('provider@nwk-aps.example')
}, 120_000)

describe('a served notice ends the Kent PRU obligation schedule', () => {
  test('six months\' notice (main body, "terminated upon the tendering of six months notice") delivered by hand on 23 November 2026 ends Schedule 1 clause 7.VII attendance returns with May 2027', async () => {
    const pru = await Agreement.findOne({ reference: 'KCC-PRU-2025-001' }).lean()
    const agreementId = String(pru?._id)

    // September 2025 to August 2028: 36 monthly returns before any notice.
    const before = await attendanceReturns()
    expect(before).toHaveLength(36)
    const june2027 = before.find((obligation) => obligation.periodLabel === 'June 2027')
    const july2027 = before.find((obligation) => obligation.periodLabel === 'July 2027')
    expect(june2027).toMatchObject({ dueOn: '2027-07-10', state: 'pending' })

    // The PRU sends June 2027's return early; it must survive the notice with its evidence.
    const obligation = await authoriseEvidenceUpload({ actor: pruProvider, obligationId: String(june2027?._id) })
    const file = await receiveEvidenceFile({ filename: 'attendance june 2027.pdf', data: once(await pdfBytes('Attendance, June 2027')) })
    await recordEvidence({ actor: pruProvider, obligation, file, input: { description: 'Attendance for June 2027' } })

    // The PRU agreement has no notices clause, so a notice delivered by hand is served that day,
    // 23 November 2026; six months later is 23 May 2027.
    await recordAgreementEvent({ actor: commissioner, agreementId, input: { type: 'notice_served', occurredOn: '2026-11-23', method: 'hand', time: '11:00' } })

    const { entries } = await getAgreementTimeline({ actor: commissioner, agreementId })
    expect(new Set(entries.filter((entry) => entry.key === 'termination.effective').map((entry) => entry.date))).toEqual(new Set(['2027-05-23']))

    // September 2025 to May 2027 is 21 months; May's return is due 10 June 2027.
    const after = await attendanceReturns()
    expect(after).toHaveLength(21)
    expect(after.at(-1)).toMatchObject({ periodLabel: 'May 2027', dueOn: '2027-06-10' })

    // July 2027 was untouched: gone. June 2027 had evidence: kept, withdrawn, its evidence still there.
    expect(await Obligation.findById(july2027?._id).lean()).toBeNull()
    expect(await Obligation.findById(june2027?._id).lean()).toMatchObject({ withdrawn: true, state: 'submitted' })
    expect(await Evidence.countDocuments({ obligation: june2027?._id })).toBe(1)
  })

  test('a variation made after the notice keeps its termination on 23 May 2027 in the timeline and the event list', async () => {
    const original = await Agreement.findOne({ reference: 'KCC-PRU-2025-001', version: 1 }).lean()
    if (!original) throw new Error('No seeded Kent PRU agreement')
    const { _id: _originalId, ...rest } = original
    const varied = await Agreement.create({ ...rest, version: 2, previousVersion: original._id, status: 'active' })
    await Agreement.updateOne({ _id: original._id }, { $set: { status: 'superseded' } })

    const { entries } = await getAgreementTimeline({ actor: commissioner, agreementId: String(varied._id) })
    expect(new Set(entries.filter((entry) => entry.key === 'termination.effective').map((entry) => entry.date))).toEqual(new Set(['2027-05-23']))
    expect((await listAgreementEvents({ actor: commissioner, agreementId: String(varied._id) })).map((event) => event.type)).toEqual(['notice_served'])
  })

  test('Schedule 1 clause 9: termly KPI reports stop with Term 4 2026/27, due 25 March 2027; Term 5 ends 28 May, after termination on 23 May', async () => {
    const owed = await listObligations({ actor: pruProvider, filters: { owedByMe: true, q: 'KPI report' }, today: '2026-11-23' })
    const kpis = owed.filter((obligation) => obligation.agreementReference === 'KCC-PRU-2025-001')
    expect(kpis.at(-1)).toMatchObject({ periodLabel: 'Term 4 2026/27', dueOn: '2027-03-25' })
  })
})
