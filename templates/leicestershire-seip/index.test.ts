import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { findClause, listRequiredBlanks, type AgreementContent } from '#clauses/agreement-content'
import { renderAgreementDocument, renderAgreementText } from '#clauses/render-document'
import { EXAMPLE_LOCAL_OFFER_DETAILS } from '#test/support/seip-local-offer'
import { leicestershireSeip } from './index'

const built = leicestershireSeip.build()
const text = renderAgreementText({ reference: 'LCC-SEIP-TEST', version: 1, status: 'draft', ...built })

/** Copied from seed 002. */
const SEED_SENTENCES = [
  'This Agreement commences on the 1st September 2018 and continues until the 31st July 2020, subject to annual review by the SEIP Executive Steering Group.',
  'Either party may serve notice on the other to terminate this Agreement by giving 12 months written notice terminating at the end of an academic year.',
  'The funding allocation will be paid by termly instalments in advance and processed through the BACS system.',
  'The SEIP will publish an annual budget plan no later than October half term of each year detailing how the funding allocation will be used in that academic year.',
  'The SEIP will produce by 31st March each year an Annual Expenditure Report showing expenditure against the funding allocation for the previous academic year',
  'The SEIP will maintain full documentary records of all decisions made for a period of 7 financial years (including current) together with all supporting documentation in relation to the funding allocation and will provide such documentation to the Authority or the Authority’s internal and external auditors on request.',
  'This Agreement is made and shall be governed by and construed in accordance with English Law and the parties irrevocably submit to the jurisdiction of the English Courts.',
  'A member school, including the Lead School, may withdraw from the Partnership by serving 3 years’ notice on the Lead School of the Partnership for the time being, such notice period to end on 5th April.',
]

describe('Leicestershire SEIP template (seed 002)', () => {
  it('ends on 12 months’ notice terminating at the end of an academic year', () => {
    const notice = findClause(built.content, 'termination', '17.1')?.params
    expect([notice?.noticeBy, notice?.noticePeriod, notice?.alignment, notice?.inWriting]).toEqual([
      'either',
      { amount: 12, unit: 'months' },
      { kind: 'academic_year_end' },
      true,
    ])
    expect(findClause(built.content, 'termination', '17.2')?.params.orReasonableNotice).toBe(true)
  })

  it('pays termly in advance, with clawback', () => {
    expect(findClause(built.content, 'funding', '4.1')?.params.paymentRule).toEqual({ kind: 'termly_in_advance', withinFirstWeek: true })
    // Clause 2.3's "first week of the academic term" is the same payment: one payment rule, one payment a term.
    const paying = built.content.sections.flatMap((section) => section.clauses).filter((clause) => clause.kind === 'funding' && clause.params.paymentRule !== undefined)
    expect(paying.map((clause) => clause.number)).toEqual(['4.1'])
    expect(findClause(built.content, 'funding', '17.5')?.params.clawback).toBeDefined()
    expect(findClause(built.content, 'funding', '6.1')?.params.charges?.[0].amount).toBe(400_000)
  })

  it('has the budget plan by October half term and the Annual Expenditure Report by 31 March', () => {
    expect(findClause(built.content, 'reporting', '8.1')?.params.reports[0].due).toEqual({ kind: 'by_october_half_term' })
    expect(findClause(built.content, 'reporting', '8.6')?.params.reports[0].due).toEqual({ kind: 'annual_fixed_day', day: 31, month: 3 })
  })

  it('keeps records for 7 financial years including the current one', () => {
    const retention = findClause(built.content, 'records-retention', '10.1')?.params
    expect([retention?.period, retention?.countedIn, retention?.includesCurrentYear]).toEqual([{ amount: 7, unit: 'years' }, 'financial_years', true])
  })

  it('carries the MOU as Schedule 3 with its dispute stages and notice periods', () => {
    expect(findClause(built.content, 'dispute-resolution', '9.3')?.params.stages.map((stage) => [stage.forum, stage.timeLimit, stage.finalAndBinding])).toEqual([
      ['the Partnership, led by the Chair of the Partnership', { amount: 4, unit: 'weeks' }, false],
      ['the SEIP Executive Steering Group', undefined, true],
    ])
    expect(findClause(built.content, 'termination', '10.2.2')?.params.noticePeriod).toEqual({ amount: 6, unit: 'months' })
    expect(built.content.sections.filter((section) => section.kind === 'schedule').map((section) => section.number)).toEqual(['1', '2', '3', '4'])
  })

  it('renders the seed key sentences', () => {
    for (const sentence of SEED_SENTENCES) expect(text).toContain(sentence)
  })

  it('is signed for the Lead School by the Headteacher and Chair of Governors, and for the Authority', () => {
    const signatures = renderAgreementDocument({ reference: 'T', version: 1, status: 'draft', ...built }).blocks.find((block) => block.type === 'signatures')
    expect(signatures?.type === 'signatures' && signatures.signatories.map((slot) => slot.role)).toEqual([
      'Headteacher of the Lead School',
      'Chair of Governors of the Lead School',
      'Officer of Leicestershire County Council',
    ])
  })
})

