import { findBrokenCrossReferences, listCrossReferences } from '#clauses/cross-references'
import { templates } from './registry'

// Every seed's own references ("Clause 8 of this Agreement", "clauses 17.4 and 17.5", "Appendix 1")
// resolve, so a flag on a draft always means a structure edit broke one.
describe.each(templates.map((template) => [template.key, template] as const))('%s', (_key, template) => {
  it('has no cross-reference that points at nothing', () => {
    expect(findBrokenCrossReferences(template.build().content)).toEqual([])
  })
})

it('finds the seeds’ references (Leicestershire SEIP 3.1: "Clause 16", "Clause 8 of this Agreement")', () => {
  const seip = templates.find((template) => template.key === 'leicestershire-seip')?.build()
  const numbers = listCrossReferences(seip?.content ?? { sections: [] }).map((reference) => reference.number)
  expect(numbers).toEqual(expect.arrayContaining(['16', '8', '15', '2.7', '17.2', '13.1']))
})
