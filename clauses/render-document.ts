// Turns an agreement's structured content into the document model the DOCX and PDF renderers lay
// out, and into plain text for the preview and word-level comparison of versions.
import type { DocumentBlock, DocumentModel, Paragraph, SignatureSlot } from './document-model'
import type { AgreementContent, ClauseInstance, Section } from './agreement-content'
import type { RenderContext, RenderedClause } from './clause-kind'
import { getClauseKind } from './index'
import type { Party } from './party'
import { TermCalendarRangeError } from './calendar/term-calendar'
import { agreementPeriod } from './timeline/term'
import type { TermCalendar } from './values'
import { fillDetails, fillWording } from './wording'

export interface RenderableAgreement {
  reference: string
  title: string
  version: number
  status: string
  parties: Party[]
  content: AgreementContent
  /** The authority's term dates: part-year amounts shared out by terms need them. */
  termCalendar?: TermCalendar
}

/** Once signed an agreement is no longer a draft, whatever has happened to it since. */
const SIGNED_STATUSES = new Set(['signed', 'active', 'expiring', 'expired', 'terminated', 'superseded'])

export function renderAgreementDocument(agreement: RenderableAgreement): DocumentModel {
  const context: RenderContext = {
    parties: agreement.parties,
    details: agreement.content.details,
    period: periodOrNone(agreement.content, agreement.termCalendar),
    termCalendar: agreement.termCalendar,
  }
  const namedParties = agreement.parties.filter((party) => party.role !== 'member_school')
  return {
    reference: agreement.reference,
    title: agreement.title,
    version: agreement.version,
    draft: !SIGNED_STATUSES.has(agreement.status),
    subtitle: namedParties.length > 1 ? ['between', ...namedParties.map((party, index) => (index === 0 ? partyName(party) : `and ${partyName(party)}`))] : undefined,
    blocks: agreement.content.sections.flatMap((section) => renderSection(section, context)),
  }
}

/** A term counted in terms needs the term dates; without them the wording simply states no part-year amounts. */
function periodOrNone(content: AgreementContent, termCalendar: TermCalendar | undefined): RenderContext['period'] {
  try {
    return agreementPeriod(content, termCalendar)
  } catch (error) {
    if (error instanceof TermCalendarRangeError) return undefined
    throw error
  }
}

function renderSection(section: Section, context: RenderContext): DocumentBlock[] {
  const blocks: DocumentBlock[] = []
  if (section.kind !== 'section') blocks.push({ type: 'page_break' })
  blocks.push({ type: 'heading', level: 1, text: sectionHeading(section) })
  section.clauses.forEach((clause, index) => blocks.push(...renderClause(clause, context, continuesPrevious(section, index))))
  return blocks
}

/** A seed clause whose items are typed apart (Kent PRU Schedule 1 clause 7: item V is the
 * complaints duty, item VII the attendance report) is stored as several clauses with the seed's
 * one number; the number is printed once, on the first. Two clauses that merely share a number
 * (the Leicestershire SEIP agreement has two clauses 12.9) each keep it. */
export function continuesPrevious(section: Section, index: number): boolean {
  const clause = section.clauses[index]
  const previous = section.clauses[index - 1]
  if (!previous || !clause.number || clause.number !== previous.number || clause.heading) return false
  return section.clauses.some((other) => other.number === clause.number && other.item !== undefined)
}

export function sectionHeading(section: Section): string {
  if (section.kind === 'schedule') return section.number ? `Schedule ${section.number}: ${section.heading}` : section.heading
  if (section.kind === 'appendix') return section.number ? `Appendix ${section.number}: ${section.heading}` : section.heading
  return section.number ? `${section.number}. ${section.heading}` : section.heading
}

