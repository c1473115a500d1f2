import type { RenderContext } from '#clauses/clause-kind'
import { disputeResolutionClause } from '#clauses/dispute-resolution'
import { fundingClause, linePaidAmount } from '#clauses/funding'
import { clauseKinds, getClauseKind } from '#clauses/index'
import { kpisClause, ragLabels, ragRating } from '#clauses/kpis'
import { noticesClause } from '#clauses/notices'
import { recordsRetentionClause } from '#clauses/records-retention'
import { termClause } from '#clauses/term'
import { terminationClause } from '#clauses/termination'

const context: RenderContext = {
  parties: [
    { id: 'authority', role: 'authority', name: 'Leicestershire County Council', definedAs: 'the Authority' },
    { id: 'lead-school', role: 'lead_school', name: 'Beauchamp College', definedAs: 'the Lead School' },
  ],
}

const texts = (rendered: { paragraphs: Array<{ text: string }> }) => rendered.paragraphs.map((paragraph) => paragraph.text)

describe('the clause kind registry', () => {
  it('has one definition per kind name, each with a label and a one-line description', () => {
    const names = clauseKinds.map((definition) => definition.kind)
    expect(new Set(names).size).toBe(names.length)
    for (const definition of clauseKinds) {
      expect(definition.label.length).toBeGreaterThan(0)
      expect(definition.description).not.toContain('\n')
    }
    expect(getClauseKind('termination')?.label).toBe('Termination')
    expect(getClauseKind('indemnity')).toBeUndefined()
  })
})

