// The compliance services against the embedded database with the demo data seeded: obligations
// generated from the seeded Kent PRU and Kent STLS agreements, evidence upload and review, KPI
// returns, and that one provider cannot see, upload to or download from another's obligations; and
// that the seeded Leicestershire SEIP agreement, in force, has its Schedule 2 filled in.
import { createHash } from 'node:crypto'
import { Types } from 'mongoose'
import nodemailer from 'nodemailer'
import { getComplianceDashboard } from '#app/services/compliance/get-compliance-dashboard.server'
import { getEvidenceDownload } from '#app/services/compliance/get-evidence-download.server'
import { getAgreementKpis } from '#app/services/compliance/kpis.server'
import { saveKpiReturn } from '#app/services/compliance/save-kpi-return.server'
import { listNearestObligations, listObligations } from '#app/services/compliance/list-obligations.server'
import { reviewObligation } from '#app/services/compliance/review-obligation.server'
import { sendReminderDigest } from '#app/services/compliance/send-reminder-digest.server'
import { authoriseEvidenceUpload, receiveEvidenceFile, recordEvidence } from '#app/services/compliance/upload-evidence.server'
import { recordAgreementEvent } from '#app/services/timeline/record-agreement-event.server'
import { updateStatusesByEndDate } from '#app/services/agreements/update-statuses-by-end-date.server'
import { daysBetween, plusDays } from '#clauses/calendar/dates'
import { type TActor } from '#app/utils/actor.server'
import { listRequiredBlanks, type AgreementContent } from '#clauses/agreement-content'
import { renderAgreementText } from '#clauses/render-document'
import { Agreement, partiesOf, renderContextOf } from '#models/agreement'
import { clauseLabelInSection } from '#app/services/agreements/clause-label.server'
import { clauseOptionName } from '#app/services/agreements/clause-option-name.server'
import { AuditEvent } from '#models/audit-event'
import { Evidence } from '#models/evidence'
import { KpiReturn } from '#models/kpi-return'
import { Obligation } from '#models/obligation'
import { storedKeys, sweepAsIfTomorrow } from '#test/support/file-store'
import { demoActor, once, pdfBytes, useSeededDatabase } from './support/demo-data'

let commissioner: TActor
let pruProvider: TActor
let stlsProvider: TActor
let auditor: TActor


async function upload(by: TActor, obligationId: string, filename: string, bytes: Buffer, description = 'Termly report') {
  const obligation = await authoriseEvidenceUpload({ actor: by, obligationId })
  const file = await receiveEvidenceFile({ filename, data: once(bytes) })
  return recordEvidence({ actor: by, obligation, file, input: { description } })
}

useSeededDatabase()

beforeAll(async () => {
  commissioner = await demoActor('commissioner@kent.example')
  pruProvider = await demoActor('provider@nwk-aps.example')
  stlsProvider = await demoActor('provider@meadowbank.example')
  auditor = await demoActor('auditor@kent.example')
}, 120_000)