function renderClause(clause: ClauseInstance, context: RenderContext, continuation: boolean): DocumentBlock[] {
  const rendered = renderClauseContent(clause, context)
  if (clause.kind === 'signature-block') {
    const signatories: SignatureSlot[] = clause.params.signatories.map((signatory) => ({
      id: signatory.id,
      party: partyName(context.parties.find((party) => party.id === signatory.partyId)),
      role: signatory.role,
      name: signatory.name,
    }))
    const attestation: DocumentBlock[] = clause.params.attestation ? [{ type: 'paragraph', text: clause.params.attestation }] : []
    return [...attestation, { type: 'signatures', signatories }]
  }
  const block: DocumentBlock = {
    type: 'clause',
    number: continuation ? '' : clause.number,
    // A heading may name the agreement's details (SEIP Schedule 2: "{{detail.partnershipName}}’s work with pupils").
    heading: clause.heading ? fillDetails(clause.heading, context) : undefined,
    paragraphs: clauseParagraphs(clause, context, rendered),
  }
  return [block, ...(rendered.tables ?? [])]
}

/** The clause's paragraphs as every reader sees them: its own words with their slots filled, or
 * the wording its kind writes from its params. */
export function clauseParagraphs(clause: ClauseInstance, context: RenderContext, rendered = renderClauseContent(clause, context)): Paragraph[] {
  if (clause.text === undefined) return rendered.paragraphs
  return paragraphsFromText(clauseWords(clause, context))
}

/** The clause's own words with their slots filled; its generated wording if it has none. */
export function clauseWords(clause: ClauseInstance, context: RenderContext): string {
  const definition = getClauseKind(clause.kind)
  if (clause.text === undefined || !definition) return renderClauseContent(clause, context).paragraphs.map(paragraphText).join('\n\n')
  return fillWording(clause, definition.schema, context).text
}

export function paragraphText(paragraph: Paragraph): string {
  return paragraph.label ? `${paragraph.label} ${paragraph.text}` : paragraph.text
}

/** The clause's own rendering from its params. Params are validated before they reach here. */
export function renderClauseContent(clause: ClauseInstance, context: RenderContext): RenderedClause {
  const definition = getClauseKind(clause.kind)
  if (!definition) return { paragraphs: [] }
  // The registry's renderers form a union; the clause's params belong to this kind's renderer.
  const rendered = (definition.render as (params: unknown, context: RenderContext) => RenderedClause)(clause.params, context)
  // Any clause's words may name the agreement's details: SEIP Schedule 2's free text, and the parties
  // clause's "the {{detail.partnershipArea}} Secondary Education and Inclusion Partnership".
  return { ...rendered, paragraphs: rendered.paragraphs.map((paragraph) => ({ ...paragraph, text: fillDetails(paragraph.text, context) })) }
}

const LABEL = /^(\([a-z0-9]+\)|•|[ivx]+\.|[a-z]\)|\d+(?:\.\d+)+\.?)\s+/i

/** Hand-edited wording: paragraphs separated by a blank line; a leading "(a)", "•", "i." or
 * "16.1.1" becomes the paragraph's label, indented one level. */
export function paragraphsFromText(text: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => {
      const match = LABEL.exec(paragraph)
      if (!match) return { text: paragraph }
      return { label: match[1], text: paragraph.slice(match[0].length), level: 1 }
    })
}

function partyName(party: Party | undefined): string {
  if (!party) return ''
  return party.name || `[name of ${party.definedAs ?? party.role.replace('_', ' ')}]`
}

/** Plain text of the whole agreement, one block per paragraph. */
export function renderAgreementText(agreement: RenderableAgreement): string {
  const document = renderAgreementDocument(agreement)
  const lines = [document.title, ...(document.subtitle ?? [])]
  for (const block of document.blocks) {
    const text = blockText(block)
    if (text) lines.push(text)
  }
  return `${lines.join('\n\n')}\n`
}

function blockText(block: DocumentBlock): string {
  switch (block.type) {
    case 'heading':
      return block.text
    case 'paragraph':
      return block.text
    case 'clause': {
      const heading = [block.number, block.heading].filter(Boolean).join(' ')
      const paragraphs = block.paragraphs.map(paragraphText)
      return [heading, ...paragraphs].filter(Boolean).join('\n\n')
    }
    case 'table':
      return [block.caption, block.header.join(' | '), ...block.rows.map((row) => row.join(' | '))].filter(Boolean).join('\n')
    case 'signatures':
      return block.signatories.map((slot) => `Signed for and on behalf of ${slot.party}\n${slot.role}${slot.name ? `: ${slot.name}` : ''}`).join('\n\n')
    case 'page_break':
      return ''
  }
}
