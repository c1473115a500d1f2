import { listRequiredBlanks, validateAgreementContent, validateAgreementDraft, type AgreementContent } from '#clauses/agreement-content'

function contentWith(clause: Record<string, unknown>) {
  return { sections: [{ id: 'termination', number: '17', heading: 'Termination', kind: 'section', clauses: [{ id: 'c', number: '17.1', heading: '', ...clause }] }] }
}

function issuesOf(content: unknown) {
  const result = validateAgreementContent(content)
  return result.success ? [] : result.issues
}

const validTermination = {
  kind: 'termination',
  params: { noticeBy: 'either', noticePeriod: { amount: 12, unit: 'months' }, alignment: { kind: 'academic_year_end' }, byMutualAgreement: false },
}

describe('validating agreement content', () => {
  it('accepts a valid clause', () => {
    expect(validateAgreementContent(contentWith(validTermination)).success).toBe(true)
  })

  it('rejects a negative notice period with a field-level message and path', () => {
    const issues = issuesOf(contentWith({ ...validTermination, params: { ...validTermination.params, noticePeriod: { amount: -6, unit: 'months' } } }))
    expect(issues).toEqual([{ path: 'sections.0.clauses.0.params.noticePeriod.amount', message: 'Notice period must be greater than zero' }])
  })

  it('rejects an unknown alignment', () => {
    const issues = issuesOf(contentWith({ ...validTermination, params: { ...validTermination.params, alignment: { kind: 'end_of_term' } } }))
    expect(issues).toHaveLength(1)
    expect(issues[0].path).toBe('sections.0.clauses.0.params.alignment.kind')
    expect(issues[0].message).toMatch(/^Choose what the notice period ends on/)
  })

  it('rejects an end date before the commencement date', () => {
    const issues = issuesOf(contentWith({ kind: 'term', params: { commencesOn: '2026-09-01', endsOn: '2026-08-31' } }))
    expect(issues).toEqual([{ path: 'sections.0.clauses.0.params.endsOn', message: 'End date must be after the commencement date' }])
  })

  it('rejects an impossible date naming the field', () => {
    const issues = issuesOf(contentWith({ kind: 'term', params: { commencesOn: '2026-02-30' } }))
    expect(issues).toEqual([{ path: 'sections.0.clauses.0.params.commencesOn', message: 'Commencement date must be a real date' }])
  })

  it('rejects a KPI target over 100 per cent', () => {
    const issues = issuesOf(
      contentWith({
        kind: 'kpis',
        params: {
          indicators: [{ id: 'k', indicator: 'Attendance', targets: [{ percentage: 120, comparison: 'at_least' }], ragRated: false }],
          reporting: { due: { kind: 'termly' }, to: 'KCC' },
        },
      }),
    )
    expect(issues).toEqual([{ path: 'sections.0.clauses.0.params.indicators.0.targets.0.percentage', message: 'Target must be between 0 and 100 per cent' }])
  })

  it('rejects RAG bands whose amber threshold is not below green', () => {
    const issues = issuesOf(
      contentWith({
        kind: 'kpis',
        params: {
          indicators: [{ id: 'k', indicator: 'Satisfaction', targets: [], ragRated: true }],
          ragBands: { greenFrom: 70, amberFrom: 75 },
          reporting: { due: { kind: 'termly' }, to: 'KCC' },
        },
      }),
    )
    expect(issues).toEqual([{ path: 'sections.0.clauses.0.params.ragBands.amberFrom', message: 'Amber threshold must be below the green threshold' }])
  })

  it('rejects a dispute stage that is final and binding before the last stage', () => {
    const issues = issuesOf(
      contentWith({
        kind: 'dispute-resolution',
        params: {
          stages: [
            { forum: 'the Management Committee', finalAndBinding: true },
            { forum: 'the Corporate Director', finalAndBinding: true },
          ],
          escalationNeedsAgreement: false,
        },
      }),
    )
    expect(issues).toEqual([{ path: 'sections.0.clauses.0.params.stages.0.finalAndBinding', message: 'Only the last dispute stage can be final and binding' }])
  })

  it('rejects a deemed-service rule for a method the clause does not allow', () => {
    const issues = issuesOf(
      contentWith({
        kind: 'notices',
        params: { inWriting: true, methods: ['post'], deemedService: [{ method: 'fax', businessDaysAfter: 0 }], addressForService: 'stated_in_agreement' },
      }),
    )
    expect(issues).toEqual([{ path: 'sections.0.clauses.0.params.deemedService.0.method', message: 'Deemed service rule for fax needs fax to be one of the notice methods' }])
  })

  it('rejects formula shares that do not add up to 100 per cent', () => {
    const issues = issuesOf(
      contentWith({
        kind: 'funding',
        params: { lines: [], showTotals: false, formula: { splits: [{ basis: 'Divided between', shares: [{ label: 'Primary', percentage: 25 }, { label: 'Secondary', percentage: 70 }] }] } },
      }),
    )
    expect(issues).toEqual([{ path: 'sections.0.clauses.0.params.formula.splits.0.shares', message: 'Formula shares must add up to 100 per cent' }])
  })

  it('rejects a notice end date that does not exist every year', () => {
    const issues = issuesOf(contentWith({ ...validTermination, params: { ...validTermination.params, alignment: { kind: 'fixed_day', day: 31, month: 4 } } }))
    expect(issues).toEqual([{ path: 'sections.0.clauses.0.params.alignment.day', message: 'Notice end date must be a real day of the year' }])
  })

  it('names the field of a payment rule and a report due date', () => {
    const payment = issuesOf(contentWith({ kind: 'funding', params: { lines: [], showTotals: false, paymentRule: { kind: 'monthly_in_arrears', dayOfMonth: 40 } } }))
    expect(payment).toEqual([{ path: 'sections.0.clauses.0.params.paymentRule.dayOfMonth', message: 'Payment day of the month must be between 1 and 31' }])
    const report = issuesOf(
      contentWith({
        kind: 'reporting',
        params: { asTable: false, reports: [{ id: 'r', name: 'Annual Report', to: ['KCC'], frequency: 'annual', due: { kind: 'before_annual_event', before: { amount: 0, unit: 'weeks' }, event: 'the annual meeting', eventDay: { day: 1, month: 12 } } }] },
      }),
    )
    expect(report).toEqual([{ path: 'sections.0.clauses.0.params.reports.0.due.before.amount', message: 'Report due date period before the event must be greater than zero' }])
  })

  it('rejects an unknown clause kind at the kind field', () => {
    const issues = issuesOf(contentWith({ kind: 'indemnity', params: {} }))
    expect(issues).toHaveLength(1)
    expect(issues[0].path).toBe('sections.0.clauses.0.kind')
    expect(issues[0].message).toMatch(/^Clause kind must be one of: parties-and-signatories, /)
  })

  it('rejects a signatory for a party that is not in the agreement', () => {
    const result = validateAgreementDraft({
      parties: [{ id: 'authority', role: 'authority', name: 'Kent County Council' }],
      content: {
        sections: [
          {
            id: 'signatures',
            heading: 'Signatures',
            kind: 'section',
            clauses: [{ id: 's', kind: 'signature-block', number: '', heading: '', params: { signatories: [{ id: 'x', partyId: 'provider', role: 'Chair' }] } }],
          },
        ],
      },
    })
    expect(result.success).toBe(false)
    expect(result.success ? [] : result.issues).toEqual([
      { path: 'content.sections.0.clauses.0.params.signatories.0.partyId', message: 'Signing party "provider" is not a party to this agreement' },
    ])
  })
})

