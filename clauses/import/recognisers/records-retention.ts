// Records retention. Leicestershire SEIP clause 10.1: "The SEIP will maintain full documentary
// records of all decisions made for a period of 7 financial years (including current) together
// with all supporting documentation in relation to the funding allocation and will provide such
// documentation to the Authority ... on request"; Nottingham clause 5.1: "for a period of 3 years".
import type { TRecordsRetentionParams } from '../../records-retention'
import { fact, type ProposalDraft } from '../proposal'
import { PERIOD, readPeriod } from '../words'
import { tidy, type RecogniserInput } from './context'

const RETENTION = new RegExp(`^(.*?)\\b(?:will|shall|must)\\s+(?:maintain|keep|retain|hold)\\s+(.{0,120}?\\brecords?\\b.{0,80}?)\\s+for\\s+(?:a\\s+(?:minimum\\s+)?period\\s+of\\s+|at\\s+least\\s+)?(${PERIOD.source})(\\s*\\(including (?:the )?current(?: year)?\\))?`, 'i')

export function recogniseRecordsRetention(input: RecogniserInput): ProposalDraft<'records-retention'>[] {
  for (const sentence of input.sentences) {
    const match = RETENTION.exec(sentence.text)
    if (!match) continue
    const periodMatch = new RegExp(PERIOD.source, 'i').exec(match[3])
    const found = periodMatch ? readPeriod(periodMatch) : undefined
    if (!found || found.period.unit !== 'years') continue
    const rest = sentence.text.slice((match.index ?? 0) + match[0].length)
    const relatingTo = /\bin relation to\s+(?:the\s+)?([^.;]{3,60}?)(?:\s+and\b|[.;]|$)/i.exec(rest)?.[1]
    const availableTo = /\bprovide\s+(?:such|the|this)?\s*(?:documentation|records|information)\s+to\s+(.{3,120}?)\s+(?:on|upon)\s+request\b/i.exec(rest)?.[1]
    const params: TRecordsRetentionParams = {
      period: found.period,
      countedIn: found.qualifier === 'financial' ? 'financial_years' : 'years',
      includesCurrentYear: Boolean(match[match.length - 1]),
      keptBy: tidy(match[1]) || '[Insert who keeps the records]',
      records: tidy(match[2]),
      availableTo: availableTo ? tidy(availableTo) : '[Insert who may see the records]',
      ...(relatingTo ? { relatingTo: `the ${tidy(relatingTo).replace(/^the\s+/i, '')}` } : {}),
    }
    const years = `${found.period.amount} ${params.countedIn === 'financial_years' ? 'financial years' : 'years'}${params.includesCurrentYear ? ' (including the current year)' : ''}`
    const value = { years: found.period.amount, financialYears: params.countedIn === 'financial_years', includesCurrentYear: params.includesCurrentYear }
    return [{ kind: 'records-retention', params, facts: [fact('records_retention', value, `Records kept for ${years}`, sentence, 0.9)] }]
  }
  return []
}
