// Governing law: "governed by English law", "the laws of England and Wales", and which courts have
// jurisdiction (Kent STLS clause 19.8, Leicestershire SEIP clause 18).
import type { TGoverningLawParams } from '../../governing-law'
import { fact, type ProposalDraft } from '../proposal'
import type { RecogniserInput } from './context'

const GOVERNED = /\bgoverned by\b[^.]{0,60}?\b(English law|the laws? of England(?: and Wales)?|English Law)\b/i

export function recogniseGoverningLaw(input: RecogniserInput): ProposalDraft<'governing-law'>[] {
  const sentence = input.sentences.find((candidate) => GOVERNED.test(candidate.text))
  if (!sentence) return []
  const clauseText = input.sentences.map((candidate) => candidate.text).join(' ')
  const law = /wales/i.test(GOVERNED.exec(sentence.text)?.[1] ?? '') ? 'England and Wales' : 'English'
  const courts = /\bnon-exclusive jurisdiction\b/i.test(clauseText) ? 'non_exclusive' : /\bexclusive jurisdiction\b/i.test(clauseText) ? 'exclusive' : 'unspecified'
  const params: TGoverningLawParams = { law, courts, ...(/\birrevocably\b/i.test(clauseText) ? { irrevocable: true } : {}) }
  const summary = `${law === 'English' ? 'English law' : 'The law of England and Wales'}${courts === 'unspecified' ? '' : `, ${courts === 'exclusive' ? 'exclusive' : 'non-exclusive'} jurisdiction of the courts`}`
  return [{ kind: 'governing-law', params, facts: [fact('governing_law', { law }, summary, sentence, 0.95)] }]
}