function withDetails(content: AgreementContent, values: Record<string, string>): AgreementContent {
  return { ...content, details: (content.details ?? []).map((detail) => ({ ...detail, value: values[detail.key] ?? detail.value })) }
}

function scheduleTwoText(content: AgreementContent): string {
  const text = renderAgreementText({ reference: 'LCC-SEIP-TEST', version: 1, status: 'draft', ...built, content })
  return text.slice(text.indexOf('Schedule 2: The Local Offer'), text.indexOf('Schedule 3:'))
}

/** Lower-case words, so the seed's line breaks, capitals and spacing slips do not count. */
const words = (text: string) => text.toLowerCase().match(/[a-z0-9£]+/g) ?? []

describe('Leicestershire SEIP Schedule 2, the Local Offer (seed 002)', () => {
  const seed = readFileSync(join(import.meta.dirname, '../../test/import/corpus/files/leicestershire-seip.txt'), 'utf8')
  const scheduleStart = seed.indexOf(' Schedule 2 \n')
  // The two headings the template corrects (and flags) are compared as corrected.
  const seedSchedule = seed.slice(scheduleStart, seed.indexOf(' Schedule 3 \n', scheduleStart)).replace('WEITH', 'WITH').replace('LOACL', 'LOCAL')

  it('has every section of the seed, 1 to 16, with the terms a reader relies on', () => {
    const schedule = scheduleTwoText(withDetails(built.content, EXAMPLE_LOCAL_OFFER_DETAILS))
    for (let section = 1; section <= 16; section += 1) expect(schedule).toMatch(new RegExp(`\\n${section} `))
    expect(schedule).toContain('Additional Funding will be considered if the BP can demonstrate that it is spending the Age Weighted Pupil Unit plus a further £6000 on provision for the pupil.')
    expect(schedule).toContain('11 Example Inclusion Partnership’s staff skills and access to additional specialist support')
    expect(schedule).toContain('iii. has “Challenging behaviour” that requires provision outside a mainstream school but that does not meet the criteria for support from SENA.')
    expect(schedule).toContain('North West Leicestershire (North West Leicestershire Learning and Inclusion Partnership – NWLLIP)')
    expect(schedule).toContain('• Wigston College')
    expect(schedule).toContain('• De Lisle Catholic School')
  })

  // Written with the seed's own placeholders as the details, each paragraph is the seed's words:
  // every run of five words is in the seed, but for up to four runs in a long paragraph, where a
  // boxed side-note interrupts one of its sentences in the seed's text (the runs crossing it).
  it('says only what the seed says, paragraph by paragraph', () => {
    const asSeed = withDetails(built.content, {
      partnershipName: '<Insert Partnership Name>',
      partnershipSchools: '',
      chairName: '<Insert Chair’s name>',
      chairTitle: '<Insert title and school/college>',
      coordinatorName: '<Insert Co-ordinators name>',
      partnershipAddress: '<address>',
      partnershipContacts: '<website etc.>',
      progressReviewArrangements: '<Insert arrangements for regular review of progress>',
      partnershipTeam: '<Insert job roles list>',
    })
    const seedText = ` ${words(seedSchedule).join(' ')} `
    // The seed leaves a space for the partnership's schools, with no placeholder in it.
    const paragraphs = scheduleTwoText(asSeed).split('\n\n').slice(1).filter((paragraph) => words(paragraph).length > 0 && paragraph !== '[secondary schools in the partnership]')
    expect(paragraphs.length).toBeGreaterThan(150)
    const notInSeed = paragraphs.flatMap((paragraph) => {
      const tokens = words(paragraph.replace(/^(?:\d+|[a-z]+\.|•) /, ''))
      const runs = tokens.length < 5 ? [tokens] : tokens.slice(0, tokens.length - 4).map((_, start) => tokens.slice(start, start + 5))
      const missing = runs.filter((run) => !seedText.includes(` ${run.join(' ')} `))
      return missing.length > (tokens.length >= 12 ? 4 : 0) ? [paragraph] : []
    })
    expect(notInSeed).toEqual([])
  })

  it('never prints the seed’s "<Insert ...>": each unfilled detail is a blank shown as one, and blocks review', () => {
    const schedule = scheduleTwoText(built.content)
    expect(schedule).not.toMatch(/<insert|<address>|<website/i)
    expect(schedule).toContain('The Local Offer for the [partnership name]')
    expect(schedule).toContain('The Chair of [partnership name] is [chair’s name], who is [chair’s title and school or college].')
    const blanks = listRequiredBlanks(built).map((blank) => blank.message)
    expect(blanks).toEqual(expect.arrayContaining(['Enter the partnership name', 'Enter the chair’s name', 'Enter the chair’s title and school or college', 'Enter the co-ordinator’s name', 'Enter the partnership team’s job roles']))
  })

  it('writes the filled details into the wording and headings, and no longer lists them as blanks', () => {
    const content = withDetails(built.content, EXAMPLE_LOCAL_OFFER_DETAILS)
    const schedule = scheduleTwoText(content)
    expect(schedule).toContain('The Chair of Example Inclusion Partnership is Pat Example, who is Headteacher of Alpha College. The Example Inclusion Partnership is led by the Secondary Education and Inclusion Partnership Coordinator, Sam Example')
    expect(schedule).toContain('2 Example Inclusion Partnership’s work with pupils with challenging behaviour')
    expect(schedule).toContain('Programmes are reviewed every six weeks.')
    expect(schedule).not.toMatch(/\[(?:partnership|chair|co-ordinator)/)
    expect(listRequiredBlanks({ ...built, content }).filter((blank) => blank.path.startsWith('content.details'))).toEqual([])
  })

  it('names the partnership area in the opening and the MOU from one detail, a blank until filled rather than "[INSERT]"', () => {
    const openingOf = (content: typeof built.content) => renderAgreementDocument({ reference: 'T', version: 1, status: 'draft', ...built, content }).blocks.flatMap((block) => (block.type === 'clause' ? block.paragraphs.map((paragraph) => paragraph.text) : [])).join('\n')
    const blank = openingOf(built.content)
    expect(blank).toContain('the member schools of the [partnership area] Secondary Education and Inclusion Partnership (SEIP)')
    expect(blank).not.toContain('[INSERT]')
    expect(listRequiredBlanks(built).map((found) => found.message)).toContain('Enter the partnership area')
    const filled = openingOf(withDetails(built.content, EXAMPLE_LOCAL_OFFER_DETAILS))
    expect(filled).toContain('the member schools of the Example Area Secondary Education and Inclusion Partnership (SEIP)')
    expect(filled).toContain('The member schools of the Example Area Partnership:')
    expect(leicestershireSeip.build({ partnership: 'North Charnwood' }).content.details?.find((detail) => detail.key === 'partnershipArea')?.value).toBe('North Charnwood')
  })

  it('takes the partnership’s name and schools from Appendix A where the drafter chooses the partnership', () => {
    const details = leicestershireSeip.build({ partnership: 'North Charnwood' }).content.details ?? []
    expect(details.find((detail) => detail.key === 'partnershipName')?.value).toBe('Loughborough Inclusion Partnership – LIP')
    expect(details.find((detail) => detail.key === 'partnershipSchools')?.value).toContain('De Lisle Catholic School')
    expect(details.find((detail) => detail.key === 'chairName')?.value).toBe('')
  })

  it('flags the two seed headings it corrects (14 "WEITH", 16 "LOACL")', () => {
    const schedule = built.content.sections.find((section) => section.id === 'schedule-2')
    expect(schedule?.clauses.flatMap((clause) => clause.corrections ?? []).map((correction) => correction.seed)).toEqual(['WORKING WEITH OTHER AGENCIES', 'THE LOACL AUTHORITY LOCAL OFFER'])
  })
})