describe('clause renderers', () => {
  it('renders a term with dates in words and backdating', () => {
    const rendered = termClause.render({ commencesOn: '2017-02-23', endsOn: '2018-03-31', backdatedTo: '2016-04-01', extension: { inWriting: true, runsFor: 'financial_year' } }, context)
    expect(texts(rendered)).toEqual([
      'This Agreement commences on 23 February 2017 (backdated to 1 April 2016) and continues until 31 March 2018.',
      'This Agreement may be extended by the written agreement of the parties and will run from April to the following March ("Financial Year").',
    ])
  })

  it('renders a term given as a duration', () => {
    expect(texts(termClause.render({ commencesOn: '2026-09-01', duration: { amount: 3, unit: 'years' } }, context))).toEqual([
      'This Agreement commences on 1 September 2026 and remains in place for a period of 3 years.',
    ])
  })

  it('renders termination by notice aligned to the end of an academic year', () => {
    const rendered = terminationClause.render(
      { noticeBy: 'either', noticePeriod: { amount: 12, unit: 'months' }, alignment: { kind: 'academic_year_end' }, inWriting: true, byMutualAgreement: false },
      context,
    )
    expect(texts(rendered)).toEqual(["Either party may serve notice on the other to terminate this Agreement by giving 12 months' written notice terminating at the end of an academic year."])
  })

  it('renders a member withdrawing on notice ending on a fixed day', () => {
    const rendered = terminationClause.render(
      {
        noticeBy: 'any_member',
        noticePeriod: { amount: 3, unit: 'years' },
        alignment: { kind: 'fixed_day', day: 5, month: 4 },
        effect: 'withdraws_member',
        servedOn: 'the Lead School',
        byMutualAgreement: false,
      },
      context,
    )
    expect(texts(rendered)).toEqual(["A member school may withdraw by serving 3 years' notice on the Lead School, such notice period to end on 5 April."])
  })

  it('renders immediate termination by a named party and termination by agreement', () => {
    const rendered = terminationClause.render({ immediateTermination: { by: 'authority', grounds: 'for a serious breach' }, byMutualAgreement: true }, context)
    expect(texts(rendered)).toEqual([
      'The Authority may terminate this Agreement with immediate effect for a serious breach.',
      'This Agreement may be terminated at any time with the written agreement of both parties.',
    ])
  })

  it('renders deemed service rules with the cut-off time', () => {
    const rendered = noticesClause.render(
      {
        inWriting: true,
        methods: ['post', 'hand'],
        deemedService: [
          { method: 'post', businessDaysAfter: 2 },
          { method: 'hand', businessDaysAfter: 0, cutOffTime: '16:00' },
        ],
        addressForService: 'stated_in_agreement',
      },
      context,
    )
    expect(texts(rendered)).toContain('if sent by pre-paid first class post, on the second business day after the date of posting;')
    expect(texts(rendered)).toContain(
      'If a notice is delivered by hand on a day which is not a business day or after 4.00 pm on a business day, it will instead be deemed given or made on the next business day.',
    )
  })

  it('renders dispute stages in order with the final and binding stage', () => {
    const rendered = disputeResolutionClause.render(
      {
        stages: [
          { forum: 'members of the Management Committee', timeLimit: { amount: 21, unit: 'calendar_days' }, finalAndBinding: false },
          { forum: 'the Corporate Director, Education, Learning and Skills', finalAndBinding: true },
        ],
        escalationNeedsAgreement: true,
      },
      context,
    )
    expect(texts(rendered)).toEqual([
      'The parties shall refer all matters in dispute arising out of or in connection with this Agreement to members of the Management Committee, who shall use their reasonable endeavours to reach a solution within a period of 21 days.',
      'Failing resolution, the dispute may, upon agreement of the parties, be referred to the Corporate Director, Education, Learning and Skills, whose decision shall be final and binding on both parties.',
    ])
  })

  it('computes a places-and-rates funding table with the share paid', () => {
    const lines = [
      { id: 'places', description: 'Places', places: 75, rate: 1_000_000 },
      { id: 'top-up', description: 'Top-up', places: 51, rate: 800_000, paidPercentage: 85 },
    ]
    // 51 x £8,000 = £408,000; 85% of that is £346,800; 75 x £10,000 = £750,000 paid in full.
    expect(linePaidAmount(lines[1])).toBe(34_680_000)
    const rendered = fundingClause.render({ lines, showTotals: true, paymentRule: { kind: 'monthly_in_arrears', dayOfMonth: 20 } }, context)
    expect(texts(rendered)).toEqual(['Payments will be made monthly in arrears on the 20th of each month.'])
    expect(rendered.tables?.[0]).toEqual({
      type: 'table',
      caption: undefined,
      header: ['Description', 'Places', 'Rate', 'At 100%', 'At 85%'],
      rows: [
        ['Places', '75', '£10,000.00', '£750,000.00', ''],
        ['Top-up', '51', '£8,000.00', '£408,000.00', '£346,800.00'],
        ['Total', '', '', '£1,158,000.00', '£1,096,800.00'],
      ],
      numericColumns: [1, 2, 3, 4],
    })
  })

  it('renders fixed payment dates moved to the previous working day, formula shares and cost recovery', () => {
    const rendered = fundingClause.render(
      {
        lines: [],
        showTotals: false,
        paymentRule: { kind: 'fixed_dates', dates: [{ day: 5, month: 4 }, { day: 5, month: 9 }, { day: 5, month: 1 }], moveToPreviousWorkingDay: true },
        equalInstalments: true,
        formula: { splits: [{ basis: 'Total funding is divided between', shares: [{ label: 'Primary', percentage: 25 }, { label: 'Secondary', percentage: 75 }] }], floorPercentage: 43 },
        costRecovery: { chargePerYear: 1_500_000, proRata: true, basis: 'for 2016/2017 only' },
      },
      context,
    )
    expect(texts(rendered)).toEqual([
      'The funding will be separated into three equal payments to be paid on 5 April, 5 September and 5 January. Where the date falls on a weekend or bank holiday the payment will be paid on the closest working day prior.',
      'Total funding is divided between Primary (25%) and Secondary (75%).',
      'Each school will receive at least 43% of its total Funding Allocation.',
      'The cost recovery charge is £15,000.00 per year on a pro rata basis, for 2016/2017 only.',
    ])
  })

  it('labels and applies RAG bands', () => {
    const bands = { greenFrom: 75, amberFrom: 70 }
    expect(ragLabels(bands)).toEqual(['Green 75% +', 'Amber 70-74%', 'Red below 70%'])
    expect([80, 75, 74, 70, 69].map((percentage) => ragRating(percentage, bands))).toEqual(['green', 'green', 'amber', 'amber', 'red'])
  })

  it('renders a KPI table with targets and RAG columns', () => {
    const rendered = kpisClause.render(
      {
        indicators: [
          { id: 'a', indicator: 'Satisfaction scoring 4 or above', targets: [], ragRated: true },
          { id: 'b', indicator: 'Number of training courses', targets: [{ percentage: 95, comparison: 'at_least' }], ragRated: false },
        ],
        ragBands: { greenFrom: 75, amberFrom: 70 },
        reporting: { due: { kind: 'termly' }, timesPerYear: 6, to: 'KCC' },
      },
      context,
    )
    expect(texts(rendered)).toEqual([
      'Key performance indicators will be reported to KCC termly, at the end of each term (6 times a year).',
      'Indicators are rated Green 75% +, Amber 70-74%, Red below 70%.',
    ])
    expect(rendered.tables?.[0].header).toEqual(['Indicator', 'Target', 'RAG'])
    expect(rendered.tables?.[0].rows).toEqual([
      ['Satisfaction scoring 4 or above', '', 'Green 75% +; Amber 70-74%; Red below 70%'],
      ['Number of training courses', '95%', 'NA'],
    ])
  })

  it('renders records retention in financial years', () => {
    const rendered = recordsRetentionClause.render(
      {
        period: { amount: 7, unit: 'years' },
        countedIn: 'financial_years',
        includesCurrentYear: true,
        keptBy: 'The SEIP',
        records: 'full records',
        relatingTo: 'the funding allocation',
        availableTo: 'the Authority',
      },
      context,
    )
    expect(texts(rendered)).toEqual([
      'The SEIP will maintain full records for a period of 7 financial years (including current) together with all supporting documentation in relation to the funding allocation and will provide such documentation to the Authority on request.',
    ])
  })
})
