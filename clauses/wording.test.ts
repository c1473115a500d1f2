import type { z } from 'zod'
import { listRequiredBlanks, validateAgreementContent, validateAgreementDraft } from '#clauses/agreement-content'
import type { RenderContext } from '#clauses/clause-kind'
import { ZFundingParamsSchema } from '#clauses/funding'
import { renderAgreementText } from '#clauses/render-document'
import { ZTermParamsSchema } from '#clauses/term'
import { ZTerminationParamsSchema } from '#clauses/termination'
import { checkWordingSlots, fillWording } from '#clauses/wording'

const context: RenderContext = {
  parties: [
    { id: 'authority', role: 'authority', name: 'The Kent County Council', definedAs: 'KCC', noticeAddress: 'County Hall, Maidstone, Kent ME14 1XQ' },
    { id: 'school', role: 'governing_body', name: '', definedAs: 'School' },
  ],
}

const stls14 = {
  noticeBy: 'either',
  noticePeriod: { amount: 6, unit: 'months' },
  alignment: { kind: 'none' },
  inWriting: true,
  byMutualAgreement: false,
}

const fill = (text: string, params: unknown = stls14, schema: z.ZodType = ZTerminationParamsSchema) => fillWording({ params, text }, schema, context)

describe('filling a clause’s wording from its values', () => {
  it('writes the notice period where the slot is, so changing the value changes the words (Kent STLS clause 14)', () => {
    const text = 'This Agreement may be terminated by either party, before the period end date, by providing {{noticePeriod}} notification in writing.'
    expect(fill(text).text).toBe('This Agreement may be terminated by either party, before the period end date, by providing 6 months notification in writing.')
    expect(fill(text, { ...stls14, noticePeriod: { amount: 3, unit: 'months' } }).text).toContain('by providing 3 months notification')
  })

  it('writes a period in words, or in words and figures, as the seeds do (Kent PRU disputes: "twenty one (21) days")', () => {
    expect(fill('upon the tendering of {{noticePeriod|words}} notice').text).toBe('upon the tendering of six months notice')
    expect(fill('within {{noticePeriod|words-figures}}', { ...stls14, noticePeriod: { amount: 21, unit: 'calendar_days' } }).text).toBe('within twenty one (21) days')
  })

  it('writes dates, money and days of the month the way each is written in an agreement', () => {
    const term = { commencesOn: '2017-02-01', endsOn: '2019-03-31' }
    expect(fillWording({ params: term, text: 'commence on {{commencesOn|ordinal}} and end on {{endsOn}}' }, ZTermParamsSchema, context).text).toBe(
      'commence on 1st February 2017 and end on 31 March 2019',
    )
    const funding = { totalAmount: 6_341_000, lines: [], showTotals: false, paymentRule: { kind: 'monthly_in_arrears', dayOfMonth: 20 } }
    expect(fillWording({ params: funding, text: 'the Authority will make {{totalAmount}} available, paid on the {{paymentRule.dayOfMonth|ordinal}} of each month' }, ZFundingParamsSchema, context).text).toBe(
      'the Authority will make £63,410 available, paid on the 20th of each month',
    )
  })

  it('fills a party’s name and address from the agreement’s parties', () => {
    expect(fill('{{party.authority.name}} of {{party.authority.noticeAddress}} ("{{party.authority.definedAs}}")').text).toBe(
      'The Kent County Council of County Hall, Maidstone, Kent ME14 1XQ ("KCC")',
    )
  })

  it('shows an unfilled slot as a visible blank named after its field, and reports where it is filled', () => {
    const filled = fill('The {{party.school.name}} is commissioned for {{noticePeriod}}.', { ...stls14, noticePeriod: undefined })
    expect(filled.text).toBe('The [name of School] is commissioned for [notice period].')
    expect(filled.blanks).toEqual([
      { slot: '{{party.school.name}}', path: 'parties.1.name', label: 'name of School' },
      { slot: '{{noticePeriod}}', path: 'params.noticePeriod', label: 'Notice period' },
    ])
  })
})