describe('obligations of the seeded Kent agreements', () => {
  test('the dashboard reminds of the ten outstanding obligations due nearest to today, overdue or due soon, earliest first', async () => {
    const today = '2026-12-04'
    const nearest = await listNearestObligations({ actor: commissioner, today, limit: 10 })
    const outstanding = await listObligations({ actor: commissioner, filters: { when: 'attention' }, today, limit: 5000 })
    // Both sides of today are in reach, so the choice is by distance, not by date alone.
    expect(outstanding.some((obligation) => obligation.dueOn < today) && outstanding.some((obligation) => obligation.dueOn >= today)).toBe(true)
    expect(nearest).toHaveLength(10)
    expect(nearest.map((obligation) => obligation.dueOn)).toEqual(nearest.map((obligation) => obligation.dueOn).sort())
    const distance = (dueOn: string) => Math.abs(daysBetween(dueOn, today))
    const furthestShown = Math.max(...nearest.map((obligation) => distance(obligation.dueOn)))
    const chosen = new Set(nearest.map((obligation) => String(obligation._id)))
    for (const left of outstanding.filter((obligation) => !chosen.has(String(obligation._id)))) expect(distance(left.dueOn)).toBeGreaterThanOrEqual(furthestShown)
  })

  test('Kent STLS clause 13.3: the host school owes 6 termly Local Activity Reports in 2026/27, at the end of each Kent term', async () => {
    const owed = await listObligations({ actor: stlsProvider, filters: { owedByMe: true }, today: '2026-11-23' })
    const reports = owed.filter((obligation) => obligation.name === 'Local Activity Report' && obligation.periodKey.startsWith('2026/27'))
    expect(reports.map((obligation) => obligation.dueOn)).toEqual(['2026-10-23', '2026-12-18', '2027-02-12', '2027-03-25', '2027-05-28', '2027-07-21'])
    // The 13.5 timetable's Local Activity Report row is the same report: one obligation citing both.
    expect(reports.map((obligation) => obligation.clause)).toEqual(Array(6).fill('13.3 and 13.5'))
    expect(owed.every((obligation) => obligation.agreementReference === 'KCC-STLS-2026-001')).toBe(true)
    // Term 1 ended 23 October 2026 with nothing submitted: overdue on 23 November.
    expect(reports[0]).toMatchObject({ overdue: true, dueSoon: false })
    expect(reports[1]).toMatchObject({ overdue: false, dueSoon: true })
  })

  test('Kent PRU Schedule 1 clause 9 and 7.VII: termly KPI reports and monthly attendance reports from the PRU', async () => {
    const owed = await listObligations({ actor: pruProvider, filters: { owedByMe: true }, today: '2026-11-23' })
    const kpis = owed.filter((obligation) => obligation.name === 'KPI report' && obligation.periodKey.startsWith('2026/27'))
    expect(kpis.map((obligation) => obligation.dueOn)).toEqual(['2026-10-23', '2026-12-18', '2027-02-12', '2027-03-25', '2027-05-28', '2027-07-21'])
    const attendance = owed.filter((obligation) => obligation.name === 'Attendance report for each student')
    // September 2025 to August 2028: 36 monthly returns, each by the 10th of the next month.
    expect(attendance).toHaveLength(36)
    expect(attendance[0]).toMatchObject({ periodLabel: 'September 2025', dueOn: '2025-10-10' })
    expect(owed.every((obligation) => obligation.agreementReference === 'KCC-PRU-2025-001')).toBe(true)
  })

  test('Kent PRU Schedule 1 clause 7.V: recording a complaint (Friday 6 November 2026, 15:00) at once asks the PRU to notify it by Monday 9 November', async () => {
    const pru = await Agreement.findOne({ reference: 'KCC-PRU-2025-001' }).lean()
    const notifications = async () =>
      (await listObligations({ actor: pruProvider, filters: { owedByMe: true, q: 'Notify all complaints' }, today: '2026-11-23' })).filter((obligation) => obligation.periodKey.startsWith('event:'))
    expect(await notifications()).toEqual([])
    await recordAgreementEvent({ actor: commissioner, agreementId: String(pru?._id), input: { type: 'complaint_received', occurredOn: '2026-11-06', time: '15:00' } })
    expect(await notifications()).toEqual([expect.objectContaining({ dueOn: '2026-11-09', periodLabel: 'Complaint received 6 November 2026', state: 'pending', overdue: true })])
  })

  test('the commissioner and the auditor see both providers\' obligations; each provider only its own', async () => {
    const references = async (by: TActor) => new Set((await listObligations({ actor: by, today: '2026-11-23', limit: 5000 })).map((obligation) => obligation.agreementReference))
    expect(await references(commissioner)).toEqual(new Set(['KCC-PRU-2025-001', 'KCC-STLS-2026-001']))
    expect(await references(auditor)).toEqual(new Set(['KCC-PRU-2025-001', 'KCC-STLS-2026-001']))
    expect(await references(pruProvider)).toEqual(new Set(['KCC-PRU-2025-001']))
    expect(await references(stlsProvider)).toEqual(new Set(['KCC-STLS-2026-001']))
  })
})

