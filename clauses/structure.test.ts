import type { AgreementContent, ClauseInstance, Section } from './agreement-content'
import { findBrokenCrossReferences } from './cross-references'
import { clauseNumberingOf } from './numbering'
import { insertClause, insertSection, moveClauseTo, moveSectionTo, removeClause, removeSection, restoreClause, restoreSection, StructureError } from './structure'

function prose(id: string, number: string, text: string): ClauseInstance {
  return { id, kind: 'free-text', number, heading: '', params: { paragraphs: [{ text }] } }
}

function section(id: string, number: string | undefined, clauses: ClauseInstance[], kind: Section['kind'] = 'section'): Section {
  return { id, heading: id, kind, clauses, ...(number ? { number } : {}) }
}

function numbers(content: AgreementContent): string[][] {
  return content.sections.map((item) => [item.number ?? '-', ...item.clauses.map((clause) => clause.number || '·')])
}

function textOf(content: AgreementContent, clauseId: string): string {
  const clause = content.sections.flatMap((item) => item.clauses).find((candidate) => candidate.id === clauseId)
  return (clause?.params as { paragraphs: Array<{ text: string }> }).paragraphs.map((paragraph) => paragraph.text).join(' ')
}

// A small agreement numbered as a blank agreement is: sections 1-3 with clauses 1.1, 2.1-2.3, 3.1,
// a signatures section and a schedule; clause 1.1 refers to others.
function agreement(): AgreementContent {
  return {
    sections: [
      section('parties', undefined, [prose('parties.p1', '', 'This Agreement is made between the parties.')]),
      section('term', '1', [prose('term.1', '1.1', 'Terminable under clause 2.3, with charges in Schedule 1; see clauses 2.1 and 2.2.')]),
      section('termination', '2', [prose('t.1', '2.1', 'First.'), prose('t.2', '2.2', 'Second.'), prose('t.3', '2.3', 'Third.')]),
      section('disputes', '3', [prose('d.1', '3.1', 'Disputes under clause 2 go to the Director.')]),
      section('signatures', undefined, [prose('sign.p1', '', 'Signed.')]),
      section('charges', '1', [prose('charges.1', '1', 'Charges as in clause 1.1.')], 'schedule'),
    ],
  }
}

describe('inserting clauses', () => {
  it('numbers a clause added in the middle of a sequence and moves the later ones up, with the references to them', () => {
    const { content, clause, changes } = insertClause(agreement(), { sectionId: 'termination', position: 1, clause: prose('new', '', 'Inserted.') })
    expect(numbers(content)[2]).toEqual(['2', '2.1', '2.2', '2.3', '2.4'])
    expect(clause.number).toBe('2.2')
    expect(changes).toEqual([
      { from: '2.2', to: '2.3' },
      { from: '2.3', to: '2.4' },
    ])
    expect(textOf(content, 'term.1')).toBe('Terminable under clause 2.4, with charges in Schedule 1; see clauses 2.1 and 2.3.')
  })

  it('adds at the end when no position is given, and refuses a position outside the section', () => {
    expect(insertClause(agreement(), { sectionId: 'disputes', clause: prose('new', '', 'Next.') }).clause.number).toBe('3.2')
    expect(() => insertClause(agreement(), { sectionId: 'disputes', position: 5, clause: prose('new', '', 'x') })).toThrow(StructureError)
    expect(() => insertClause(agreement(), { sectionId: 'nowhere', clause: prose('new', '', 'x') })).toThrow('Choose a section of this agreement')
  })

  it('leaves a clause unnumbered where the section is unnumbered (the Kent PRU main body)', () => {
    const { clause } = insertClause(agreement(), { sectionId: 'parties', clause: prose('new', '', 'Recital.') })
    expect(clause.number).toBe('')
  })

  it('keeps the number the drafter gives where a section is numbered by hand (Kent PRU Schedule 1 "3(a)")', () => {
    const content: AgreementContent = { sections: [section('spec', '1', [prose('a', '3(a)', 'A.'), prose('b', '3(b)', 'B.')], 'schedule')] }
    expect(clauseNumberingOf(content.sections[0]).style).toBe('by_hand')
    const { content: after } = insertClause(content, { sectionId: 'spec', position: 1, clause: prose('new', '3(ab)', 'Between.') })
    expect(numbers(after)[0]).toEqual(['1', '3(a)', '3(ab)', '3(b)'])
  })

  it('keeps a lead clause numbered as its section (Southend "12, 12.1, 12.2")', () => {
    const content: AgreementContent = { sections: [section('funding', '12', [prose('lead', '12', 'Funding.'), prose('one', '12.1', 'One.'), prose('two', '12.2', 'Two.')])] }
    const { content: after } = insertClause(content, { sectionId: 'funding', position: 1, clause: prose('new', '', 'New.') })
    expect(numbers(after)[0]).toEqual(['12', '12', '12.1', '12.2', '12.3'])
  })
})