describe('checking the slots of a clause’s wording', () => {
  it('accepts slots that name values of the kind, however deep', () => {
    expect(checkWordingSlots(ZTerminationParamsSchema, 'Termination', '{{noticePeriod|words}} {{immediateTermination.grounds}} {{party.school.name}}')).toEqual([])
    expect(checkWordingSlots(ZFundingParamsSchema, 'Funding and payment', '{{paymentRule.dayOfMonth|ordinal}} {{lines.0.rate}}')).toEqual([])
  })

  it('names a slot that is not a value of the kind, a style that does not exist and a value that cannot be written', () => {
    expect(checkWordingSlots(ZTerminationParamsSchema, 'Termination', '{{noticePeriood}} {{noticePeriod|roman}} {{byMutualAgreement}} {{party.school.phone}}')).toEqual([
      'The wording’s slot {{noticePeriood}} is not a value of a termination clause',
      'The wording’s slot {{noticePeriod|roman}} has the style "roman"; a slot’s style is words, words-figures or ordinal',
      'The wording’s slot {{byMutualAgreement}} is not a value that can be written into words',
      'The wording’s slot {{party.school.phone}} asks for a party’s "phone"; a party slot gives its name, definedAs or noticeAddress',
    ].map((message) => message.replace(/’/g, "'")))
  })
})

const section = (clause: Record<string, unknown>) => ({
  sections: [{ id: 'termination', number: '14', heading: 'Termination', kind: 'section', clauses: [{ id: 'termination.14', number: '14', heading: '', kind: 'termination', params: stls14, ...clause }] }],
})

describe('wording slots in an agreement', () => {
  it('refuses to store wording with a mistyped slot, naming the wording field', () => {
    const result = validateAgreementContent(section({ text: 'by providing {{noticePeriood}} notification' }))
    expect(result).toEqual({ success: false, issues: [{ path: 'sections.0.clauses.0.text', message: "The wording's slot {{noticePeriood}} is not a value of a termination clause" }] })
  })

  it('refuses a party slot naming someone who is not a party', () => {
    const result = validateAgreementDraft({ parties: context.parties, content: section({ text: 'served on {{party.provider.name}}' }) })
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues[0]).toEqual({ path: 'content.sections.0.clauses.0.text', message: 'The wording\'s slot {{party.provider.name}} names the party "provider", who is not a party to this agreement' })
  })

  it('lists an unfilled slot as a required blank at the field that fills it, once', () => {
    const content = section({ text: 'by providing {{noticePeriod}} notification; {{noticePeriod|words}}', params: { ...stls14, noticePeriod: undefined, noticeBy: undefined, immediateTermination: { by: 'either', grounds: 'for breach' } }, requiredFields: ['noticePeriod'] })
    const blanks = listRequiredBlanks({ parties: [context.parties[0]], content: content as never })
    expect(blanks).toEqual([{ path: 'content.sections.0.clauses.0.params.noticePeriod', message: 'Clause 14: Notice period is still blank' }])
  })

  // Leicestershire SEIP Schedule 2 names the partnership in free-text paragraphs and headings.
  it('refuses a detail slot in a heading or a free-text paragraph that names no detail of the agreement', () => {
    const content = {
      details: [{ key: 'partnershipName', label: 'Partnership name', value: '' }],
      sections: [{ id: 's2', number: '2', heading: 'The Local Offer', kind: 'schedule', clauses: [{ id: 's2.2', kind: 'free-text', number: '2', heading: '{{detail.partnershipNam}}’s work', params: { paragraphs: [{ text: '{{detail.partnershipName}} makes provision' }, { text: 'The Chair is {{detail.chair}}' }] } }] }],
    }
    const result = validateAgreementContent(content)
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(result.issues).toEqual([
        { path: 'sections.0.clauses.0.heading', message: 'The wording\'s slot {{detail.partnershipNam}} names the detail "partnershipNam", which this agreement does not have' },
        { path: 'sections.0.clauses.0.params.paragraphs.1.text', message: 'The wording\'s slot {{detail.chair}} names the detail "chair", which this agreement does not have' },
      ])
    }
  })

  it('renders the document with the slots filled', () => {
    const text = renderAgreementText({ reference: 'R', title: 'T', version: 1, status: 'draft', parties: context.parties, content: section({ text: 'by providing {{noticePeriod}} notification in writing' }) as never })
    expect(text).toContain('by providing 6 months notification in writing')
    expect(text).not.toContain('{{')
  })
})