describe('evidence and review', () => {
  test('upload, return with a comment, resubmit, accept; each step audited; the file downloads byte for byte', async () => {
    const [report] = await listObligations({ actor: stlsProvider, filters: { owedByMe: true, q: 'Local Activity Report, Term 2 2026/27' }, today: '2026-11-23' })
    const obligationId = String(report._id)
    const bytes = await pdfBytes('Local Activity Report, Term 2 2026/27')
    const evidence = await upload(stlsProvider, obligationId, 'LAR term 2.pdf', bytes)
    expect(evidence.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect((await Obligation.findById(obligationId).lean())?.state).toBe('submitted')

    await expect(reviewObligation({ actor: commissioner, obligationId, input: { decision: 'return', comment: '' } })).rejects.toMatchObject({ code: 'validation' })
    await reviewObligation({ actor: commissioner, obligationId, input: { decision: 'return', comment: 'Add the LIFT figures for December' } })
    expect((await Obligation.findById(obligationId).lean())?.state).toBe('returned')
    await expect(reviewObligation({ actor: stlsProvider, obligationId, input: { decision: 'accept', comment: '' } })).rejects.toMatchObject({ code: 'forbidden' })

    await upload(stlsProvider, obligationId, 'LAR term 2 v2.pdf', await pdfBytes('with LIFT figures'), 'Revised with LIFT figures')
    expect((await Obligation.findById(obligationId).lean())?.state).toBe('resubmitted')
    await reviewObligation({ actor: commissioner, obligationId, input: { decision: 'accept', comment: 'Thank you' } })
    expect((await Obligation.findById(obligationId).lean())?.state).toBe('accepted')
    await expect(upload(stlsProvider, obligationId, 'late.pdf', bytes)).rejects.toMatchObject({ code: 'conflict' })

    const actions = (await AuditEvent.find({ 'subject.id': obligationId }).sort({ at: 1 }).lean()).map((event) => event.action)
    expect(actions).toEqual(['evidence.uploaded', 'obligation.returned', 'evidence.uploaded', 'obligation.accepted'])
    // In the words the obligation pages use, not the stored state names.
    const uploads = (await AuditEvent.find({ 'subject.id': obligationId, action: 'evidence.uploaded' }).sort({ at: 1 }).lean()).map((event) => event.summary)
    expect(uploads[0]).toMatch(/; now Submitted \(was Pending\)$/)
    expect(uploads[1]).toMatch(/; now Resubmitted \(was Returned\)$/)

    const { evidence: found, stream } = await getEvidenceDownload({ actor: commissioner, evidenceId: String(evidence._id) })
    const hash = createHash('sha256')
    for await (const chunk of stream) hash.update(chunk as Buffer)
    expect(hash.digest('hex')).toBe(found.sha256)
  })

  test('a review made while a file was uploading wins: the upload is refused, no evidence is recorded, and its bytes go with the next sweep', async () => {
    const [report] = await listObligations({ actor: stlsProvider, filters: { owedByMe: true, q: 'Local Activity Report, Term 5 2026/27' }, today: '2026-11-23' })
    const obligationId = String(report._id)
    await upload(stlsProvider, obligationId, 'LAR term 5.pdf', await pdfBytes('Term 5'))
    const before = await storedKeys()

    const readBeforeStreaming = await authoriseEvidenceUpload({ actor: stlsProvider, obligationId })
    const file = await receiveEvidenceFile({ filename: 'LAR term 5 addendum.pdf', data: once(await pdfBytes('Addendum')) })
    await reviewObligation({ actor: commissioner, obligationId, input: { decision: 'accept', comment: '' } })
    await expect(recordEvidence({ actor: stlsProvider, obligation: readBeforeStreaming, file, input: { description: 'Addendum' } })).rejects.toMatchObject({
      code: 'conflict',
      message: 'This obligation changed while the file was uploading (it may just have been reviewed); reload the page to see it',
    })

    expect((await Obligation.findById(obligationId).lean())?.state).toBe('accepted')
    expect((await Evidence.find({ obligation: obligationId }).lean()).map((evidence) => evidence.filename)).toEqual(['LAR term 5.pdf'])
    // The bytes were kept before the transaction that failed; no record names them, so the sweep removes them.
    expect(await storedKeys()).toEqual([...before, `sha256/${file.sha256}`].sort())
    await sweepAsIfTomorrow()
    expect(await storedKeys()).toEqual(before)
    const actions = (await AuditEvent.find({ 'subject.id': obligationId }).sort({ at: 1 }).lean()).map((event) => event.action)
    expect(actions).toEqual(['evidence.uploaded', 'obligation.accepted'])
  })

  test('the PRU provider cannot see, upload to or download from the STLS school\'s obligations', async () => {
    const [stlsReport] = await listObligations({ actor: stlsProvider, filters: { owedByMe: true, q: 'Local Activity Report, Term 3 2026/27' }, today: '2026-11-23' })
    const before = await storedKeys()
    await expect(authoriseEvidenceUpload({ actor: pruProvider, obligationId: String(stlsReport._id) })).rejects.toMatchObject({ code: 'not_found' })
    expect(await storedKeys()).toEqual(before)

    const evidence = await upload(stlsProvider, String(stlsReport._id), 'term 3.pdf', await pdfBytes('Term 3'))
    await expect(getEvidenceDownload({ actor: pruProvider, evidenceId: String(evidence._id) })).rejects.toMatchObject({ code: 'not_found' })
    expect((await getEvidenceDownload({ actor: auditor, evidenceId: String(evidence._id) })).evidence.filename).toBe('term 3.pdf')
  })

  test('the authority\'s own duties (Kent STLS 13.5, MIU reports) cannot take provider uploads', async () => {
    const [miuReport] = (await listObligations({ actor: stlsProvider, filters: { q: 'Attendance and Exclusion Report' }, today: '2026-11-23' }))
    expect(String(miuReport.organisation)).toBe(String(miuReport.authority))
    await expect(authoriseEvidenceUpload({ actor: stlsProvider, obligationId: String(miuReport._id) })).rejects.toMatchObject({ code: 'forbidden' })
  })
})

describe('KPI returns', () => {
  test('Kent STLS Appendix 1 indicator 2.1: 29 of 40 pupils is 72.5%, amber (70-74%); 1.2 is a count, not rated; the PRU provider cannot enter them', async () => {
    const stls = await Agreement.findOne({ reference: 'KCC-STLS-2026-001' }).lean()
    const input = { period: '2026/27:Term 2', values: { 'kpi-2.1': { numerator: '29', denominator: '40' }, 'kpi-1.2': { count: 14 } } }
    const saved = await saveKpiReturn({ actor: stlsProvider, agreementId: String(stls?._id), input })
    expect(saved).toMatchObject({ period: { label: 'Term 2 2026/27' }, saved: 2, complete: false, submitted: false })
    expect(saved.missing).toHaveLength(9)
    const stored = await KpiReturn.find({ series: stls?._id, periodKey: '2026/27:Term 2' }).sort({ indicatorId: 1 }).lean()
    expect(stored.map(({ indicatorId, measure, value, shown, rag }) => ({ indicatorId, measure, value, shown, rag }))).toEqual([
      { indicatorId: 'kpi-1.2', measure: 'count', value: 14, shown: '14', rag: null },
      { indicatorId: 'kpi-2.1', measure: 'percentage', value: 72.5, shown: '72.5% (29 of 40)', rag: 'amber' },
    ])
    await expect(saveKpiReturn({ actor: pruProvider, agreementId: String(stls?._id), input })).rejects.toMatchObject({ code: 'not_found' })

    const dashboard = await getComplianceDashboard({ actor: commissioner, today: '2026-11-23' })
    const row = dashboard.find((agreement) => agreement.reference === 'KCC-STLS-2026-001')
    expect(row?.kpi).toMatchObject({ rag: 'amber' })
    // Accepted above: the Term 2 and Term 5 reports; awaiting review: Term 3. A part return submits nothing.
    expect(row?.counts).toMatchObject({ accepted: 2, returned: 0, awaitingReview: 1 })
    // Overdue on 23 November 2026, from 1 April 2026: e.g. Local Activity Reports of Terms 5 and 6 2025/26 and Term 1 2026/27.
    expect(row?.counts.overdue).toBeGreaterThanOrEqual(3)
  })

  test('a return names each field with a problem, by indicator, and saves none of it', async () => {
    const stls = await Agreement.findOne({ reference: 'KCC-STLS-2026-001' }).lean()
    const input = {
      period: '2026/27:Term 4',
      values: { 'kpi-1.2': { numerator: 3, denominator: 4 }, 'kpi-2.1': { numerator: '41', denominator: '40' }, 'kpi-2.2': { numerator: '', denominator: '4' }, 'kpi-1.1': { count: 'many' }, 'kpi-9.9': { count: 1 } },
    }
    const refusal = saveKpiReturn({ actor: stlsProvider, agreementId: String(stls?._id), input })
    await expect(refusal).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: {
        'values.kpi-1.2.count': 'KPI 1.2: enter the count',
        'values.kpi-2.1.numerator': 'KPI 2.1: the numerator cannot be more than the denominator',
        'values.kpi-2.2.numerator': 'KPI 2.2: enter the numerator',
        'values.kpi-1.1.count': 'KPI 1.1: enter the count as a whole number',
        'values.kpi-9.9': 'There is no indicator kpi-9.9 in this agreement',
      },
    })
    await expect(saveKpiReturn({ actor: stlsProvider, agreementId: String(stls?._id), input: { period: 'Term 9', values: { 'kpi-1.1': { count: 1 } } } })).rejects.toMatchObject({ fieldErrors: { period: "That period is not one this agreement's KPIs are returned for" } })
    await expect(saveKpiReturn({ actor: stlsProvider, agreementId: String(stls?._id), input: { period: '2026/27:Term 4', values: {} } })).rejects.toMatchObject({ fieldErrors: { values: 'Enter the figures for at least one indicator' } })
    expect(await KpiReturn.countDocuments({ series: stls?._id, periodKey: '2026/27:Term 4' })).toBe(0)
  })

  test('a complete return submits the period\'s KPI report, so it is no longer overdue, refreshes the dashboard and is audited', async () => {
    const stls = await Agreement.findOne({ reference: 'KCC-STLS-2026-001' }).lean()
    const kpis = await getAgreementKpis({ actor: stlsProvider, agreementId: String(stls?._id), today: '2026-12-04' })
    // On 4 December 2026 the latest period already due is Term 1 2026/27 (due 23 October); Term 2 is due on 18 December.
    expect(kpis.openPeriodKey).toBe('2026/27:Term 1')
    expect(kpis.indicators.filter((indicator) => indicator.measure === 'count').map((indicator) => indicator.shortName)).toEqual(['KPI 1.1', 'KPI 1.2', 'KPI 3.3', 'KPI 4.1'])
    const termOne = kpis.periods.find((period) => period.periodKey === '2026/27:Term 1')
    expect(termOne).toMatchObject({ state: 'pending', overdue: true })
    const before = (await getComplianceDashboard({ actor: commissioner, today: '2026-12-04' })).find((row) => row.reference === 'KCC-STLS-2026-001')

    const values = Object.fromEntries(kpis.indicators.map((indicator) => [indicator.id, indicator.measure === 'count' ? { count: 12 } : { numerator: 30, denominator: 40 }]))
    const saved = await saveKpiReturn({ actor: stlsProvider, agreementId: String(stls?._id), input: { period: '2026/27:Term 1', values } })
    expect(saved).toMatchObject({ saved: 11, complete: true, submitted: true, missing: [] })

    const [report] = await listObligations({ actor: stlsProvider, filters: { owedByMe: true, q: 'KPI report, Term 1 2026/27' }, today: '2026-12-04' })
    expect(report).toMatchObject({ state: 'submitted', overdue: false })
    const after = (await getComplianceDashboard({ actor: commissioner, today: '2026-12-04' })).find((row) => row.reference === 'KCC-STLS-2026-001')
    expect(after?.counts.awaitingReview).toBe((before?.counts.awaitingReview ?? 0) + 1)
    expect(after?.counts.overdue).toBe((before?.counts.overdue ?? 0) - 1)
    const audit = await AuditEvent.findOne({ action: 'kpi_return.saved', 'subject.id': String(report._id) }).lean()
    expect(audit?.summary).toContain('KPI 1.2 12; KPI 1.3 75% (30 of 40) (green)')
    expect(audit?.summary).toContain('The return is complete; the KPI report is now Submitted (was Pending)')

    // A correction while it waits for review leaves it submitted.
    expect(await saveKpiReturn({ actor: stlsProvider, agreementId: String(stls?._id), input: { period: '2026/27:Term 1', values: { 'kpi-1.2': { count: 13 } } } })).toMatchObject({ complete: true, submitted: false })
    await reviewObligation({ actor: commissioner, obligationId: String(report._id), input: { decision: 'accept', comment: '' } })
    await expect(saveKpiReturn({ actor: stlsProvider, agreementId: String(stls?._id), input: { period: '2026/27:Term 1', values: { 'kpi-1.2': { count: 14 } } } })).rejects.toMatchObject({ code: 'conflict' })
  })
})