describe('deleting and restoring clauses', () => {
  it('marks references to a deleted clause instead of letting them point at the clause renumbered into its place', () => {
    const { content, removed } = removeClause(agreement(), 't.2')
    expect(numbers(content)[2]).toEqual(['2', '2.1', '2.2'])
    expect(textOf(content, 'term.1')).toBe('Terminable under clause 2.2, with charges in Schedule 1; see clauses 2.1 and [deleted 2.2].')
    expect(findBrokenCrossReferences(content).map((problem) => problem.message)).toEqual([
      'Clause 1.1 refers to clause 2.2, which has been deleted: change the wording or restore it',
    ])
    expect(removed).toMatchObject({ sectionId: 'termination', position: 1 })

    const restored = restoreClause(content, removed)
    expect(numbers(restored.content)[2]).toEqual(['2', '2.1', '2.2', '2.3'])
    expect(textOf(restored.content, 'term.1')).toBe('Terminable under clause 2.3, with charges in Schedule 1; see clauses 2.1 and 2.2.')
    expect(findBrokenCrossReferences(restored.content)).toEqual([])
  })

  it('refuses to restore a clause twice', () => {
    const { removed } = removeClause(agreement(), 't.2')
    expect(() => restoreClause(agreement(), removed)).toThrow('This clause is already in the agreement')
  })
})

describe('moving clauses', () => {
  it('moves a clause within its section and renumbers both ends', () => {
    const { content } = moveClauseTo(agreement(), 't.3', { position: 0 })
    expect(content.sections[2].clauses.map((clause) => `${clause.id}=${clause.number}`)).toEqual(['t.3=2.1', 't.1=2.2', 't.2=2.3'])
    expect(textOf(content, 'term.1')).toBe('Terminable under clause 2.1, with charges in Schedule 1; see clauses 2.2 and 2.3.')
  })

  it('moves a clause to another section, numbered there', () => {
    const { content } = moveClauseTo(agreement(), 't.1', { sectionId: 'disputes', position: 1 })
    expect(numbers(content).slice(2, 4)).toEqual([
      ['2', '2.1', '2.2'],
      ['3', '3.1', '3.2'],
    ])
    expect(textOf(content, 'term.1')).toBe('Terminable under clause 2.2, with charges in Schedule 1; see clauses 3.2 and 2.1.')
  })
})

