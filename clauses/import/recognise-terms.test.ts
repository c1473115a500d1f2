// The rules on the phrasings the issue lists and on sentences that must not be read as terms.
import { describe, expect, it } from 'vitest'
import { documentFrom, type TestLine } from '#test/support/import-document'
import { recogniseTerms } from './recognise-terms'
import { structureDocument } from './structure'

function recognise(lines: TestLine[]) {
  return recogniseTerms(structureDocument(documentFrom(lines)))
}

function facts(lines: TestLine[], type?: string) {
  return recognise(lines)
    .proposals.flatMap((proposal) => proposal.facts)
    .filter((fact) => !type || fact.type === type)
    .map((fact) => fact.value)
}

describe('term', () => {
  it('reads commencement, end, backdating and review, with the sentence each came from', () => {
    const { proposals } = recognise(['1. DURATION', '1.1 This Agreement commences on the 23rd February 2017 (backdated to 1st April 2016) and continues until 31st March 2018, subject to annual review by the Executive Steering Group.'])
    expect(proposals).toHaveLength(1)
    expect(proposals[0]).toMatchObject({ kind: 'term', params: { commencesOn: '2017-02-23', backdatedTo: '2016-04-01', endsOn: '2018-03-31', review: { frequency: 'annual', by: 'the Executive Steering Group' } }, issues: [] })
    expect(proposals[0].facts[0].sentence).toMatchObject({ blockId: 'b2', label: '1.1', start: 4 })
  })

  it('reads "for a period of three years from" as a duration from the commencement date', () => {
    expect(recognise(['TERM', 'This Agreement shall run for a period of three years from 1 April 2024.']).proposals[0].params).toEqual({ commencesOn: '2024-04-01', duration: { amount: 3, unit: 'years' } })
  })

  it('does not read a report’s date as the term', () => {
    expect(facts(['8. REPORTING', '8.6 The SEIP will produce by 31st March each year an Annual Expenditure Report.'], 'term_dates')).toEqual([])
  })
})

describe('notice periods', () => {
  it.each([
    ['Either party may serve notice on the other to terminate this Agreement by giving 12 months written notice terminating at the end of an academic year.', { period: '12 months', alignment: 'academic_year_end', giver: 'either' }],
    ['Either party may terminate this Agreement by giving two terms’ notice.', { period: '2 terms', alignment: 'none', giver: 'either' }],
    ['The Authority may terminate this Agreement on giving at least 90 days’ notice in writing.', { period: '90 calendar_days', giver: 'authority' }],
    ['A member school may withdraw from the Partnership by serving 3 years’ notice on the Lead School, such notice period to end on 5th April.', { period: '3 years', alignment: '5/4', effect: 'withdraws_member' }],
    ['This Agreement may be terminated by either party by providing 6 months notification in writing.', { period: '6 months', giver: 'either' }],
    ['The Council may terminate this agreement by giving not less than six months’ notice to end on 31 March.', { period: '6 months', alignment: '31/3' }],
  ])('%s', (sentence, value) => {
    expect(facts(['TERMINATION', sentence], 'notice_period')).toEqual([expect.objectContaining(value)])
  })

  it('reads immediate termination and termination by agreement with the notice in one proposal', () => {
    const { proposals } = recognise([
      '14. Termination',
      'This Agreement may be terminated by either party, before the period end date, by providing 6 months notification in writing.',
      'This Agreement may be terminated immediately if there is a serious persistent breach of conditions which cannot be resolved by both parties.',
    ])
    expect(proposals).toHaveLength(1)
    expect(proposals[0].params).toMatchObject({ noticePeriod: { amount: 6, unit: 'months' }, inWriting: true, immediateTermination: { by: 'either', grounds: 'if there is a serious persistent breach of conditions which cannot be resolved by both parties' } })
  })

  it.each([
    'The Provider will give the Authority 30 days’ notice of any change to the staff delivering the service.',
    'The notice will set out the nature of the concern and where appropriate the proposed solution.',
    'Any dispute shall be referred to the Chair within 21 days of notice of it.',
  ])('does not read a notice that ends nothing: %s', (sentence) => {
    expect(facts(['GENERAL', sentence], 'notice_period')).toEqual([])
  })
})

describe('notices and deemed service', () => {
  it('reads each method’s rule and the 4.00 pm cut-off for the methods its proviso names', () => {
    const { proposals } = recognise([
      '16. Notices',
      '16.1 Any demand, notice or other communication will be in writing and will be deemed to have been duly given or made as follows;',
      '16.1.1 if sent by pre-paid first class post, on the second business day after the date of posting;',
      '16.1.2 if delivered by hand, upon delivery at the address provided for in this Agreement; or',
      '16.1.3 if sent by facsimile, on the day of transmission provided that a confirmatory copy is sent by pre-paid first class post, provided that if it is delivered by hand or sent by facsimile on a day which is not a business day or after 4.00 pm on a business day, it will instead be deemed given or made on the next business day.',
    ])
    expect(proposals[0]).toMatchObject({
      kind: 'notices',
      params: {
        inWriting: true,
        methods: ['post', 'hand', 'fax'],
        deemedService: [
          { method: 'post', businessDaysAfter: 2 },
          { method: 'hand', businessDaysAfter: 0, cutOffTime: '16:00' },
          { method: 'fax', businessDaysAfter: 0, cutOffTime: '16:00' },
        ],
        faxNeedsPostedConfirmation: true,
      },
      issues: [],
    })
  })
})

