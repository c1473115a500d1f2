import { describe, expect, it } from 'vitest'
import { documentFrom } from '#test/support/import-document'
import { structureDocument } from './structure'

const outline = (lines: Parameters<typeof documentFrom>[0]) =>
  structureDocument(documentFrom(lines)).sections.map((section) => ({
    section: [section.kind, section.number ?? '', section.heading].join(' | '),
    clauses: section.clauses.map((clause) => [clause.number, clause.heading, clause.paragraphs.map((paragraph) => `${paragraph.label ?? ''}~${paragraph.text}`).join(' / '), clause.tables.length].join(' | ')),
  }))

describe('sections and clauses by the document’s own numbering', () => {
  it('opens sections at "17." and clauses at "17.1", keeping deeper numbers and letters in their clause', () => {
    expect(
      outline([
        'This AGREEMENT is made',
        '16. NOTICES',
        '16.1 Any notice will be deemed to have been duly given as follows;',
        '16.1.1 if sent by post, on the second business day after posting;',
        '(a) a sub-paragraph',
        'Text with no number stays with the clause it follows.',
        '17. TERMINATION',
        '17.1 Either party may serve notice on the other by giving 12 months written notice.',
      ]),
    ).toEqual([
      { section: 'section |  | ', clauses: [' |  | ~This AGREEMENT is made | 0'] },
      {
        section: 'section | 16 | NOTICES',
        clauses: ['16.1 |  | ~Any notice will be deemed to have been duly given as follows; / 16.1.1~if sent by post, on the second business day after posting; / (a)~a sub-paragraph / ~Text with no number stays with the clause it follows. | 0'],
      },
      { section: 'section | 17 | TERMINATION', clauses: ['17.1 |  | ~Either party may serve notice on the other by giving 12 months written notice. | 0'] },
    ])
  })

  it('makes a section’s text before its first numbered clause a clause numbered as the section', () => {
    expect(outline(['14. Termination', 'This Agreement may be terminated by either party by providing 6 months notification in writing.'])).toEqual([
      { section: 'section | 14 | Termination', clauses: ['14 |  | ~This Agreement may be terminated by either party by providing 6 months notification in writing. | 0'] },
    ])
  })

  it('opens unnumbered sections at headings in capitals (Kent PRU), and joins a heading wrapped onto a second line', () => {
    const sections = outline(['TERM OF AGREEMENT', 'This agreement shall commence on the date signed.', 'FINANCIAL AND PERFORMANCE MONITORING AND REPORTING', 'REQUIREMENTS', 'The SEIP will report termly.'])
    expect(sections.map((section) => section.section)).toEqual(['section |  | TERM OF AGREEMENT', 'section |  | FINANCIAL AND PERFORMANCE MONITORING AND REPORTING REQUIREMENTS'])
  })

  it('restarts numbering inside a schedule or appendix, where "1." opens a clause', () => {
    expect(
      outline([
        '1. DURATION',
        '1.1 This Agreement commences on 1 April 2024.',
        'SCHEDULE 1',
        'FUNDING – PAYMENT ARRANGEMENTS',
        '1. Annual Totals',
        'Notification of the annual total Funding will be provided in March each year.',
        '2. Funding Formula',
        '2.1 Total funding is divided between Primary (25%) and Secondary (75%).',
        'Appendix 1 STLS Key Performance Indicators',
        { table: [['Indicator', 'Target'], ['Attendance', '95%']] },
      ]),
    ).toEqual([
      { section: 'section | 1 | DURATION', clauses: ['1.1 |  | ~This Agreement commences on 1 April 2024. | 0'] },
      {
        section: 'schedule | 1 | FUNDING – PAYMENT ARRANGEMENTS',
        clauses: ['1 | Annual Totals | ~Notification of the annual total Funding will be provided in March each year. | 0', '2 | Funding Formula | 2.1~Total funding is divided between Primary (25%) and Secondary (75%). | 0'],
      },
      { section: 'schedule |  | Appendix 1: STLS Key Performance Indicators', clauses: [' |  |  | 1'] },
    ])
  })

  it('does not take a quantity at the start of a paragraph, or a number out of sequence, for a clause number', () => {
    const sections = outline(['3. USE OF FUNDING', '3.1 The SEIP will use the funding allocation only for those purposes set out in Clause', '16. The management and use of funding will be regularly monitored.', '12 months notice may be given.'])
    expect(sections).toHaveLength(1)
    expect(sections[0].clauses).toHaveLength(1)
  })

  it('uses the numbers Word printed automatically', () => {
    const sections = outline([{ list: '1.', text: 'DURATION' }, { list: '1.1', text: 'This Agreement commences on 1 April 2024.' }])
    expect(sections.map((section) => section.section)).toEqual(['section | 1 | DURATION'])
    expect(sections[0].clauses[0]).toMatch(/^1\.1 \|/)
  })

  it('takes the document’s title from its first named line', () => {
    expect(structureDocument(documentFrom(['BETWEEN', 'Alternative Education Provision Pathways', 'Service Specification'])).title).toBe('Alternative Education Provision Pathways')
  })
})
