// Sections and clauses by the document's own numbering and headings. In the body, "17." (or an
// unnumbered heading such as Kent PRU's "TERM OF AGREEMENT") opens a section and "17.1" a clause;
// inside a schedule or appendix, whose numbering starts again (Leicestershire's memorandum,
// Nottingham Schedule 1), "1." opens a clause. Deeper numbers ("16.1.2"), letters, romans and
// bullets stay inside their clause as labelled paragraphs, unnumbered text stays with the clause
// it follows, and tables go with the clause they follow. Nothing is dropped: every block of the
// document lands in exactly one clause, heading or section heading.
import { leadingLabel, parseListLabel, topNumber, type Label } from './labels'
import type { SourceBlock, SourceDocument, SourceParagraph } from './source-document'

export interface ImportedParagraph {
  blockId: string
  label?: string
  /** 0 for the clause's own text, 1 and deeper for sub-paragraphs. */
  level: number
  text: string
  /** Where `text` starts in the source block's text (after its label). */
  offset: number
}

export interface ImportedTable {
  blockId: string
  rows: string[][]
}

export interface ImportedClause {
  id: string
  /** "17.1", "14" for a section's unnumbered text, "" in an unnumbered section. */
  number: string
  heading: string
  headingBlockId?: string
  paragraphs: ImportedParagraph[]
  tables: ImportedTable[]
}

export interface ImportedSection {
  id: string
  number?: string
  heading: string
  headingBlockId?: string
  kind: 'section' | 'schedule'
  clauses: ImportedClause[]
}

export interface ImportedStructure {
  /** The document's own title, as a suggestion for the agreement's. */
  title: string
  sections: ImportedSection[]
}

/** "Schedule 1", "SCHEDULE 2 - Cost Recovery", "Appendix 1: STLS Key Performance Indicators". */
const SCHEDULE = /^(schedule|appendix|annex)\s+(\d{1,2}[A-Z]?|[A-Z])\b\s*[-–—:.,]?\s*(.*)$/i
/** Words that open the parties' block; their "headings" are part of the preamble. */
const PREAMBLE_WORDS = /^(between:?|and|whereas;?|recitals?|background|it is hereby agreed.*|this agreement is made.*|dated\b.*)$/i
/** Marks printed on a page, not headings. */
const NOISE = /^(draft|confidential|official(?:[- ]sensitive)?|final|copy)$/i
const MODAL = /\b(is|are|was|will|shall|must|may|has|have|should|can)\b/

export function structureDocument(document: SourceDocument): ImportedStructure {
  const builder = new StructureBuilder()
  for (const block of document.blocks) builder.add(block)
  return { title: builder.title(document), sections: builder.sections }
}

interface LabelledText {
  label?: Label
  body: string
  offset: number
}

class StructureBuilder {
  sections: ImportedSection[] = []
  private section: ImportedSection | undefined
  private clause: ImportedClause | undefined
  private inSchedule = false
  private awaitingScheduleTitle = false
  private lastSectionNumber = 0
  private lastScheduleClause = 0
  /** The block that was last made a heading, so a heading wrapped onto a second line joins it. */
  private lastHeading: { block: SourceParagraph; target: { heading: string } } | undefined

  add(block: SourceBlock) {
    if (block.type === 'table') {
      this.currentClause().tables.push({ blockId: block.id, rows: block.rows })
      return
    }
    const labelled = this.labelOf(block)
    const schedule = SCHEDULE.exec(block.text)
    if (schedule && !labelled.label && block.text.length <= 160 && (this.isHeadingLike(block, labelled) || schedule[3] === '' || /^[A-Z]/.test(schedule[3]))) {
      this.openSchedule(block, schedule)
      return
    }
    if (this.awaitingScheduleTitle && !labelled.label && this.section && this.section.clauses.length === 0 && isTitleLine(block.text)) {
      this.section.heading = this.section.heading ? `${this.section.heading}: ${block.text}` : block.text
      this.awaitingScheduleTitle = false
      return
    }
    this.awaitingScheduleTitle = false
    const headingLike = this.isHeadingLike(block, labelled)
    if (headingLike && !labelled.label && this.continuesHeading(block)) return
    this.lastHeading = undefined
    if (headingLike && this.openHeading(block, labelled)) {
      const target = this.clause?.headingBlockId === block.id ? this.clause : this.section
      if (target) this.lastHeading = { block, target }
      return
    }
    this.addParagraph(block, labelled)
  }

  /** "8. FINANCIAL AND PERFORMANCE MONITORING AND REPORTING" / "REQUIREMENTS": one heading on two lines. */
  private continuesHeading(block: SourceParagraph): boolean {
    const previous = this.lastHeading
    if (!previous || this.clause?.paragraphs.length || this.clause?.tables.length) return false
    const sameStyle = previous.block.headingLevel === block.headingLevel && Boolean(previous.block.bold) === Boolean(block.bold)
    if (!sameStyle || !isUpperCase(previous.block.text) || !isUpperCase(block.text)) return false
    previous.target.heading = `${previous.target.heading} ${block.text}`.trim()
    this.lastHeading = undefined
    return true
  }

  private labelOf(block: SourceParagraph): LabelledText {
    if (block.listLabel) {
      const label = parseListLabel(block.listLabel)
      if (label) return { label, body: block.text, offset: 0 }
    }
    const found = leadingLabel(block.text)
    return found ? { label: found.label, body: found.rest, offset: found.offset } : { body: block.text, offset: 0 }
  }