describe('KPI returns saved before measures were declared', () => {
  test('are read as the percentages they were, and a count entered over one keeps no numerator, denominator or percentage', async () => {
    const stls = await Agreement.findOne({ reference: 'KCC-STLS-2026-001' }).lean()
    const { periods } = await getAgreementKpis({ actor: stlsProvider, agreementId: String(stls?._id) })
    const period = periods.find((candidate) => candidate.periodLabel === 'Term 6 2026/27')
    const [owed] = period?.obligations ?? []
    await KpiReturn.collection.insertOne({
      series: stls?._id, agreement: stls?._id, authority: new Types.ObjectId(owed.authority), organisation: new Types.ObjectId(owed.organisation),
      indicatorId: 'kpi-1.2', indicatorLabel: '1.2', periodKey: period?.periodKey, periodLabel: period?.periodLabel, dueOn: period?.dueOn,
      numerator: 1, denominator: 2, percentage: 50, rag: null, ratedBy: 'Not RAG rated', enteredBy: new Types.ObjectId(stlsProvider.id), enteredByName: 'Before', enteredAt: new Date(),
    })
    const before = (await getAgreementKpis({ actor: stlsProvider, agreementId: String(stls?._id) })).returns.find((kpiReturn) => kpiReturn.periodKey === period?.periodKey)
    expect(before).toMatchObject({ measure: 'percentage', value: 50, shown: '50% (1 of 2)' })

    await saveKpiReturn({ actor: stlsProvider, agreementId: String(stls?._id), input: { period: period?.periodKey, values: { 'kpi-1.2': { count: 6 } } } })
    const after = await KpiReturn.findOne({ series: stls?._id, periodKey: period?.periodKey, indicatorId: 'kpi-1.2' }).lean()
    expect(after).toMatchObject({ measure: 'count', count: 6, value: 6, shown: '6' })
    expect(after).not.toHaveProperty('numerator')
    expect(after).not.toHaveProperty('percentage')
  })
})

