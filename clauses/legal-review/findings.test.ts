import { getTemplate } from '#templates/registry'
import { legalFindings } from './findings'

function findingsOf(templateKey: string) {
  const template = getTemplate(templateKey)
  if (!template) throw new Error(templateKey)
  return legalFindings(template.build({ commencesOn: '2026-09-01', endsOn: '2029-08-31' }).content).map((finding) => finding.code)
}

describe('legal findings, per seed', () => {
  test.each([
    // Kent STLS has clause 16 on notices but no dispute resolution clause at all.
    ['kent-stls', ['no_dispute_clause']],
    // Kent PRU: disputes go to the Management Committee, but there is no notices clause.
    ['kent-pru-sla', ['no_notices_clause']],
    // Southend: no notices clause, no dispute clause, and nothing ends it by notice.
    ['southend-ap-pathways', ['no_notices_clause', 'no_dispute_clause', 'no_notice_to_terminate']],
    // Leicestershire SEIP: the dispute procedure is in the MOU (9.3); no notices clause.
    ['leicestershire-seip', ['no_notices_clause']],
    // Nottingham: 9.1 ends it on notice; no notices clause and no dispute clause.
    ['nottingham-devolved-funding', ['no_notices_clause', 'no_dispute_clause']],
  ])('%s', (templateKey, expected) => {
    expect(findingsOf(templateKey)).toEqual(expected)
  })

  test('a notices clause that permits email without a deemed-service rule for it', () => {
    const template = getTemplate('kent-stls')!
    const { content } = template.build({})
    const notices = content.sections.flatMap((section) => section.clauses).find((clause) => clause.kind === 'notices')
    if (notices?.kind !== 'notices') throw new Error('Kent STLS has a notices clause')
    notices.params = { ...notices.params, methods: [...notices.params.methods, 'email'] }
    expect(legalFindings(content)).toContainEqual({
      code: 'method_without_deemed_service',
      title: 'Clause 16.1 permits email without saying when it is served',
      detail: 'The timeline takes a notice by email as served on the day it is sent - an assumption the clause does not support.',
      clause: '16.1',
    })
  })
})
