// Notices and deemed service. Kent STLS clause 16.1: "if sent by pre-paid first class post, on
// the second business day after the date of posting; if delivered by hand, upon delivery ...; if
// sent by facsimile, on the day of transmission ... provided that if it is delivered by hand or
// sent by facsimile on a day which is not a business day or after 4.00 pm on a business day, it
// will instead be deemed given or made on the next business day."
import { formatClockTime } from '../../notices'
import type { TNoticesParams } from '../../notices'
import type { DeemedServiceRule, NoticeMethod } from '../../values'
import { fact, type Fact, type ProposalDraft } from '../proposal'
import type { SourceSentence } from '../sentences'
import { readClockTime, readOrdinal } from '../words'
import type { RecogniserInput } from './context'

const METHODS: Array<{ method: NoticeMethod; words: RegExp }> = [
  { method: 'post', words: /\b(?:post|posted|posting|first[- ]class)\b/i },
  { method: 'hand', words: /\b(?:by hand|hand[- ]delivered|delivered personally)\b/i },
  { method: 'fax', words: /\b(?:facsimile|fax)\b/i },
  { method: 'email', words: /\be-?mail\b/i },
]
const DEEMED = /\bdeemed\b|\bduly (?:given|served|received)\b|\btreated as (?:received|served)\b/i
const DAYS_AFTER = /\b(?:on\s+the\s+)?(\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth)\s+(?:business|working|clear)\s+day\s+after\b/i
const SAME_DAY = /\b(?:upon|on)\s+delivery\b|\bon the day of (?:transmission|sending|delivery)\b|\bwhen (?:sent|delivered|transmitted)\b|\bat the time of (?:transmission|sending)\b/i
const CUT_OFF = /\bafter\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}[.:]\d{2})/i

export function recogniseNotices(input: RecogniserInput): ProposalDraft<'notices'>[] {
  const clauseText = input.sentences.map((sentence) => sentence.text).join(' ')
  if (!DEEMED.test(clauseText)) return []
  const rules = new Map<NoticeMethod, DeemedServiceRule>()
  const facts: Fact[] = []
  for (const sentence of input.sentences) {
    for (const part of sentence.text.split(/;\s*/)) readRule(part, sentence, rules, facts)
    readCutOff(sentence, rules, facts)
  }
  if (rules.size === 0) return []
  const sectionText = input.section.clauses.flatMap((clause) => clause.paragraphs.map((paragraph) => paragraph.text)).join(' ')
  const params: TNoticesParams = {
    inWriting: /\bin writing\b/i.test(clauseText),
    methods: [...rules.keys()],
    deemedService: [...rules.values()],
    addressForService: /\baddress stated in this agreement\b|\baddress (?:set out|given) (?:in|above)\b/i.test(sectionText) ? 'stated_in_agreement' : 'as_notified',
  }
  if (/\bconfirmatory copy\b/i.test(clauseText) && rules.has('fax')) params.faxNeedsPostedConfirmation = true
  return [{ kind: 'notices', params, facts }]
}

/** One method's rule: "if sent by pre-paid first class post, on the second business day after the date of posting". */
function readRule(part: string, sentence: SourceSentence, rules: Map<NoticeMethod, DeemedServiceRule>, facts: Fact[]) {
  // The method is the one the rule opens with ("if sent by facsimile, ..."); a proviso later in
  // the sentence may name others.
  const condition = /^\W*(?:if|where|when)\b[^,]{0,80},/i.exec(part)?.[0] ?? part
  const methods = METHODS.filter(({ words }) => words.test(condition))
  if (methods.length !== 1) return
  const { method } = methods[0]
  if (rules.has(method)) return
  const after = DAYS_AFTER.exec(part)
  const businessDaysAfter = after ? readOrdinal(after[1]) : SAME_DAY.test(part) ? 0 : undefined
  if (businessDaysAfter === undefined || businessDaysAfter > 10) return
  rules.set(method, { method, businessDaysAfter })
  const when = businessDaysAfter === 0 ? 'on the day it is delivered or sent' : `${businessDaysAfter} business day${businessDaysAfter > 1 ? 's' : ''} after sending`
  facts.push(fact('deemed_service', { method, businessDaysAfter }, `${methodWords(method)}: deemed served ${when}`, sentence, 0.9))
}

/** "if it is delivered by hand or sent by facsimile ... after 4.00 pm on a business day": later the next business day. */
function readCutOff(sentence: SourceSentence, rules: Map<NoticeMethod, DeemedServiceRule>, facts: Fact[]) {
  const match = CUT_OFF.exec(sentence.text)
  if (!match || !/\bnext (?:business|working) day\b/i.test(sentence.text)) return
  const time = readClockTime(match[1])
  if (!time) return
  // The methods named in the proviso that sets the cut-off: from its last "provided that" or
  // "if it is" before the time (an earlier proviso may name another method).
  const before = sentence.text.slice(0, match.index)
  const opening = Math.max(before.lastIndexOf('provided that'), before.search(/\bif it is\b[^]*$/i))
  const proviso = sentence.text.slice(Math.max(0, opening), (match.index ?? 0) + match[0].length)
  for (const { method, words } of METHODS) {
    const rule = rules.get(method)
    if (!rule || rule.cutOffTime || !words.test(proviso)) continue
    rule.cutOffTime = time
    facts.push(fact('deemed_service', { method, cutOffTime: time }, `${methodWords(method)} after ${formatClockTime(time)}, or on a day that is not a business day: deemed served on the next business day`, sentence, 0.85))
  }
}

function methodWords(method: NoticeMethod): string {
  return { post: 'By post', hand: 'By hand', fax: 'By fax', email: 'By email' }[method]
}