describe('KPI returns of a yes or no', () => {
  test('Southend clause 9, KPIs 3 and 4 ("in line with or better than national average"): yes meets them, no is red, anything else is refused by name', async () => {
    const southend = await Agreement.findOne({ reference: 'SCC-AP-2025-001' }).lean()
    const provider = await demoActor('provider@parallel-learning.example')
    const { periods, indicators } = await getAgreementKpis({ actor: provider, agreementId: String(southend?._id) })
    expect(indicators.filter((indicator) => indicator.measure === 'yes_no').map(({ shortName, ragRule }) => [shortName, ragRule])).toEqual([
      ['KPI 3', 'Expected yes'],
      ['KPI 4', 'Expected yes'],
    ])
    const [period] = periods
    const refused = saveKpiReturn({ actor: provider, agreementId: String(southend?._id), input: { period: period.periodKey, values: { 'kpi-3': { answer: 'maybe' } } } })
    await expect(refused).rejects.toMatchObject({ fieldErrors: { 'values.kpi-3.answer': 'KPI 3: choose yes or no' } })
    await saveKpiReturn({ actor: provider, agreementId: String(southend?._id), input: { period: period.periodKey, values: { 'kpi-3': { answer: 'yes' }, 'kpi-4': { answer: 'no' } } } })
    const stored = await KpiReturn.find({ series: southend?._id, periodKey: period.periodKey }).sort({ indicatorId: 1 }).lean()
    expect(stored.map(({ indicatorId, shown, rag, ratedBy }) => [indicatorId, shown, rag, ratedBy])).toEqual([
      ['kpi-3', 'Yes', 'green', 'Expected yes: met'],
      ['kpi-4', 'No', 'red', 'Expected yes: missed'],
    ])
  })
})

