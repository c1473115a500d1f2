// Dispute resolution stages, in the order the clause names its forums: Kent PRU "refer all matters
// in dispute ... for consideration and decision by members of the Management Committee, who shall
// use their reasonable endeavours to reach a solution ... within a period of twenty one (21) days,
// and failing which ... referral to the Corporate Director, Education, Learning and Skills, their
// decision being final and binding"; Leicestershire memorandum paragraph 9: "resolved within the
// Partnership within a reasonable time and in any event no longer than 4 weeks ... refer the issue
// to the SEIP Executive Steering Group"; "All parties ... agree to be bound by the decisions".
import { formatPeriod } from '../../format'
import type { TDisputeResolutionParams } from '../../dispute-resolution'
import type { DisputeStage } from '../../values'
import { fact, type Fact, type ProposalDraft } from '../proposal'
import type { SourceSentence } from '../sentences'
import { findPeriods } from '../words'
import { tidy, topicOf, type RecogniserInput } from './context'

const ABOUT_DISPUTES = /\bdisputes?\b|\bdisagreements?\b|\bdifferences? between the parties\b/i
// A forum: capitalised words joined by "of", "and", "for", commas ("the Corporate Director,
// Education, Learning and Skills"), optionally "members of" before them.
const FORUM = String.raw`((?:(?:members|the members|representatives) of\s+)?(?:the\s+)?(?:[A-Z][\w’'&-]*)(?:(?:,\s+|\s+(?:of|and|for|on|&)\s+(?:the\s+)?|\s+)(?:[A-Z][\w’'&-]*))*)`
const FORUM_INTRO = [
  /\bfor (?:consideration and )?(?:decision|determination|resolution) by\s+/g,
  /\breferr?(?:ed|al)?\s+(?:[^.;]{0,60}?\s)?to\s+/g,
  /\brefer\s+(?:[^.;]{0,60}?\s)?to\s+/g,
  /\bescalated\s+to\s+/g,
  /\bdealt with by\s+(?:referral to\s+)?/g,
  /\bresolved\s+(?:with)?in\s+/g,
  /\bconsidered by\s+/g,
  /\bmediat\w+ by\s+/g,
]
const FINAL = /\bfinal and binding\b|\bagree to be bound by the decisions?\b|\bdecision (?:shall|will) be final\b|\bbinding on (?:both|all) parties\b/i
const REFERRAL = /\bby giving notice in writing to\s+(?:the\s+)?([A-Z][^.;,]{2,60})/i

interface Mention {
  forum: string
  sentence: SourceSentence
  /** Position in the clause, for ordering. */
  at: number
  start: number
  end: number
}

