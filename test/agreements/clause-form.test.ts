import { describeSchema, readClauseForm, summariseValues, valueFromForm } from '#app/components/agreements/clause-shape'
import { getClauseKind } from '#clauses/index'
import { stepClause } from '#clauses/structure'
import { editClause } from '#models/agreement-clauses'

const terminationShape = describeSchema(getClauseKind('termination')!.schema)
const disputeShape = describeSchema(getClauseKind('dispute-resolution')!.schema)

describe('a clause kind as form fields', () => {
  test('a notice period is an amount and a unit; its alignment a choice with the fixed day’s own fields', () => {
    if (terminationShape.type !== 'object') throw new Error('termination params are an object')
    const field = (key: string) => terminationShape.fields.find((candidate) => candidate.key === key)?.shape
    expect(field('noticePeriod')).toEqual({
      type: 'object',
      optional: true,
      fields: [
        { key: 'amount', shape: { type: 'number', optional: false } },
        { key: 'unit', shape: { type: 'enum', optional: false, options: ['hours', 'calendar_days', 'business_days', 'school_days', 'weeks', 'months', 'terms', 'years'] } },
      ],
    })
    expect(field('alignment')).toMatchObject({
      type: 'variant',
      optional: true,
      discriminator: 'kind',
      options: [
        { value: 'none', fields: [] },
        { value: 'academic_year_end', fields: [] },
        { value: 'financial_year_end', fields: [] },
        { value: 'fixed_day', fields: [{ key: 'day' }, { key: 'month' }] },
      ],
    })
    expect(field('byMutualAgreement')).toEqual({ type: 'boolean', optional: false })
  })
})

describe('posted fields back into params', () => {
  // SEIP MOU 10.2.1: a member school withdraws on 3 years' notice ending on 5 April.
  const withdrawal = {
    'params.noticeBy': 'any_member',
    'params.noticePeriod.amount': '3',
    'params.noticePeriod.unit': 'years',
    'params.alignment.kind': 'fixed_day',
    'params.alignment.day': '5',
    'params.alignment.month': '4',
    'params.effect': 'withdraws_member',
    'params.inWriting': '',
    'params.immediateTermination.by': '',
    'params.immediateTermination.grounds': '',
    'params.byMutualAgreement': 'false',
  }

  test('numbers, enums, booleans and the chosen variant are typed; a blank optional part is left out', () => {
    expect(valueFromForm(terminationShape, withdrawal, 'params', true)).toEqual({
      noticeBy: 'any_member',
      noticePeriod: { amount: 3, unit: 'years' },
      alignment: { kind: 'fixed_day', day: 5, month: 4 },
      effect: 'withdraws_member',
      byMutualAgreement: false,
    })
  })

  test('fields of a variant not chosen are ignored', () => {
    const value = valueFromForm(terminationShape, { ...withdrawal, 'params.alignment.kind': 'academic_year_end' }, 'params', true)
    expect((value as { alignment: unknown }).alignment).toEqual({ kind: 'academic_year_end' })
  })

  test('a number that is not a number is kept as typed, so the box shows it with its message', () => {
    const value = valueFromForm(terminationShape, { ...withdrawal, 'params.noticePeriod.amount': 'three' }, 'params', true)
    expect((value as { noticePeriod: unknown }).noticePeriod).toEqual({ amount: 'three', unit: 'years' })
    const edited = editClause({ id: 't', kind: 'termination', number: '10.2.1', heading: 'Withdrawal', params: {} }, { params: value })
    expect(edited).toEqual({ success: false, fields: { 'params.noticePeriod.amount': 'Notice period must be a number' } })
  })

  // Kent PRU "Resolution of Disputes": 21 days with the Management Committee, then the Corporate Director.
  const disputes = {
    'params.stages.0.forum': 'Management Committee',
    'params.stages.0.timeLimit.amount': '21',
    'params.stages.0.timeLimit.unit': 'calendar_days',
    'params.stages.1.forum': 'Corporate Director, Education, Learning and Skills',
  }

  test('"Add a row" appends a blank stage and "Remove row 1" removes the first, without dropping what was typed', () => {
    const added = readClauseForm(disputeShape, { ...disputes, rows: 'add:params.stages' })
    const stages = (added.input.params as { stages: unknown[] }).stages
    expect(added.rowIntent).toBe('add:params.stages')
    expect(stages).toHaveLength(3)
    expect(stages[0]).toMatchObject({ forum: 'Management Committee', timeLimit: { amount: 21, unit: 'calendar_days' } })
    expect(stages[2]).toEqual({})
    const removed = readClauseForm(disputeShape, { ...disputes, rows: 'remove:params.stages.0' })
    expect((removed.input.params as { stages: { forum: string }[] }).stages.map((stage) => stage.forum)).toEqual(['Corporate Director, Education, Learning and Skills'])
  })

  test('on save, a row left entirely blank is dropped', () => {
    const saved = readClauseForm(disputeShape, { ...disputes, 'params.stages.2.forum': '', 'params.stages.2.timeLimit.amount': '' })
    expect(saved.rowIntent).toBeUndefined()
    expect((saved.input.params as { stages: unknown[] }).stages).toHaveLength(2)
  })
})

describe('clause edits', () => {
  const content = {
    sections: [
      {
        id: 'term',
        heading: 'Term of Agreement',
        kind: 'section' as const,
        clauses: [
          { id: 'first', kind: 'free-text' as const, number: '', heading: 'First', params: { paragraphs: [{ text: 'One' }] } },
          { id: 'second', kind: 'free-text' as const, number: '', heading: 'Second', params: { paragraphs: [{ text: 'Two' }] } },
        ],
      },
    ],
  }
  const order = (moved: typeof content) => moved.sections[0].clauses.map((clause) => clause.id)

  test('a clause moves up or down within its section and stays put at either end', () => {
    expect(order(stepClause(content, 'second', 'up').content as typeof content)).toEqual(['second', 'first'])
    expect(order(stepClause(content, 'first', 'down').content as typeof content)).toEqual(['second', 'first'])
    expect(order(stepClause(content, 'first', 'up').content as typeof content)).toEqual(['first', 'second'])
    expect(order(stepClause(content, 'second', 'down').content as typeof content)).toEqual(['first', 'second'])
  })

  test('an empty wording returns the clause to the words generated from its values', () => {
    const edited = editClause({ ...content.sections[0].clauses[0], text: 'Hand-written.' }, { text: '' })
    if (!edited.success) throw new Error(`Refused: ${JSON.stringify(edited.fields)}`)
    expect(edited.clause).not.toHaveProperty('text')
    expect(edited.clause.params).toEqual({ paragraphs: [{ text: 'One' }] })
  })
})

describe('clause values in words, for the legal review', () => {
  test('SEIP MOU 10.2.1: a member school withdraws on 3 years’ notice ending on 5 April', () => {
    const params = { noticeBy: 'any_member', noticePeriod: { amount: 3, unit: 'years' }, alignment: { kind: 'fixed_day', day: 5, month: 4 }, effect: 'withdraws_member', byMutualAgreement: false }
    expect(summariseValues(terminationShape, params, getClauseKind('termination')!.fieldLabels)).toEqual([
      { label: 'Who may give notice', value: 'any_member' },
      { label: 'Notice period', value: '3 years' },
      { label: 'What the notice period ends on', value: 'Fixed day: 5 April' },
      { label: 'Effect', value: 'Withdraws member' },
      { label: 'By mutual agreement', value: 'No' },
    ])
  })
})
