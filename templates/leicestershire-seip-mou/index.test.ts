import { findClause, listRequiredBlanks } from '#clauses/agreement-content'
import { renderAgreementDocument, renderAgreementText } from '#clauses/render-document'
import { leicestershireSeipMou } from './index'

const built = leicestershireSeipMou.build({ partnership: 'North Charnwood', parties: { 'lead-school': { name: 'Rawlins Academy' } } })
const text = renderAgreementText({ reference: 'LCC-MOU-TEST', version: 1, status: 'draft', ...built })

/** Copied from seed 002, Schedule 3. */
const SEED_SENTENCES = [
  'If the issue cannot be resolved within the Partnership within a reasonable time and in any event no longer than 4 weeks from date the issue is referred, then the Partnership or any affected party may refer the issue to the SEIP Executive Steering Group as set out in the Partnership Agreement.',
  'All parties involved in the issue agree to be bound by the decisions and recommendations of the ESG made pursuant to this paragraph 9.4',
  'A member school, including the Lead School, may withdraw from the Partnership by serving 3 years’ notice on the Lead School of the Partnership for the time being, such notice period to end on 5th April.',
  'The Lead School may cease to act as the Lead School for the Partnership by serving six months notice to the other member schools in the Partnership',
  'By signing below, each member school is committing itself to becoming a full participant in the above Partnership.',
]

describe('Leicestershire SEIP member-school MOU template (seed 002, Schedule 3)', () => {
  it('takes disputes to the SEIP Executive Steering Group after 4 weeks', () => {
    expect(findClause(built.content, 'dispute-resolution', '9.3')?.params).toEqual({
      referral: 'by giving notice in writing to the Chair of the Partnership',
      stages: [
        { forum: 'the Partnership, led by the Chair of the Partnership', timeLimit: { amount: 4, unit: 'weeks' }, finalAndBinding: false },
        { forum: 'the SEIP Executive Steering Group', finalAndBinding: true },
      ],
      escalationNeedsAgreement: false,
    })
  })

  it('lets a member withdraw on 3 years’ notice ending on 5 April, and the Lead School step down on 6 months’', () => {
    const withdrawal = findClause(built.content, 'termination', '10.2.1')?.params
    expect([withdrawal?.noticeBy, withdrawal?.noticePeriod, withdrawal?.alignment, withdrawal?.effect]).toEqual([
      'any_member',
      { amount: 3, unit: 'years' },
      { kind: 'fixed_day', day: 5, month: 4 },
      'withdraws_member',
    ])
    const steppingDown = findClause(built.content, 'termination', '10.2.2')?.params
    expect([steppingDown?.noticeBy, steppingDown?.noticePeriod, steppingDown?.effect]).toEqual(['lead-school', { amount: 6, unit: 'months' }, 'ends_lead_role'])
  })

  it('is signed by the Head and Chair of Governors of the Lead School and of every member school', () => {
    // North Charnwood has 9 schools in Appendix A: 2 signatures for the Lead School and 2 for each of 9 members.
    const signatures = renderAgreementDocument({ reference: 'T', version: 1, status: 'draft', ...built }).blocks.find((block) => block.type === 'signatures')
    const slots = signatures?.type === 'signatures' ? signatures.signatories : []
    expect(slots).toHaveLength(20)
    expect(slots.slice(0, 4).map((slot) => [slot.party, slot.role])).toEqual([
      ['Rawlins Academy', 'Head of Lead School'],
      ['Rawlins Academy', 'Chair of Governors'],
      ['Castle Donington College', 'Head of Member School'],
      ['Castle Donington College', 'Chair of Governors'],
    ])
    expect(text).toContain('Member school\nCastle Donington College\nCharnwood College')
  })

  it('has no blanks left once the partnership and Lead School are named', () => {
    expect(listRequiredBlanks(built)).toEqual([])
  })

  it('leaves the partnership and schools blank when none is chosen', () => {
    expect(listRequiredBlanks(leicestershireSeipMou.build()).map((blank) => blank.path)).toEqual(
      expect.arrayContaining(['parties.0.name', 'parties.1.name']),
    )
  })

  it('names the chosen partnership area in its title and Appendix 1; unchosen, it is a blank to fill, never "[INSERT]"', () => {
    expect(built.title).toBe('Memorandum of Understanding between Schools in Secondary Education and Inclusion Partnerships: North Charnwood')
    expect(text).toContain('The member schools of the North Charnwood Partnership:')
    const unchosen = leicestershireSeipMou.build()
    const unchosenText = renderAgreementText({ reference: 'LCC-MOU-TEST', version: 1, status: 'draft', ...unchosen })
    expect(unchosen.title).toBe('Memorandum of Understanding between Schools in Secondary Education and Inclusion Partnerships')
    expect(unchosenText).not.toContain('INSERT')
    expect(unchosenText).toContain('The member schools of the [partnership area] Partnership:')
    expect(listRequiredBlanks(unchosen).map((blank) => blank.message)).toContain('Enter the partnership area')
  })

  it('renders the seed key sentences', () => {
    for (const sentence of SEED_SENTENCES) expect(text).toContain(sentence)
  })
})