describe('KPI returns, all or nothing', () => {
  test('figures whose audit event cannot be written are not saved either, and the report is not submitted', async () => {
    const stls = await Agreement.findOne({ reference: 'KCC-STLS-2026-001' }).lean()
    const { indicators } = await getAgreementKpis({ actor: stlsProvider, agreementId: String(stls?._id) })
    const values = Object.fromEntries(indicators.map((indicator) => [indicator.id, indicator.measure === 'count' ? { count: 3 } : { numerator: 30, denominator: 40 }]))
    const failure = vi.spyOn(AuditEvent, 'create').mockRejectedValueOnce(new Error('disk full'))
    await expect(saveKpiReturn({ actor: stlsProvider, agreementId: String(stls?._id), input: { period: '2026/27:Term 3', values } })).rejects.toThrow('disk full')
    failure.mockRestore()
    expect(await KpiReturn.countDocuments({ series: stls?._id, periodKey: '2026/27:Term 3' })).toBe(0)
    const [report] = await listObligations({ actor: stlsProvider, filters: { owedByMe: true, q: 'KPI report, Term 3 2026/27' } })
    expect(report.state).toBe('pending')
  })
})

describe('the commissioner dashboard, a page at a time', () => {
  test('agreements in force by expiry date: PRU (31 August 2028, end of its third academic year) before STLS (31 March 2029, three years from 1 April 2026), one per page', async () => {
    const all = await getComplianceDashboard({ actor: commissioner, today: '2026-11-23' })
    expect(all.map((row) => [row.reference, row.endsOn])).toEqual([
      ['KCC-PRU-2025-001', '2028-08-31'],
      ['KCC-STLS-2026-001', '2029-03-31'],
    ])
    const second = await getComplianceDashboard({ actor: commissioner, today: '2026-11-23', skip: 1, limit: 1 })
    expect(second.map((row) => row.reference)).toEqual(['KCC-STLS-2026-001'])
  })
})

