import { listRequiredBlanks, validateAgreementDraft } from '#clauses/agreement-content'
import { getTemplate, templates } from '#templates/registry'

describe('the template registry', () => {
  it('has the six seed templates under their keys', () => {
    expect(templates.map((template) => template.key)).toEqual([
      'kent-pru-sla',
      'southend-ap-pathways',
      'leicestershire-seip',
      'leicestershire-seip-mou',
      'kent-stls',
      'nottingham-devolved-funding',
    ])
    expect(getTemplate('kent-stls')?.authorityName).toBe('Kent County Council')
    expect(getTemplate('unknown')).toBeUndefined()
  })

  it.each(templates.map((template) => [template.key, template] as const))('%s builds valid content with unique clause ids', (_key, template) => {
    for (const options of [{}, { commencesOn: '2026-09-01', endsOn: '2029-08-31' }]) {
      const built = template.build(options)
      const result = validateAgreementDraft({ parties: built.parties, content: built.content })
      expect(result.success ? [] : result.issues).toEqual([])
      const ids = built.content.sections.flatMap((section) => section.clauses.map((clause) => clause.id))
      expect(new Set(ids).size).toBe(ids.length)
    }
  })

  it('marks the seeds’ blanks as required before legal review, and only where the seed has them', () => {
    expect(listRequiredBlanks(getTemplate('southend-ap-pathways')!.build())).toEqual([])
    expect(listRequiredBlanks(getTemplate('kent-pru-sla')!.build()).map((blank) => blank.path)).toEqual([
      'parties.1.name',
      'content.sections.6.clauses.0.params.commencesOn',
    ])
  })
})

describe('building with only a commencement date', () => {
  it.each(['southend-ap-pathways', 'leicestershire-seip', 'nottingham-devolved-funding'])('%s drops the seed end date and asks for one', (key) => {
    const built = getTemplate(key)!.build({ commencesOn: '2026-09-01' })
    expect(validateAgreementDraft({ parties: built.parties, content: built.content }).success).toBe(true)
    expect(listRequiredBlanks(built).map((blank) => blank.message)).toContainEqual(expect.stringMatching(/: End date is still blank$/))
  })
})
