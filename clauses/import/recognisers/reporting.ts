// Reporting duties and timed obligations. Reports: "produce by 31st March each year an Annual
// Expenditure Report", "publish an annual budget plan no later than October half term", "provide
// ... termly progress reports", "report on a monthly basis on attendance", "6 termly Local
// Activity Reports ... during an academic year". Obligations with a deadline after an event:
// "within five working days of referral", "within 72 hours of the initial complaint", "within 15
// term-time days of the young person being admitted".
// A report whose due date the calendar cannot compute from the words (monthly with no day, "two
// weeks prior to this meeting" with no meeting date) is still read and shown, but not typed.
import { formatDueRule, formatPeriod } from '../../format'
import type { TObligationsParams } from '../../obligations'
import type { TReport, TReportingParams } from '../../reporting'
import type { DueRule } from '../../values'
import { fact, type Fact, type ProposalDraft } from '../proposal'
import type { SourceSentence } from '../sentences'
import { findDaysOfYear, NUMBER_WORDS, PERIOD, readNumber, readPeriod } from '../words'
import { partyNamed, tidy, type RecogniserInput } from './context'

const REPORT_NAME = /\b((?:[A-Z][\w’'&-]*\s+){0,5}(?:Report|Return)s?|(?:(?:annual|termly|monthly|half[- ]termly|progress|budget|activity|expenditure|monitoring|attendance|financial|strategic)\s+){1,3}(?:report|return|plan|statement)s?)\b/
// "report on a monthly basis on attendance": a report named by what it is on.
const REPORT_ON = /\breport\w*\s+(?:on\s+)?(?:a\s+)?(?:monthly|termly|half[- ]termly|annual|yearly)\s+basis\s+on\s+([a-z][a-z ]{2,30}?)(?:\s+for\b|\s+to\b|[.,;]|$)/i
const FREQUENCY = /\b(monthly|termly|half[- ]termly|annual(?:ly)?|yearly|each year|every year|per (?:academic )?year|once per academic year|on a (monthly|termly|half[- ]termly|annual|yearly) basis)\b/i
const REPORT_VERB = /\b(?:report|provide|produce|publish|submit|send|prepare|present)\w*\b/i
const WITHIN_EVENT = new RegExp(`\\bwithin\\s+(?:a period of\\s+)?(?:${PERIOD.source})\\s+of\\s+(?:the\\s+)?([a-z][^,.;]{2,80})`, 'i')

export function recogniseReporting(input: RecogniserInput): Array<ProposalDraft<'reporting'> | ProposalDraft<'obligations'>> {
  const reports: TReport[] = []
  const reportFacts: Fact[] = []
  const obligations: TObligationsParams['obligations'] = []
  const obligationFacts: Fact[] = []
  for (const sentence of input.sentences) {
    const obligation = obligationIn(sentence, input)
    if (obligation) {
      obligations.push({ ...obligation.obligation, id: `obligation-${obligations.length + 1}` })
      obligationFacts.push(obligation.fact)
      continue
    }
    const report = reportIn(sentence, input)
    if (!report) continue
    reportFacts.push(report.fact)
    reports.push({ ...report.report, id: `report-${reports.length + 1}` } as TReport)
  }
  const drafts: Array<ProposalDraft<'reporting'> | ProposalDraft<'obligations'>> = []
  if (reportFacts.length > 0) {
    const params: TReportingParams = { reports, asTable: false }
    drafts.push({ kind: 'reporting', params, facts: reportFacts })
  }
  if (obligations.length > 0) drafts.push({ kind: 'obligations', params: { obligations }, facts: obligationFacts })
  return drafts
}

/** A report read from a sentence; its due date is left out where the words do not give one the calendar can compute, for the person to complete. */
function reportIn(sentence: SourceSentence, input: RecogniserInput): { report: Omit<TReport, 'id' | 'due'> & { due?: DueRule }; fact: Fact } | undefined {
  const { text } = sentence
  const reportOn = REPORT_ON.exec(text)
  const named = reportOn ? { index: reportOn.index, words: reportOn[0], name: `${reportOn[1]} report`, verb: true } : nameOf(REPORT_NAME.exec(text)) ?? deliverableIn(text) ?? passiveIn(text)
  if (!named || /\bKey Performance Indicators?\b|\bKPIs?\b/.test(named.name)) return undefined
  // The verb must stand outside the report's name ("The Annual Report will comprise" is no
  // duty), unless the report is sent to someone ("with termly reports to the LA").
  const rest = `${text.slice(0, named.index)} ${text.slice(named.index + named.words.length)}`
  const frequency = FREQUENCY.exec(text)
  const sentTo = /^\s*to\s+(?:the\s+)?[A-Z]/.test(text.slice(named.index + named.words.length))
  if (!named.verb && !REPORT_VERB.test(rest) && !sentTo) return undefined
  const due = dueIn(text, frequency?.[0])
  if (!frequency && !due) return undefined
  const reportName = cleanName(named.name)
  const times = new RegExp(`\\b(${NUMBER_WORDS})\\s+(?:termly|monthly|annual)?\\s*(?:[A-Z][\\w]*\\s+){0,4}(?:reports|returns)\\b|\\b(\\d{1,2}) times a year\\b`, 'i').exec(text)
  const timesPerYear = times ? (times[2] ? Number(times[2]) : readNumber(times[1])) : undefined
  const word = (frequency?.[2] ?? frequency?.[1] ?? '').toLowerCase()
  const kind: TReport['frequency'] = /month/.test(word) ? 'monthly' : /half/.test(word) ? 'half_termly' : /term/.test(word) ? 'termly' : 'annual'
  const to = recipientsIn(text, input)
  const summary = `${reportName}: ${due ? formatDueRule(due) : kind === 'annual' ? 'every year' : kind.replace('_', '-')}${timesPerYear ? ` (${timesPerYear} a year)` : ''}${to.length ? `, to ${to.join(', ')}` : ''}`
  const value = { name: reportName.toLowerCase(), frequency: kind }
  const report = { name: reportName, to: to.length > 0 ? to : ['[Insert who receives the report]'], frequency: kind, ...(due ? { due } : {}), ...(timesPerYear ? { timesPerYear } : {}) }
  return { report, fact: fact('reporting', value, summary, sentence, due ? 0.85 : 0.65) }
}

/** A due rule the calendar can compute, or nothing. */
function dueIn(text: string, frequency: string | undefined): DueRule | undefined {
  if (/\b(?:no later than|by|before)\s+(?:the\s+)?(?:start of the\s+)?october half[- ]term\b/i.test(text)) return { kind: 'by_october_half_term' }
  const byDate = /\bby\s+(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+)\s+(?:each|every|in each) year\b/.exec(text)
  const day = byDate ? findDaysOfYear(byDate[1])[0] : undefined
  if (day) return { kind: 'annual_fixed_day', day: day.day.day, month: day.day.month }
  if (frequency && /term/i.test(frequency) && !/half/i.test(frequency)) return { kind: 'termly' }
  return undefined
}

function nameOf(match: RegExpExecArray | null) {
  return match ? { index: match.index, words: match[0], name: match[1], verb: false } : undefined
}

// "Results of the surveys will be submitted ... once per academic year": the subject is what is sent.
const PASSIVE = /^(?:the\s+)?(.{3,60}?)\s+(?:will|shall|must|are to|is to)\s+be\s+(?:submitted|provided|sent|reported|shared|presented)\b/i

function passiveIn(text: string) {
  const match = PASSIVE.exec(text)
  return match ? { index: match.index, words: match[0], name: match[1], verb: true } : undefined
}

// "provide termly pupil data", "provide details of pupil numbers ... on a half termly basis",
// "report on their annual funding forecast": a deliverable named by what is provided.
const DELIVERABLE = /\b(?:provide|submit|send|share|report on|produce|inform)\s+(?:the\s+|their\s+|its\s+|details of\s+|copies of\s+)*((?:(?!on\b|to\b|for\b|with\b|in\b|at\b|by\b)[a-z][\w’'-]*\s*){1,5})/i

function deliverableIn(text: string) {
  const match = DELIVERABLE.exec(text)
  // The frequency must qualify what is provided, close after it.
  if (!match || !FREQUENCY.test(text.slice(match.index, match.index + match[0].length + 100))) return undefined
  const words = match[1].trim().replace(/^(?:termly|monthly|annual|half[- ]termly|yearly)\s+/i, '')
  if (words.split(/\s+/).length < 1 || /^(?:support|advice|a|an|all|any|such)\b/i.test(words)) return undefined
  return { index: match.index, words: match[0], name: words, verb: true }
}

function recipientsIn(text: string, input: RecogniserInput): string[] {
  const match = /\b(?:to|submitted to|sent to|presented to|provide to)\s+(?:the\s+)?((?:[A-Z][\w’'&()-]*)(?:(?:,\s+|\s+(?:of|and|for)\s+(?:the\s+)?|\s+)(?:[A-Z][\w’'&()-]*))*)/.exec(text)
  if (!match) return []
  const recipient = tidy(match[1])
  const party = partyNamed(recipient, input.parties)
  return [party?.definedAs ?? (recipient.length <= 3 ? `the ${recipient}` : recipient)]
}

function cleanName(name: string): string {
  const trimmed = tidy(name).replace(/^(?:an?|the)\s+/i, '')
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1)
}

function obligationIn(sentence: SourceSentence, input: RecogniserInput): { obligation: Omit<TObligationsParams['obligations'][number], 'id'>; fact: Fact } | undefined {
  const match = WITHIN_EVENT.exec(sentence.text)
  if (!match || /\bdispute|\bnotice\b/i.test(sentence.text)) return undefined
  const periodMatch = new RegExp(PERIOD.source, 'i').exec(match[0])
  const found = periodMatch ? readPeriod(periodMatch) : undefined
  // The event ends where the sentence moves on to another duty ("... and the Provider will ...").
  const event = tidy((match[match.length - 1] ?? '').split(/\s+and\s+(?:the|a|an|they|it|this|that)\s+\w+\s+(?:will|shall|must|should)\b/)[0])
  if (!found || !event || /^\d/.test(event)) return undefined
  const duty = tidy(sentence.text.slice(0, match.index).replace(/^.*?\b(?:will|shall|must|should)\s+(?:be\s+)?(?:expected to\s+|required to\s+)?/i, ''))
  const owner = partyNamed(sentence.text.slice(0, match.index), input.parties)
  const owedBy = owner?.definedAs ?? (/\bthe provider\b/i.test(sentence.text) ? 'The Provider' : '[Insert who owes the duty]')
  const due: DueRule = { kind: 'after_event', within: found.period, event }
  return {
    obligation: { duty: duty || tidy(sentence.text), owedBy, due },
    fact: fact('obligation', { within: `${found.period.amount} ${found.period.unit}`, event }, `Within ${formatPeriod(found.period)} of ${event}`, sentence, 0.8),
  }
}