describe('regenerating after a variation', () => {
  test('a new version asking for the Local Activity Report in terms 2, 4 and 6 only keeps the accepted Term 2 report and its evidence', async () => {
    const current = await Agreement.findOne({ reference: 'KCC-STLS-2026-001', version: 1 }).lean()
    if (!current) throw new Error('No seeded STLS agreement')
    const content = structuredClone(current.content)
    for (const section of content.sections) {
      for (const clause of section.clauses) {
        if (clause.kind === 'reporting' && clause.number === '13.3') clause.params.reports[0].terms = [2, 4, 6]
      }
    }
    const { _id: _previousId, ...rest } = current
    await Agreement.updateOne({ _id: current._id }, { $set: { status: 'superseded' } })
    await Agreement.create({ ...rest, version: 2, previousVersion: current._id, content, status: 'active' })
    const reports = (await listObligations({ actor: stlsProvider, filters: { owedByMe: true, q: 'Local Activity Report,' }, today: '2026-11-23' })).filter(
      (obligation) => obligation.name === 'Local Activity Report' && obligation.periodKey.startsWith('2026/27'),
    )
    // Term 3 had evidence submitted above, so it is kept but withdrawn (not listed); terms 1 and 5 are removed.
    expect(reports.map((obligation) => [obligation.periodLabel, obligation.state])).toEqual([
      ['Term 2 2026/27', 'accepted'],
      ['Term 4 2026/27', 'pending'],
      ['Term 6 2026/27', 'pending'],
    ])
    const withdrawn = await Obligation.findOne({ key: 'monitoring.13.3/local-activity-report@2026/27:Term 3' }).lean()
    expect(withdrawn).toMatchObject({ withdrawn: true, state: 'submitted' })
  })
})

describe('the daily status update', () => {
  test('on 23 November 2026 Nottingham (ends 31 March 2027) becomes expiring, once; Southend expires after its end date', async () => {
    const changed = await updateStatusesByEndDate({ today: '2026-11-23' })
    expect(await updateStatusesByEndDate({ today: '2026-11-23' })).toEqual([])
    // Kent PRU and STLS, Leicestershire and the other versions end after 23 May 2027; Southend is seeded as expiring.
    expect(changed).toEqual([{ reference: 'NCC-DF-2026-001', from: 'active', to: 'expiring' }])
    const nottingham = await Agreement.findOne({ reference: 'NCC-DF-2026-001', version: 1 }).lean()
    expect(nottingham?.status).toBe('expiring')
    expect(nottingham?.history.at(-1)).toMatchObject({ actorName: 'System', action: 'agreement.expiring', summary: 'Ends on 31 March 2027, within six months', fromStatus: 'active', toStatus: 'expiring' })
    expect(await AuditEvent.findOne({ action: 'agreement.expiring', 'subject.id': String(nottingham?._id) }).lean()).toMatchObject({ summary: 'NCC-DF-2026-001: from Active to Expiring. Ends on 31 March 2027, within six months' })

    const southend = await Agreement.findOne({ reference: 'SCC-AP-2025-001' }).lean()
    const dayAfter = plusDays(southend!.endsOn!, 1)
    expect(await updateStatusesByEndDate({ today: dayAfter })).toContainEqual({ reference: 'SCC-AP-2025-001', from: 'expiring', to: 'expired' })
    expect((await Agreement.findById(southend?._id).lean())?.status).toBe('expired')
  })
})

