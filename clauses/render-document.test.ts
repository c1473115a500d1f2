import type { AgreementContent } from '#clauses/agreement-content'
import type { Party } from '#clauses/party'
import { paragraphsFromText, renderAgreementDocument, renderAgreementText } from '#clauses/render-document'

const parties: Party[] = [
  { id: 'authority', role: 'authority', name: 'Kent County Council', definedAs: 'KCC' },
  { id: 'provider', role: 'provider', name: 'North West Kent Alternative Provision Service', definedAs: 'the Provider' },
]

const content: AgreementContent = {
  sections: [
    {
      id: 'term',
      number: '6',
      heading: 'Term',
      kind: 'section',
      clauses: [{ id: 'term.6.1', kind: 'term', number: '6.1', heading: 'Duration', params: { commencesOn: '2026-09-01', duration: { amount: 3, unit: 'years' } } }],
    },
    {
      id: 'termination',
      number: '7',
      heading: 'Termination',
      kind: 'section',
      clauses: [
        {
          id: 'termination.7.1',
          kind: 'termination',
          number: '7.1',
          heading: '',
          params: { noticeBy: 'either', noticePeriod: { amount: 6, unit: 'months' }, alignment: { kind: 'none' }, byMutualAgreement: false },
          text: 'A notice period of six months must be tendered.\n\n(a) Notice is given in writing.',
        },
      ],
    },
    {
      id: 'signatures',
      heading: 'Signatures',
      kind: 'section',
      clauses: [
        {
          id: 'signatures.p1',
          kind: 'signature-block',
          number: '',
          heading: '',
          params: {
            signatories: [
              { id: 'kcc', partyId: 'authority', role: 'Officer of KCC' },
              { id: 'chair', partyId: 'provider', role: 'Chair of Management Committee' },
            ],
          },
        },
      ],
    },
    {
      id: 'schedule-1',
      number: '1',
      heading: 'Specification',
      kind: 'schedule',
      clauses: [
        {
          id: 'schedule-1.9',
          kind: 'kpis',
          number: '9',
          heading: 'Performance Monitoring',
          params: {
            indicators: [{ id: 'k', indicator: 'Students to meet their agreed behaviour targets', targets: [{ percentage: 100, comparison: 'at_least' }], ragRated: false }],
            reporting: { due: { kind: 'termly' }, to: 'KCC' },
          },
        },
      ],
    },
  ],
}

const agreement = { reference: 'KCC-PRU-2026-001', title: 'Service Level Agreement', version: 2, status: 'in_legal_review', parties, content }

describe('rendering an agreement document', () => {
  it('lays out headings, numbered clauses, tables and one signature slot per signatory', () => {
    const document = renderAgreementDocument(agreement)
    expect(document.reference).toBe('KCC-PRU-2026-001')
    expect(document.version).toBe(2)
    expect(document.subtitle).toEqual(['between', 'Kent County Council', 'and North West Kent Alternative Provision Service'])
    expect(document.blocks.map((block) => block.type)).toEqual(['heading', 'clause', 'heading', 'clause', 'heading', 'signatures', 'page_break', 'heading', 'clause', 'table'])
    expect(document.blocks[0]).toEqual({ type: 'heading', level: 1, text: '6. Term' })
    expect(document.blocks[1]).toEqual({
      type: 'clause',
      number: '6.1',
      heading: 'Duration',
      paragraphs: [{ text: 'This Agreement commences on 1 September 2026 and remains in place for a period of 3 years.' }],
    })
    expect(document.blocks[5]).toEqual({
      type: 'signatures',
      signatories: [
        { id: 'kcc', party: 'Kent County Council', role: 'Officer of KCC', name: undefined },
        { id: 'chair', party: 'North West Kent Alternative Provision Service', role: 'Chair of Management Committee', name: undefined },
      ],
    })
    expect(document.blocks[7]).toEqual({ type: 'heading', level: 1, text: 'Schedule 1: Specification' })
  })

  it('uses hand-edited wording in place of the rendered wording, keeping labelled sub-paragraphs', () => {
    const clause = renderAgreementDocument(agreement).blocks[3]
    expect(clause).toEqual({
      type: 'clause',
      number: '7.1',
      heading: undefined,
      paragraphs: [{ text: 'A notice period of six months must be tendered.' }, { label: '(a)', text: 'Notice is given in writing.', level: 1 }],
    })
  })

  it('marks the document as a draft until it is signed', () => {
    expect(renderAgreementDocument(agreement).draft).toBe(true)
    expect(renderAgreementDocument({ ...agreement, status: 'approved' }).draft).toBe(true)
    expect(renderAgreementDocument({ ...agreement, status: 'active' }).draft).toBe(false)
    expect(renderAgreementDocument({ ...agreement, status: 'signed' }).draft).toBe(false)
  })

  it('renders plain text for preview and comparison', () => {
    const text = renderAgreementText(agreement)
    expect(text).toContain('6.1 Duration\n\nThis Agreement commences on 1 September 2026 and remains in place for a period of 3 years.')
    expect(text).toContain('(a) Notice is given in writing.')
    expect(text).toContain('Indicator | Target\nStudents to meet their agreed behaviour targets | 100%')
    expect(text).toContain('Signed for and on behalf of Kent County Council\nOfficer of KCC')
  })

  it('splits hand-edited text into labelled paragraphs', () => {
    expect(paragraphsFromText('Intro\n\n16.1.1 if sent by post;\n\n• a bullet\n\nIV. a numeral')).toEqual([
      { text: 'Intro' },
      { label: '16.1.1', text: 'if sent by post;', level: 1 },
      { label: '•', text: 'a bullet', level: 1 },
      { label: 'IV.', text: 'a numeral', level: 1 },
    ])
  })
})