describe('sections', () => {
  it('adds a numbered section after the last numbered one and renumbers the sections after it when placed earlier', () => {
    const added = insertSection(agreement(), { section: { id: 'variation', heading: 'Variation', kind: 'section' } })
    expect(added.section.number).toBe('4')
    expect(added.content.sections.map((item) => item.id)).toEqual(['parties', 'term', 'termination', 'disputes', 'variation', 'signatures', 'charges'])

    const early = insertSection(agreement(), { section: { id: 'definitions', heading: 'Definitions', kind: 'section' }, position: 1 })
    expect(numbers(early.content).slice(1, 5)).toEqual([['1'], ['2', '2.1'], ['3', '3.1', '3.2', '3.3'], ['4', '4.1']])
    expect(textOf(early.content, 'term.1')).toBe('Terminable under clause 3.3, with charges in Schedule 1; see clauses 3.1 and 3.2.')
    expect(textOf(early.content, 'd.1')).toBe('Disputes under clause 3 go to the Director.')
    expect(textOf(early.content, 'charges.1')).toBe('Charges as in clause 2.1.')
  })

  it('numbers schedules apart from sections and follows "Schedule 1" references', () => {
    const { content, section: schedule } = insertSection(agreement(), { section: { id: 'kpis', heading: 'KPIs', kind: 'schedule' }, position: 5 })
    expect(schedule.number).toBe('1')
    expect(content.sections.at(-1)?.number).toBe('2')
    expect(textOf(content, 'term.1')).toContain('charges in Schedule 2')
  })

  it('adds an unnumbered section where sections are unnumbered (the Kent PRU main body)', () => {
    const content: AgreementContent = { sections: [section('scope', undefined, [prose('a', '', 'Scope.')])] }
    expect(insertSection(content, { section: { id: 'new', heading: 'New', kind: 'section' } }).section.number).toBeUndefined()
  })

  it('deletes a section with its clauses, marks references to them, and restores them', () => {
    const { content, removed } = removeSection(agreement(), 'termination')
    expect(numbers(content).slice(1, 3)).toEqual([
      ['1', '1.1'],
      ['2', '2.1'],
    ])
    expect(textOf(content, 'term.1')).toBe('Terminable under clause [deleted 2.3], with charges in Schedule 1; see clauses [deleted 2.1] and [deleted 2.2].')
    expect(textOf(content, 'd.1')).toBe('Disputes under clause [deleted 2] go to the Director.')

    const restored = restoreSection(content, removed)
    expect(numbers(restored.content).slice(1, 4)).toEqual([
      ['1', '1.1'],
      ['2', '2.1', '2.2', '2.3'],
      ['3', '3.1'],
    ])
    expect(textOf(restored.content, 'term.1')).toBe('Terminable under clause 2.3, with charges in Schedule 1; see clauses 2.1 and 2.2.')
    expect(textOf(restored.content, 'd.1')).toBe('Disputes under clause 2 go to the Director.')
    expect(findBrokenCrossReferences(restored.content)).toEqual([])
  })

  it('moves a section and renumbers its clauses with it', () => {
    const { content } = moveSectionTo(agreement(), 'disputes', 1)
    expect(numbers(content).slice(1, 4)).toEqual([
      ['1', '1.1'],
      ['2', '2.1'],
      ['3', '3.1', '3.2', '3.3'],
    ])
    expect(textOf(content, 'term.1')).toBe('Terminable under clause 3.3, with charges in Schedule 1; see clauses 3.1 and 3.2.')
    expect(textOf(content, 'd.1')).toBe('Disputes under clause 3 go to the Director.')
  })

  it('keeps hand-kept numbering under a renumbered section (free text holding its own "2.4")', () => {
    const content: AgreementContent = {
      sections: [
        section('a', '1', [prose('a.1', '1.1', 'See clause 2.4.')]),
        section('b', '2', [prose('b.1', '2.3', 'Three.'), { id: 'b.p', kind: 'free-text', number: '', heading: '', params: { paragraphs: [{ label: '2.4', text: 'Four.' }] } }]),
      ],
    }
    const { content: after } = insertSection(content, { section: { id: 'new', heading: 'New', kind: 'section' }, position: 0 })
    expect(numbers(after)).toEqual([['1'], ['2', '2.1'], ['3', '3.3', '·']])
    expect(textOf(after, 'a.1')).toBe('See clause 3.4.')
    expect(after.sections[2].clauses[1].params).toEqual({ paragraphs: [{ label: '3.4', text: 'Four.' }] })
    expect(findBrokenCrossReferences(after)).toEqual([])
  })
})