describe('dispute stages', () => {
  it('reads forums in order with their time limits, and the final one', () => {
    const { proposals } = recognise([
      'RESOLUTION OF DISPUTES',
      'The Parties shall refer all matters in dispute arising out of or in connection with this agreement for consideration and decision by members of the Management Committee, who shall use their reasonable endeavours to reach a solution to any such dispute within a period of twenty one (21) days, and failing which, any such dispute may, upon agreement of the Parties be dealt with by referral to the Corporate Director, Education, Learning and Skills, their decision being final and binding on both parties.',
    ])
    expect(proposals[0].params).toEqual({
      stages: [
        { forum: 'members of the Management Committee', timeLimit: { amount: 21, unit: 'calendar_days' }, finalAndBinding: false },
        { forum: 'the Corporate Director, Education, Learning and Skills', finalAndBinding: true },
      ],
      escalationNeedsAgreement: true,
    })
  })

  it('treats an acronym of a forum as the same forum ("the ESG")', () => {
    const stages = facts(
      [
        '9. Dispute Procedure',
        '9.3 If the issue cannot be resolved within the Partnership within a reasonable time and in any event no longer than 4 weeks, the Partnership may refer the issue to the SEIP Executive Steering Group.',
        '9.4 If an issue is referred to the ESG, the ESG shall decide it. All parties agree to be bound by the decisions of the ESG.',
      ],
      'dispute_stage',
    )
    expect(stages).toEqual([
      { forum: 'the Partnership', timeLimit: '4 weeks', finalAndBinding: false },
      { forum: 'the SEIP Executive Steering Group', timeLimit: '', finalAndBinding: true },
    ])
  })
})

describe('payments', () => {
  it.each([
    ['The LA will pay the funds monthly in arrears on the 20th of each month.', { rule: 'monthly_in_arrears', day: 20 }],
    ['The funding allocation will be paid by termly instalments in advance.', { rule: 'termly_in_advance' }],
    ['The Funding Allocation will be paid on an annual basis in advance.', { rule: 'annual_in_advance' }],
    ['The funding will be paid in three equal payments on 5 April, 5 September and 5 January, or the closest working day prior.', { rule: 'fixed_dates', dates: '5/4,5/9,5/1', previousWorkingDay: true }],
  ])('%s', (sentence, value) => {
    expect(facts(['FUNDING', sentence], 'payment_date')).toEqual([value])
  })

  // Leicestershire SEIP agreement, clause 2.3: due in the term's first week, not on its first day.
  it.each([
    'The funding will be made to the Lead School on a termly basis with payments made in the first week of the academic term.',
    'The funding allocation will be paid by termly instalments in advance, within the first week of each term.',
    'Payments will be made termly, during the first week of the school term.',
  ])('reads "%s" as paid in the first week of each term', (sentence) => {
    const [proposal] = recognise(['2. Allocation of Funding', sentence]).proposals
    expect(proposal.params).toMatchObject({ paymentRule: { kind: 'termly_in_advance', withinFirstWeek: true } })
    expect(proposal.facts.find((fact) => fact.type === 'payment_date')).toMatchObject({ value: { rule: 'termly_in_advance', withinFirstWeek: true }, summary: 'Paid termly in advance, in the first week of each term' })
  })

  it('reads a first week stated in the sentence after "termly instalments in advance"', () => {
    const [proposal] = recognise(['4. Payment', 'The funding allocation will be paid by termly instalments in advance.', 'Payment will be made in the first week of every term.']).proposals
    expect(proposal.params).toMatchObject({ paymentRule: { kind: 'termly_in_advance', withinFirstWeek: true } })
  })

  it('does not read "the first week of the term" in a sentence about something else as the payment day', () => {
    const [proposal] = recognise(['4. Payment', 'The funding allocation will be paid by termly instalments in advance.', 'The SEIP will meet in the first week of the term.']).proposals
    expect(proposal.params).toMatchObject({ paymentRule: { kind: 'termly_in_advance' } })
    expect(proposal.params).not.toMatchObject({ paymentRule: { withinFirstWeek: true } })
  })

  it('reads fixed dates listed in the paragraphs after the sentence that announces them', () => {
    const { proposals } = recognise(['3. Funding Timetable', 'The total will be separated into three equal payments to be paid at the following points:', '1. 5th April', '2. 5th September', '3. 5th January', 'Where the date falls on a weekend or bank holiday the payment will be paid on the closest working day prior to the 5th.'])
    expect(proposals[0].params).toMatchObject({ paymentRule: { kind: 'fixed_dates', dates: [{ day: 5, month: 4 }, { day: 5, month: 9 }, { day: 5, month: 1 }], moveToPreviousWorkingDay: true }, equalInstalments: true })
  })

  it('reads amounts, formula shares and a floor, typing only what the funding values can hold', () => {
    const { proposals } = recognise(['2. Funding Formula', 'Total funding is divided between Primary (25%) and Secondary (75%).', 'Each school will receive at least 43% of their total Funding Allocation.', 'The place funding is £10,000 per place.'])
    expect(proposals[0].params).toMatchObject({ formula: { splits: [{ basis: 'Total funding is divided between', shares: [{ label: 'Primary', percentage: 25 }, { label: 'Secondary', percentage: 75 }] }], floorPercentage: 43 } })
    expect(proposals[0].facts.find((fact) => fact.type === 'money')).toMatchObject({ value: { amount: 1_000_000 }, typed: false })
  })
})