describe('the daily reminder digest', () => {
  test('tells each provider what its organisation owes', async () => {
    const sent: Array<{ to: string; text: string }> = []
    const transport = nodemailer.createTransport({ jsonTransport: true })
    transport.on('idle', () => undefined)
    const sendMail = transport.sendMail.bind(transport)
    transport.sendMail = (async (mail: { to: string; text: string }) => {
      sent.push({ to: mail.to, text: mail.text })
      return sendMail(mail)
    }) as typeof transport.sendMail
    const logs: string[] = []
    await sendReminderDigest({ today: '2026-11-23', transport, log: (message) => logs.push(message) })
    const school = sent.find((mail) => mail.to === 'provider@meadowbank.example')
    // Clause 13.5's timetable; the Local Activity Report is owed once, in the terms 13.3 was varied
    // to above (2, 4 and 6), so term 1's is not owed.
    expect(school?.text).toContain('Overdue: Budget Reporting, Term 1 2026/27, due 23 October 2026 (KCC-STLS-2026-001)')
    expect(school?.text).toContain('Overdue: Local Activity Report, Term 6 2025/26, due 21 July 2026 (KCC-STLS-2026-001)')
    expect(school?.text).not.toContain('Local Activity Report, Term 1 2026/27')
    expect(school?.text).not.toContain('Local Activity Report & KPI Report')
    expect(school?.text).not.toContain('KCC-PRU-2025-001')
    expect(sent.find((mail) => mail.to === 'provider@nwk-aps.example')?.text).toContain('Due in the next 30 days: KPI report, Term 2 2026/27, due 18 December 2026 (KCC-PRU-2025-001)')
    expect(logs).toEqual([`Reminder digest sent to ${sent.length} people`])
  })

  test('without SMTP_URL it sends nothing and says so in the log', async () => {
    const logs: string[] = []
    const result = await sendReminderDigest({ today: '2026-11-24', log: (message) => logs.push(message) })
    expect(result).toMatchObject({ sent: 0, skipped: true })
    expect(logs).toEqual(['Reminder digest skipped: SMTP_URL is not set'])
  })
})

describe('the seeded Kent STLS agreement', () => {
  test('names its district (clause 1.1) rather than leaving the detail blank', async () => {
    const agreement = await Agreement.findOne({ reference: 'KCC-STLS-2026-001' }).lean()
    const content = agreement?.content as AgreementContent
    const parties = partiesOf({ partyDetails: agreement?.partyDetails ?? [] })
    expect(content.details?.filter((detail) => !detail.value.trim())).toEqual([])
    const text = renderAgreementText({ reference: 'KCC-STLS-2026-001', title: agreement?.title ?? '', version: 1, status: 'active', parties, content })
    expect(text).toContain('within the Kent Local Authority Maidstone District')
    expect(text).not.toContain('[district]')
  })
})

describe('the seeded Leicestershire SEIP agreement', () => {
  test('Schedule 2 names the demo partnership, its Chair and Co-ordinator: no detail is left blank and no "<Insert ...>" is printed', async () => {
    const agreement = await Agreement.findOne({ reference: 'LCC-SEIP-2025-001' }).lean()
    const content = agreement?.content as AgreementContent
    const parties = partiesOf({ partyDetails: agreement?.partyDetails ?? [] })
    expect(content.details?.filter((detail) => !detail.value.trim())).toEqual([])
    expect(listRequiredBlanks({ parties, content }).filter((blank) => blank.path.startsWith('content.details'))).toEqual([])
    const text = renderAgreementText({ reference: 'LCC-SEIP-2025-001', title: agreement?.title ?? '', version: 1, status: 'active', parties, content })
    expect(text).toContain('The Chair of Hinckley and Bosworth SEIP is Dana Demo, who is Headteacher of Brookvale Academy (demo).')
    expect(text).not.toMatch(/<insert|\[partnership name\]|\[chair’s name\]|\[partnership area\]|\[INSERT\]/i)
    expect(text).toContain('the member schools of the Hinckley and Bosworth Secondary Education and Inclusion Partnership (SEIP)')
  })

  test('legal review, variations and the move choices name Schedule 2’s sections with the partnership, not its slot', async () => {
    const agreement = await Agreement.findOne({ reference: 'LCC-SEIP-2025-001' }).lean()
    const content = agreement?.content as AgreementContent
    const schedule = content.sections.find((section) => section.id === 'schedule-2')!
    const clause = schedule.clauses.find((candidate) => candidate.number === '2')!
    expect(clauseLabelInSection(schedule, clause, content.details)).toBe('2 Hinckley and Bosworth SEIP’s work with pupils with challenging behaviour')
    expect(clauseOptionName(clause, renderContextOf(agreement!))).toBe('2 Hinckley and Bosworth SEIP’s work with pupils with challenging behaviour')
  })
})