  private isHeadingLike(block: SourceParagraph, { label, body }: LabelledText): boolean {
    if (NOISE.test(body) || PREAMBLE_WORDS.test(body)) return false
    if (label && label.kind !== 'decimal') return false
    if (body.length > 120 || /[.;,]$/.test(body) || !body) return false
    if (block.headingLevel || block.bold) return true
    if (isUpperCase(body)) return true
    if (!label) return false
    return body.split(/\s+/).length <= 10 && /^[A-Z]/.test(body) && !MODAL.test(body)
  }

  /** A heading opens a section (body) or a clause (schedule); false where it is only a paragraph. */
  private openHeading(block: SourceParagraph, { label, body }: LabelledText): boolean {
    if (!label) {
      if (this.inSchedule) this.openClause('', body, block.id)
      else this.openSection(undefined, body, block.id)
      return true
    }
    if (label.depth === 1) {
      if (this.inSchedule) {
        this.lastScheduleClause = topNumber(label)
        this.openClause(label.parts[0], body, block.id)
      } else {
        this.openSection(label.parts[0], body, block.id)
      }
      return true
    }
    if (label.depth === 2 && !this.inSchedule && this.belongsToCurrentSection(label)) {
      this.openClause(label.parts.join('.'), body, block.id)
      return true
    }
    return false
  }

  private addParagraph(block: SourceParagraph, { label, body, offset }: LabelledText) {
    if (label?.kind === 'decimal') {
      if (this.opensClause(label)) {
        if (label.depth === 1 && this.inSchedule) this.lastScheduleClause = topNumber(label)
        if (label.depth === 1 && !this.inSchedule) this.openSection(label.parts[0], '')
        this.openClause(label.parts.join('.'), '')
        this.push({ blockId: block.id, level: 0, text: body, offset })
        return
      }
      const depthInClause = label.depth - (this.inSchedule ? 1 : 2)
      this.push({ blockId: block.id, label: label.text, level: Math.max(1, depthInClause), text: body, offset })
      return
    }
    if (label) {
      this.push({ blockId: block.id, label: label.text, level: 1, text: body, offset })
      return
    }
    this.push({ blockId: block.id, level: 0, text: block.text, offset: 0 })
  }

  /** Whether a numbered paragraph starts a clause of its own, from where the numbering has got to. */
  private opensClause(label: Label): boolean {
    const top = topNumber(label)
    if (this.inSchedule) return label.depth === 1 && (top === this.lastScheduleClause + 1 || (this.lastScheduleClause === 0 && top === 1))
    if (label.depth === 2) {
      if (this.belongsToCurrentSection(label)) return true
      // "5.1" with no "5." heading before it: the section is opened for it, if it comes next.
      return this.lastSectionNumber > 0 && top > this.lastSectionNumber && top <= this.lastSectionNumber + 2
    }
    // "3. The SEIP will..." between sections 2 and 4 is a section without a heading; a recital's
    // "3." in the preamble is not.
    return label.depth === 1 && this.lastSectionNumber > 0 && top === this.lastSectionNumber + 1
  }

  private belongsToCurrentSection(label: Label): boolean {
    return this.section?.number !== undefined && label.parts[0] === this.section.number
  }

  private openSchedule(block: SourceParagraph, [, word, number, title]: RegExpExecArray) {
    const appendix = !/^schedule$/i.test(word)
    const heading = appendix ? `${capitalise(word)} ${number}${title ? `: ${title}` : ''}` : title
    this.section = { id: `s${this.sections.length + 1}`, number: appendix ? undefined : number, heading, headingBlockId: block.id, kind: 'schedule', clauses: [] }
    this.sections.push(this.section)
    this.clause = undefined
    this.inSchedule = true
    this.awaitingScheduleTitle = !title
    this.lastScheduleClause = 0
  }

  private openSection(number: string | undefined, heading: string, headingBlockId?: string) {
    this.section = { id: `s${this.sections.length + 1}`, heading, headingBlockId, kind: 'section', clauses: [] }
    if (number !== undefined) this.section.number = number
    this.sections.push(this.section)
    this.clause = undefined
    if (number !== undefined) this.lastSectionNumber = Number.parseInt(number, 10)
  }

  private openClause(number: string, heading: string, headingBlockId?: string) {
    const section = this.currentSection()
    const id = `${section.id}.c${section.clauses.length + 1}`
    this.clause = { id, number, heading, ...(headingBlockId ? { headingBlockId } : {}), paragraphs: [], tables: [] }
    section.clauses.push(this.clause)
  }

  private currentSection(): ImportedSection {
    if (!this.section) this.openSection(undefined, '')
    return this.section as ImportedSection
  }

  /** The clause text goes into; a section's text before any numbered clause is a clause numbered as the section. */
  private currentClause(): ImportedClause {
    if (!this.clause) this.openClause(this.inSchedule ? '' : (this.currentSection().number ?? ''), '')
    return this.clause as ImportedClause
  }

  private push(paragraph: ImportedParagraph) {
    if (paragraph.text.trim() || paragraph.label) this.currentClause().paragraphs.push(paragraph)
  }

  /** The first heading of the document that names it, not "BETWEEN" or a date line. */
  title(document: SourceDocument): string {
    const candidates = document.blocks.slice(0, 12).filter((block): block is SourceParagraph => block.type === 'paragraph')
    const named = candidates.find((block) => block.text.length >= 12 && block.text.length <= 200 && !PREAMBLE_WORDS.test(block.text) && !NOISE.test(block.text) && /[A-Za-z]{4}/.test(block.text) && !/^dated\b/i.test(block.text))
    return named?.text ?? 'Imported agreement'
  }
}

function isUpperCase(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '')
  return letters.length >= 3 && letters === letters.toUpperCase()
}

/** A schedule's title on the line after "Schedule 1": short and not a sentence. */
function isTitleLine(text: string): boolean {
  return text.length <= 120 && !/[.;,]$/.test(text) && !MODAL.test(text)
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
}
