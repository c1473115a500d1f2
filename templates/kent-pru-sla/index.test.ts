import { findClause } from '#clauses/agreement-content'
import { listReviewBlockers } from '#clauses/review-blockers'
import { renderAgreementDocument, renderAgreementText } from '#clauses/render-document'
import { kentPruSla } from './index'

const built = kentPruSla.build()
const text = renderAgreementText({ reference: 'KCC-PRU-TEST', version: 1, status: 'draft', ...built })

/** Copied from seed 000. */
const SEED_SENTENCES = [
  'A notice period of six months must be tendered.',
  'their decision being final and binding on both parties.',
  'the first education care plan must be prepared within 15 term-time days of the young person being admitted to the programme.',
  'All complaints will be notified to the Authorised Office within 72 hours of the initial complaint',
  'The monitoring report should be sent to KCC two weeks prior to this meeting.',
  'will undertake to keep a record and report on a monthly basis on attendance for each student to KCC',
  'within five working days of referral',
  'The duration of the contract is three years.',
]

describe('Kent PRU SLA template (seed 000)', () => {
  it('runs for three years from a commencement date the drafter fills in', () => {
    const term = built.content.sections.find((section) => section.id === 'term')?.clauses[0]
    expect(term?.kind === 'term' && term.params).toEqual({ commencesOn: undefined, duration: { amount: 3, unit: 'years' } })
    expect(term?.requiredFields).toEqual(['commencesOn'])
  })

  it('ends on six months notice, by agreement or for breach', () => {
    const notices = built.content.sections.flatMap((section) => section.clauses).filter((clause) => clause.kind === 'termination')
    expect(notices.map((clause) => clause.kind === 'termination' && [clause.params.noticePeriod, clause.params.alignment, clause.params.byMutualAgreement, clause.params.needsAgreementOfBoth])).toEqual([
      [{ amount: 6, unit: 'months' }, { kind: 'none' }, false, undefined],
      [{ amount: 6, unit: 'months' }, { kind: 'none' }, false, true],
    ])
  })

  it('sends disputes to the Management Committee for 21 days, then the Corporate Director, final and binding', () => {
    const disputes = built.content.sections.find((section) => section.id === 'disputes')?.clauses[0]
    expect(disputes?.kind === 'dispute-resolution' && disputes.params).toEqual({
      stages: [
        { forum: 'members of the Management Committee', timeLimit: { amount: 21, unit: 'calendar_days' }, finalAndBinding: false },
        { forum: 'the Corporate Director, Education, Learning and Skills', finalAndBinding: true },
      ],
      escalationNeedsAgreement: true,
    })
  })

  it('reports ten KPIs termly with targets of 95% and 100%', () => {
    const kpis = findClause(built.content, 'kpis', '9')
    expect(kpis?.params.reporting).toEqual({ due: { kind: 'termly' }, to: 'KCC' })
    expect(kpis?.params.indicators.map((indicator) => indicator.targets.map((target) => target.percentage))).toEqual([
      [100], [100], [95], [95], [100], [100], [100], [100], [95], [100],
    ])
  })

  it('has the timed obligations and reports of Schedule 1', () => {
    expect(findClause(built.content, 'obligations', '3(c)')?.params.obligations[0].due).toEqual({
      kind: 'after_event',
      within: { amount: 5, unit: 'business_days' },
      event: 'referral',
    })
    expect(findClause(built.content, 'obligations', '6(f)')?.params.obligations[0].due).toEqual({
      kind: 'after_event',
      within: { amount: 15, unit: 'school_days' },
      event: 'the young person being admitted to the programme',
    })
    expect(findClause(built.content, 'obligations', '7(V)')?.params.obligations[0].due).toEqual({
      kind: 'after_event',
      within: { amount: 72, unit: 'hours' },
      event: 'the initial complaint',
    })
    expect(findClause(built.content, 'reporting', '7(VII)')?.params.reports[0].frequency).toBe('monthly')
    const annual = findClause(built.content, 'reporting', '9(XXI)')?.params.reports[0].due
    expect(annual?.kind === 'before_annual_event' && annual.before).toEqual({ amount: 2, unit: 'weeks' })
  })

  it('names its proposals as the document cites them: Schedule 1, paragraphs 7(VII) and 9(XXI)', () => {
    const proposals = listReviewBlockers(built).filter((blocker) => blocker.kind === 'proposal')
    expect(proposals.map((blocker) => blocker.message.split(':')[0])).toEqual(['Schedule 1, paragraph 7(VII)', 'Schedule 1, paragraph 9(XXI)'])
  })

  it('renders the seed key sentences and the KPI table', () => {
    for (const sentence of SEED_SENTENCES) expect(text).toContain(sentence)
    expect(text).toContain('Students in education, employment or training in the January after completing Year 11 | 95%')
  })

  it('is signed by a KCC officer and the Chair of the Management Committee', () => {
    const signatures = renderAgreementDocument({ reference: 'T', version: 1, status: 'draft', ...built }).blocks.find((block) => block.type === 'signatures')
    expect(signatures?.type === 'signatures' && signatures.signatories.map((slot) => [slot.party, slot.role])).toEqual([
      ['Kent County Council', 'Officer of KCC'],
      ['[name of the Provider]', 'Chair of Management Committee'],
    ])
  })

  it('uses the drafter’s dates', () => {
    const dated = kentPruSla.build({ commencesOn: '2026-09-01' })
    const datedText = renderAgreementText({ reference: 'T', version: 1, status: 'draft', ...dated })
    expect(datedText).toContain('This agreement shall commence on 1 September 2026 and, remain in place for a period of three full calendar years.')
  })
})
