// Termination: notice periods ("six months’ notice in writing", "12 months’ notice terminating at
// the end of an academic year", "two terms’ notice", "at least 90 days’ notice", "3 years’ notice
// ... such notice period to end on 5th April"), immediate termination for breach, and termination
// by agreement. A notice period is read only from a sentence about ending the agreement (or a
// member's part in it); the period is the one that qualifies the word notice.
import type { Alignment } from '../../values'
import type { TTerminationParams } from '../../termination'
import { formatAlignment, formatPeriodPossessive } from '../../format'
import { fact, type Fact, type ProposalDraft } from '../proposal'
import type { SourceSentence } from '../sentences'
import { findDaysOfYear, PERIOD, readPeriod } from '../words'
import { giverOf, topicOf, tidy, type RecogniserInput } from './context'

const ENDING = /\bterminat|\bwithdraw|\bcease to act\b|\bbring (?:this|the) agreement to an end\b|\bend (?:this|the) agreement\b/i
const NOTICE_WORD = /\b(?:notice|notification)\b/i
// The period directly before "notice" ("6 months written notice", "12 months’ notice in writing"),
// or after "notice (period) of" ("A notice period of six months").
const BEFORE_NOTICE = new RegExp(`(?:${PERIOD.source})\\s+(?:prior\\s+|advance\\s+|written\\s+|clear\\s+)*(?:notice|notification)\\b`, 'i')
const AFTER_NOTICE = new RegExp(`\\b(?:notice|notification)(?:\\s+period)?\\s+of\\s+(?:not\\s+less\\s+than\\s+|at\\s+least\\s+)?(?:${PERIOD.source})`, 'i')
const IMMEDIATE = /\bterminat\w*[^.]{0,60}?\b(?:immediately|with immediate effect|forthwith)\b|\bimmediate termination\b/i
const BY_AGREEMENT = /\bterminat\w*[^.]{0,80}?\b(?:with the (?:written )?agreement of both parties|by (?:mutual|written) agreement|by agreement between the parties)|\b(?:mutual|both parties') agreement to terminate\b/i

export function recogniseTermination(input: RecogniserInput): ProposalDraft<'termination'>[] {
  const clauseMentionsEnding = input.sentences.some((sentence) => ENDING.test(sentence.text)) || /terminat/.test(topicOf(input))
  const notices = input.sentences.flatMap((sentence) => noticeIn(sentence, input, clauseMentionsEnding) ?? [])
  const rights = input.sentences.flatMap((sentence) => otherRightsIn(sentence, input))
  if (notices.length === 0 && rights.length === 0) return []
  const withRights = (params: TTerminationParams, facts: Fact[]) => {
    for (const right of rights) {
      if (right.immediate && !params.immediateTermination) params.immediateTermination = right.immediate
      if (right.byAgreement) params.byMutualAgreement = true
      facts.push(right.fact)
    }
  }
  if (notices.length === 0) {
    const params: TTerminationParams = { byMutualAgreement: false }
    const facts: Fact[] = []
    withRights(params, facts)
    return [{ kind: 'termination', params, facts }]
  }
  // Each notice right is its own proposal; other rights in the clause go with the first.
  return notices.map((notice, index) => {
    const facts = [notice.fact]
    const params = { ...notice.params }
    if (index === 0) withRights(params, facts)
    return { kind: 'termination' as const, params, facts }
  })
}

function noticeIn(sentence: SourceSentence, input: RecogniserInput, clauseMentionsEnding: boolean): { params: TTerminationParams; fact: Fact } | undefined {
  const { text } = sentence
  if (!NOTICE_WORD.test(text)) return undefined
  const match = BEFORE_NOTICE.exec(text) ?? AFTER_NOTICE.exec(text)
  if (!match) return undefined
  const periodMatch = new RegExp(PERIOD.source, 'i').exec(match[0])
  const found = periodMatch ? readPeriod(periodMatch) : undefined
  if (!found || found.period.unit === 'hours') return undefined
  const endsHere = ENDING.test(text)
  if (!endsHere && !clauseMentionsEnding) return undefined
  const alignment = alignmentIn(text)
  const giver = giverOf(text, input.parties)
  const effect = /\bwithdraw/i.test(text) ? 'withdraws_member' : /\bcease to act as the lead school\b/i.test(text) ? 'ends_lead_role' : 'terminates_agreement'
  const params: TTerminationParams = {
    noticeBy: giver ?? (effect === 'withdraws_member' ? 'any_member' : 'either'),
    noticePeriod: found.period,
    alignment,
    effect,
    byMutualAgreement: false,
  }
  if (/\bin writing\b|\bwritten\b/i.test(text)) params.inWriting = true
  if (/\bor such (?:other )?notice as is reasonable\b/i.test(text)) params.orReasonableNotice = true
  // Sure when the sentence itself is about ending the agreement and names who may end it.
  const confidence = (endsHere ? 0.95 : 0.75) - (giver ? 0 : 0.1)
  const who = giver ? '' : ' (who may give it is not stated: check)'
  const summary = `${formatPeriodPossessive(found.period)} notice${formatAlignment(alignment)}${who}`
  const value = { period: `${found.period.amount} ${found.period.unit}`, alignment: alignmentKey(alignment), giver: params.noticeBy ?? 'either', effect }
  return { params, fact: fact('notice_period', value, summary, sentence, confidence) }
}

function alignmentIn(text: string): Alignment {
  if (/\bend of (?:an?|the|each|any)?\s*(?:current\s+|then current\s+)?academic year\b/i.test(text)) return { kind: 'academic_year_end' }
  if (/\bend of (?:an?|the|each|any)?\s*(?:current\s+)?financial year\b/i.test(text)) return { kind: 'financial_year_end' }
  const fixed = /\b(?:to end|ending|expir\w*|terminat\w*|end)\s+on\s+(?:the\s+)?([^,.;]{3,30})/i.exec(text)
  const day = fixed ? findDaysOfYear(fixed[1])[0] : undefined
  if (day) return { kind: 'fixed_day', day: day.day.day, month: day.day.month }
  return { kind: 'none' }
}

function alignmentKey(alignment: Alignment): string {
  return alignment.kind === 'fixed_day' ? `${alignment.day}/${alignment.month}` : alignment.kind
}

interface OtherRight {
  immediate?: { by: string; grounds: string }
  byAgreement?: boolean
  fact: Fact
}

function otherRightsIn(sentence: SourceSentence, input: RecogniserInput): OtherRight[] {
  const rights: OtherRight[] = []
  const { text } = sentence
  if (IMMEDIATE.test(text)) {
    const by = giverOf(text, input.parties) ?? 'either'
    const grounds = /\b((?:if|in the event that|where|for|on)\b.*)$/i.exec(text.slice(IMMEDIATE.exec(text)?.index ?? 0))?.[1]
    const groundsText = tidy(grounds ?? 'as set out in this clause')
    rights.push({
      immediate: { by, grounds: groundsText },
      fact: fact('termination_right', { right: 'immediate', by }, `Immediate termination ${groundsText}`, sentence, grounds ? 0.9 : 0.7),
    })
  }
  if (BY_AGREEMENT.test(text)) {
    rights.push({ byAgreement: true, fact: fact('termination_right', { right: 'mutual_agreement' }, 'Termination by agreement of both parties', sentence, 0.9) })
  }
  return rights
}
