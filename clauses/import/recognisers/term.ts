// The term: "commences on the 1st September 2018 and continues until the 31st July 2020",
// "will commence on 1st February 2017 and end on 31st March 2019", "runs till 31 March 2019",
// "(backdated to 1st April 2016)", "remain in place for a period of three full calendar years",
// "for a period of three years from", "the duration of the contract is three years", with any
// review ("subject to annual review by ...") and extension ("may be extended by the written
// agreement of the parties and will run from April to the following March").
import { formatDate, formatPeriod } from '../../format'
import type { TTermParams } from '../../term'
import { fact, type Fact, type ProposalDraft } from '../proposal'
import type { SourceSentence } from '../sentences'
import { findDates, PERIOD, readPeriod } from '../words'
import { tidy, topicOf, type RecogniserInput } from './context'

// The agreement itself, not a report or a payment: "This Agreement", "The agreement", "the contract", "this SLA".
const ABOUT_AGREEMENT = /\b(?:this|the)\s+(?:agreement|contract|sla|service level agreement|memorandum|arrangement)\b/i
const START = /\b(?:commenc\w*|start\w*|begin\w*|take effect|effective|come into (?:force|effect))\s+(?:on\s+|from\s+)?(?:the\s+)?$/i
const END = /\b(?:until|till|to|end\w*\s+on|expir\w*\s+on|terminat\w*\s+on|up to and including|continu\w*\s+until)\s+(?:the\s+)?$/i
const DURATION = new RegExp(
  `\\b(?:remain in (?:place|force|effect)|continue|run|be in force|duration of (?:the|this) (?:agreement|contract)(?: shall be| will be| is)|term of (?:this|the) agreement(?: shall be| will be| is)|for a (?:fixed )?(?:period|term) of)\\s+(?:for\\s+)?(?:a\\s+(?:fixed\\s+)?(?:period|term)\\s+of\\s+)?(?:${PERIOD.source})`,
  'i',
)
const REVIEW = /\b(annual|yearly|termly|biannual|bi-annual|two-yearly)\s+review\b|\breviewed\s+(annually|termly|a minimum of once (?:per|a|each) year|once (?:per|a|each) year|every year)\b/i

export function recogniseTerm(input: RecogniserInput): ProposalDraft<'term'>[] {
  const aboutTerm = /\b(?:term|duration|period of (?:the )?agreement|commencement)\b/.test(topicOf(input))
  const params: TTermParams = {}
  const facts: Fact[] = []
  for (const sentence of input.sentences) {
    if (!ABOUT_AGREEMENT.test(sentence.text) && !aboutTerm) continue
    readDates(sentence, params, facts, aboutTerm)
    readDuration(sentence, params, facts)
    readReview(sentence, params, facts)
    readExtension(sentence, params, facts)
  }
  // An end date and a duration in one clause: the date is the term, the duration only restates it.
  if (params.endsOn && params.duration) {
    delete params.duration
    const index = facts.findIndex((item) => item.value.field === 'duration')
    if (index >= 0) facts.splice(index, 1)
  }
  if (facts.length === 0) return []
  return [{ kind: 'term', params, facts }]
}

function readDates(sentence: SourceSentence, params: TTermParams, facts: Fact[], aboutTerm: boolean) {
  const { text } = sentence
  const certainty = ABOUT_AGREEMENT.test(text) ? 0.95 : aboutTerm ? 0.8 : 0.6
  for (const found of findDates(text)) {
    const before = text.slice(Math.max(0, found.start - 60), found.start)
    if (/\bbackdated\s+to\s+(?:the\s+)?$/i.test(before)) {
      if (params.backdatedTo) continue
      params.backdatedTo = found.date
      facts.push(fact('term_dates', { field: 'backdatedTo', value: found.date }, `Backdated to ${formatDate(found.date)}`, sentence, certainty))
    } else if ((START.test(before) || /\b(?:years?|months?|terms?)\s+(?:commencing\s+|starting\s+)?(?:from|on)\s+(?:the\s+)?$/i.test(before)) && !params.commencesOn) {
      params.commencesOn = found.date
      facts.push(fact('term_dates', { field: 'commencesOn', value: found.date }, `Commences on ${formatDate(found.date)}`, sentence, certainty))
    } else if (END.test(before) && !params.endsOn && (params.commencesOn === undefined || found.date > params.commencesOn)) {
      params.endsOn = found.date
      facts.push(fact('term_dates', { field: 'endsOn', value: found.date }, `Ends on ${formatDate(found.date)}`, sentence, certainty))
    }
  }
}

function readDuration(sentence: SourceSentence, params: TTermParams, facts: Fact[]) {
  if (params.duration) return
  const match = DURATION.exec(sentence.text)
  if (!match) return
  const periodMatch = new RegExp(PERIOD.source, 'i').exec(match[0])
  const found = periodMatch ? readPeriod(periodMatch) : undefined
  if (!found || !['years', 'months', 'terms'].includes(found.period.unit)) return
  params.duration = found.period
  facts.push(fact('term_dates', { field: 'duration', value: `${found.period.amount} ${found.period.unit}` }, `Runs for ${formatPeriod(found.period)}`, sentence, ABOUT_AGREEMENT.test(sentence.text) ? 0.9 : 0.75))
}

function readReview(sentence: SourceSentence, params: TTermParams, facts: Fact[]) {
  if (params.review) return
  const match = REVIEW.exec(sentence.text)
  if (!match) return
  const word = (match[1] ?? match[2]).toLowerCase()
  const frequency = /termly/.test(word) ? 'termly' : /bi-?annual|two-yearly/.test(word) ? 'biannual' : 'annual'
  const by = /\breview\w*\s+by\s+(?:the\s+)?([A-Z][^,.;]{2,80})/.exec(sentence.text)?.[1]
  const continuesWithoutReview = /\bin lieu of any review\b|\bremain in effect\b/i.test(sentence.text)
  params.review = { frequency, continuesWithoutReview, ...(by ? { by: `the ${tidy(by)}` } : {}) }
  facts.push(fact('review', { frequency }, `Reviewed ${frequency === 'annual' ? 'every year' : frequency === 'termly' ? 'every term' : 'every two years'}${by ? ` by the ${tidy(by)}` : ''}`, sentence, 0.85))
}

function readExtension(sentence: SourceSentence, params: TTermParams, facts: Fact[]) {
  if (params.extension || !/\bmay be extended\b/i.test(sentence.text)) return
  const runsFor = /\bfrom april to (?:the following )?march\b|\bfinancial year\b/i.test(sentence.text) ? 'financial_year' : /\bfrom september to (?:the following )?august\b|\bacademic year\b/i.test(sentence.text) ? 'academic_year' : 'agreed_period'
  params.extension = { inWriting: /\bwritten\b|\bin writing\b/i.test(sentence.text), runsFor }
  facts.push(fact('review', { extension: runsFor }, `May be extended by agreement${runsFor === 'financial_year' ? ', a financial year at a time' : runsFor === 'academic_year' ? ', an academic year at a time' : ''}`, sentence, 0.85))
}
