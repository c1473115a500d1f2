// Small helpers that keep the templates readable: a clause of a kind, free text, a section.
import type { ClauseInstance, Section } from '#clauses/agreement-content'
import type { ClauseKindName, ClauseParams } from '#clauses/index'
import type { Party } from '#clauses/party'
import type { Paragraph } from '#clauses/document-model'
import type { TemplateBuildOptions } from './template'

interface ClauseExtras {
  /** The seed's own wording, its values written as `{{slots}}` (decision record 006). */
  text?: string
  requiredFields?: string[]
  /** Values the template proposes that the seed does not state, by path inside params. */
  proposals?: string[]
  /** Typing errors in the seed the template corrects. */
  corrections?: Array<{ seed: string; corrected: string }>
  /** The item's label inside the seed's numbered clause ("VII"), for a clause typed apart. */
  item?: string
}

export function clause<Name extends ClauseKindName>(
  kind: Name,
  number: string,
  heading: string,
  params: ClauseParams<Name>,
  extras: ClauseExtras = {},
): ClauseInstance {
  return { id: '', kind, number, heading, params, ...extras } as ClauseInstance
}

/** Free text; a paragraph given as [label, text] is a labelled sub-paragraph, and [label, text,
 * level] one indented deeper ("i." under "c."). */
export function prose(number: string, heading: string, ...paragraphs: Array<string | [label: string, text: string, level?: number] | { subheading: string }>): ClauseInstance {
  return clause('free-text', number, heading, { paragraphs: paragraphs.map(toParagraph) })
}

function toParagraph(paragraph: string | [string, string, number?] | { subheading: string }): Paragraph {
  if (typeof paragraph === 'string') return { text: paragraph }
  if (!Array.isArray(paragraph)) return { text: paragraph.subheading, heading: true }
  return { label: paragraph[0], text: paragraph[1], level: paragraph[2] ?? 1 }
}

/** A section; clause ids are the section id and the clause's number (and item) or position, so
 * they stay the same from one version of an agreement to the next. A clause that shares the number
 * of the one before and has no item continues it (decision record 006: the number prints once). */
export function section(id: string, number: string | undefined, heading: string, clauses: ClauseInstance[], kind: Section['kind'] = 'section'): Section {
  const used = new Set<string>()
  return {
    id,
    number,
    heading,
    kind,
    clauses: clauses.map((item, index) => {
      const own = item.number ? [item.number, item.item].filter(Boolean).join('.') : `p${index + 1}`
      const clauseId = used.has(own) ? `${id}.${own}-${index + 1}` : `${id}.${own}`
      used.add(own)
      return { ...item, id: clauseId }
    }),
  }
}

export function schedule(id: string, number: string | undefined, heading: string, clauses: ClauseInstance[]): Section {
  return section(id, number, heading, clauses, 'schedule')
}

/** The template's parties with the drafter's names and addresses applied. */
export function withPartyOptions(parties: Party[], options: TemplateBuildOptions): Party[] {
  return parties.map((party) => {
    const given = options.parties?.[party.id]
    if (!given) return party
    return { ...party, name: given.name ?? party.name, noticeAddress: given.noticeAddress ?? party.noticeAddress }
  })
}

/** Pounds to pence, so the templates read in the seed's figures. */
export function pounds(amount: number): number {
  return Math.round(amount * 100)
}

/** A term with the seed's fixed dates, or the drafter's. Once the drafter gives either date the
 * seed's dates no longer apply, and a date they have not given becomes a required blank. */
export function fixedTerm(options: TemplateBuildOptions, seed: { commencesOn: string; endsOn: string }) {
  const seedDates = !options.commencesOn && !options.endsOn
  if (seedDates) return { dates: seed, seedDates, requiredFields: [] }
  return {
    dates: { commencesOn: options.commencesOn, endsOn: options.endsOn },
    seedDates,
    requiredFields: [...(options.commencesOn ? [] : ['commencesOn']), ...(options.endsOn ? [] : ['endsOn'])],
  }
}