describe('reporting, obligations and records', () => {
  it('reads a report with a due date the calendar can compute', () => {
    const { proposals } = recognise(['8. MONITORING', '8.6 The SEIP will produce by 31st March each year an Annual Expenditure Report showing expenditure.'])
    expect(proposals[0]).toMatchObject({ kind: 'reporting', params: { reports: [{ name: 'Annual Expenditure Report', frequency: 'annual', due: { kind: 'annual_fixed_day', day: 31, month: 3 } }] } })
  })

  it('leaves a monthly report’s day for the person to complete rather than guessing it', () => {
    const [proposal] = recognise(['7. Safeguarding', 'The Provider will keep a record and report on a monthly basis on attendance for each student to KCC.']).proposals
    expect(proposal.kind).toBe('reporting')
    expect(proposal.issues.map((issue) => issue.path)).toEqual(['reports.0.due'])
  })

  it('reads a deadline after an event as a timed obligation', () => {
    expect(facts(['3. Service Users', 'The Provider will make suitable provision for an agreed new referral within five working days of referral.'], 'obligation')).toEqual([{ within: '5 business_days', event: 'referral' }])
  })

  it('reads records retention in financial years including the current one', () => {
    const [proposal] = recognise(['10. RECORDS', '10.1 The SEIP will maintain full documentary records of all decisions made for a period of 7 financial years (including current) together with all supporting documentation in relation to the funding allocation and will provide such documentation to the Authority on request.']).proposals
    expect(proposal.params).toEqual({
      period: { amount: 7, unit: 'years' },
      countedIn: 'financial_years',
      includesCurrentYear: true,
      keptBy: 'The SEIP',
      records: 'full documentary records of all decisions made',
      relatingTo: 'the funding allocation',
      availableTo: 'the Authority',
    })
  })
})

describe('parties, signatories and KPIs', () => {
  it('reads the parties’ names, addresses and defined terms from the opening', () => {
    const { parties } = recognise(['This AGREEMENT is made', 'BETWEEN:', 'Trinity Catholic School (“the Responsible Body”)', 'and', 'Nottingham City Council of Loxley House, Station Street, Nottingham, NG2 3NG (“the Authority”)', 'Whereas;'])
    expect(parties).toEqual([
      { id: 'party-1', role: 'responsible_body', name: 'Trinity Catholic School', definedAs: 'the Responsible Body' },
      { id: 'authority', role: 'authority', name: 'Nottingham City Council', definedAs: 'the Authority', address: 'Loxley House, Station Street, Nottingham, NG2 3NG' },
    ])
  })

  it('leaves a party’s blank name blank', () => {
    expect(recognise(['BETWEEN', 'THE KENT COUNTY COUNCIL of County Hall, Maidstone, Kent ME14 1XQ (“KCC”)', 'and', 'THE GOVERNING BODY OF xxx, (“School”)']).parties.map((party) => party.name)).toEqual(['Kent County Council', ''])
  })

  it('reads KPIs, targets and RAG bands from a table, reported as the document says', () => {
    const [proposal] = recognise([
      '8. KPIs',
      '8.6 Key Performance Indicators will be reported termly, using the template in Appendix 1',
      { table: [['Theme', 'Performance Indicators', 'Target', 'Green 75% +', 'Amber 70-74%', 'Red Below 70%'], ['Partnership', '1.1 Requests resolved at LIFT', '80%', '', '', ''], ['', '1.2 Number of settings engaged', '', 'NA', 'NA', 'NA'], ['', '1.3 No. of schools at transition events', '', '', '', '']] },
    ]).proposals.filter((candidate) => candidate.kind === 'kpis')
    expect(proposal.params).toMatchObject({
      ragBands: { greenFrom: 75, amberFrom: 70 },
      reporting: { due: { kind: 'termly' } },
      indicators: [
        { reference: '1.1', indicator: 'Requests resolved at LIFT', theme: 'Partnership', targets: [{ percentage: 80, comparison: 'at_least' }], ragRated: true },
        { reference: '1.2', indicator: 'Number of settings engaged', ragRated: false, measuredAs: 'count' },
        // Rated by the bands, so a share, whatever its words.
        { reference: '1.3', indicator: 'No. of schools at transition events', ragRated: true },
      ],
    })
    expect(proposal.params).not.toHaveProperty('indicators.0.measuredAs')
    expect(proposal.params).not.toHaveProperty('indicators.2.measuredAs')
  })
})