export function recogniseDisputes(input: RecogniserInput): ProposalDraft<'dispute-resolution'>[] {
  const topicIsDisputes = /dispute/.test(topicOf(input))
  // A section headed as the dispute procedure states its stages across its clauses ("9.3 ... refer
  // the issue to the ESG", "9.4 ... agree to be bound"): they are read together, and proposed on
  // the first clause that names a forum.
  const scope = /dispute/.test(input.section.heading.toLowerCase()) ? input.sectionSentences : input.sentences
  const relevant = scope.filter((sentence) => ABOUT_DISPUTES.test(sentence.text) || (topicIsDisputes && /\brefer|\bresolv|\bescalat/i.test(sentence.text)))
  // A clause that only says a dispute "shall be dealt with in accordance with paragraph 9" names no forum of its own.
  const mentions = relevant.flatMap((sentence, index) => forumMentions(sentence, index))
  if (scope !== input.sentences && !input.sentences.includes(mentions[0]?.sentence)) return []
  const stages: Array<{ stage: DisputeStage; mention: Mention }> = []
  for (const mention of mentions) {
    if (stages.some((existing) => sameForum(existing.stage.forum, mention.forum))) continue
    stages.push({ stage: { forum: mention.forum, finalAndBinding: false }, mention })
  }
  if (stages.length === 0) return []
  // Each time limit belongs to the forum named before it in its sentence ("... by the Committee, who shall ... within 21 days").
  for (const sentence of relevant) {
    for (const period of findPeriods(sentence.text)) {
      if (period.period.unit === 'years' || period.period.unit === 'terms') continue
      const owner = [...stages].reverse().find(({ mention }) => mention.sentence === sentence && mention.start < period.start)
      if (owner && !owner.stage.timeLimit) owner.stage.timeLimit = period.period
    }
  }
  const last = stages[stages.length - 1]
  // "All parties ... agree to be bound by the decisions" may stand in a sentence of its own.
  const finalSentence = scope.find((sentence) => FINAL.test(sentence.text))
  if (finalSentence) last.stage.finalAndBinding = true
  const referral = relevant.map((sentence) => REFERRAL.exec(sentence.text)?.[1]).find(Boolean)
  const params: TDisputeResolutionParams = {
    stages: stages.map(({ stage }) => stage),
    escalationNeedsAgreement: relevant.some((sentence) => /\bupon (?:the )?agreement of the parties\b|\bif the parties (?:so )?agree\b|\bby agreement of the parties\b/i.test(sentence.text)),
    ...(referral ? { referral: `by giving notice in writing to the ${tidy(referral).replace(/^the\s+/i, '')}` } : {}),
  }
  const facts: Fact[] = stages.map(({ stage, mention }, index) => {
    const limit = stage.timeLimit ? `, within ${formatPeriod(stage.timeLimit)}` : ''
    const binding = stage.finalAndBinding ? ', final and binding' : ''
    const value = { forum: stage.forum, timeLimit: stage.timeLimit ? `${stage.timeLimit.amount} ${stage.timeLimit.unit}` : '', finalAndBinding: stage.finalAndBinding }
    return fact('dispute_stage', value, `Stage ${index + 1}: ${stage.forum}${limit}${binding}`, stage.finalAndBinding && finalSentence ? finalSentence : mention.sentence, ABOUT_DISPUTES.test(mention.sentence.text) ? 0.9 : 0.75)
  })
  return [{ kind: 'dispute-resolution', params, facts }]
}

function forumMentions(sentence: SourceSentence, index: number): Mention[] {
  const mentions: Mention[] = []
  for (const intro of FORUM_INTRO) {
    intro.lastIndex = 0
    for (const match of sentence.text.matchAll(intro)) {
      const after = sentence.text.slice((match.index ?? 0) + match[0].length)
      const forum = new RegExp(`^${FORUM}`).exec(after)?.[1]
      if (!forum || !isForum(forum)) continue
      const start = (match.index ?? 0) + match[0].length
      mentions.push({ forum: tidy(forum), sentence, at: index * 10_000 + start, start, end: start + forum.length })
    }
  }
  return mentions.sort((a, b) => a.at - b.at)
}

/** A body that hears disputes, not a document or a clause ("Clause 16", "the Partnership Agreement"). */
function isForum(forum: string): boolean {
  const words = tidy(forum).replace(/^(?:members of|the members of|representatives of)\s+/i, '').replace(/^the\s+/i, '')
  if (words.length < 3) return false
  return !/^(?:clause|paragraph|section|schedule|appendix|this|agreement|memorandum)\b/i.test(words) && !/\b(?:agreement|act|regulations?|protocol|procedure)$/i.test(words)
}

function sameForum(a: string, b: string): boolean {
  const key = (forum: string) => forum.toLowerCase().replace(/^(?:members of|the members of|representatives of)\s+/, '').replace(/^the\s+/, '')
  if (key(a) === key(b) || key(a).endsWith(key(b)) || key(b).endsWith(key(a))) return true
  // "the ESG" after "the SEIP Executive Steering Group": an acronym of the forum's last words.
  return isAcronymOf(key(a), b) || isAcronymOf(key(b), a)
}

function isAcronymOf(acronym: string, forum: string): boolean {
  if (!/^[a-z]{2,6}$/.test(acronym)) return false
  const initials = forum.split(/\s+/).filter((word) => /^[A-Z]/.test(word)).map((word) => word[0].toLowerCase()).join('')
  return initials.endsWith(acronym)
}