describe('ready for legal review', () => {
  const content: AgreementContent = {
    sections: [
      {
        id: 'agreement',
        number: '1',
        heading: 'The Agreement',
        kind: 'section',
        clauses: [
          { id: 'a', kind: 'term', number: '1.1', heading: '', params: {}, requiredFields: ['commencesOn'] },
          { id: 'b', kind: 'free-text', number: '1.2', heading: '', params: { paragraphs: [{ text: 'The total annual funding of this service in the xxx District is agreed.' }] } },
          { id: 'c', kind: 'free-text', number: '', heading: 'Dated', params: { paragraphs: [{ text: 'Signed on dd/mm/yyyy' }] } },
        ],
      },
    ],
  }

  it('lists required fields still empty, placeholders and blank party names', () => {
    expect(listRequiredBlanks({ parties: [{ id: 'school', role: 'governing_body', name: '' }], content })).toEqual([
      { path: 'parties.0.name', message: 'Enter the name of the governing body' },
      { path: 'content.sections.0.clauses.0.params.commencesOn', message: 'Clause 1.1: Commencement date is still blank' },
      { path: 'content.sections.0.clauses.1.params.paragraphs.0.text', message: 'Clause 1.2 still has the blank "xxx" to fill in' },
      { path: 'content.sections.0.clauses.2.params.paragraphs.0.text', message: 'The "Dated" clause still has the blank "dd/mm/yyyy" to fill in' },
    ])
  })

  it('is empty once every blank is filled', () => {
    const filled: AgreementContent = {
      sections: [{ ...content.sections[0], clauses: [{ id: 'a', kind: 'term', number: '1.1', heading: '', params: { commencesOn: '2026-09-01', duration: { amount: 3, unit: 'years' } }, requiredFields: ['commencesOn'] }] }],
    }
    expect(listRequiredBlanks({ parties: [{ id: 'school', role: 'governing_body', name: 'Foreland Fields School' }], content: filled })).toEqual([])
  })
})
