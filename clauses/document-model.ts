// The agreement as a document: what the clause library produces from an agreement's structured
// clauses and what the DOCX and PDF renderers lay out. Renderers know nothing about clause kinds;
// the clause library knows nothing about page layout. Pure data, no framework imports.

export interface DocumentModel {
  /** e.g. "KCC-PRU-2026-001" */
  reference: string
  title: string
  version: number
  /** Draft documents carry a DRAFT watermark. */
  draft: boolean
  /** Lines under the title: "between Kent County Council and ... Management Committee". */
  subtitle?: string[]
  blocks: DocumentBlock[]
}

export type DocumentBlock =
  | HeadingBlock
  | ClauseBlock
  | ParagraphBlock
  | TableBlock
  | SignaturesBlock
  | PageBreakBlock

/** A section or schedule heading: "Section 4: Termination", "Schedule 1: Specification". */
export interface HeadingBlock {
  type: 'heading'
  level: 1 | 2 | 3
  text: string
}

/** A numbered clause: "17.1 Either party may terminate ...". Sub-paragraphs are rendered indented
 * with their own labels ("(a)", "(b)") when given. */
export interface ClauseBlock {
  type: 'clause'
  number: string
  heading?: string
  paragraphs: Paragraph[]
}

export interface Paragraph {
  /** "(a)", "•" or none. */
  label?: string
  text: string
  /** Indent depth for sub-paragraphs, 0 by default. */
  level?: number
  /** A sub-heading inside a clause, printed as clause headings are: a numbered section's first
   * sub-heading (Leicestershire SEIP Schedule 2, section 3: "School’s decisions to refer a Pupil to the Partnership"). */
  heading?: boolean
}

export interface ParagraphBlock {
  type: 'paragraph'
  text: string
  emphasis?: 'bold' | 'italic'
}

/** KPI tables, funding tables. Tables that split across pages repeat their header row. */
export interface TableBlock {
  type: 'table'
  caption?: string
  header: string[]
  rows: string[][]
  /** Relative column widths; equal if absent. */
  columnWidths?: number[]
  /** Columns to right-align (amounts). */
  numericColumns?: number[]
}

export interface SignaturesBlock {
  type: 'signatures'
  signatories: SignatureSlot[]
}

/** One signature block: "Signed for and on behalf of Kent County Council". */
export interface SignatureSlot {
  id: string
  party: string
  role: string
  name?: string
  signed?: AppliedSignature
}

export interface AppliedSignature {
  name: string
  /** The signatory's job title as they gave it when signing ("Head of Inclusion"). */
  title?: string
  /** ISO instant; shown in Europe/London with its zone (GMT or BST). */
  signedAt: string
  /** A drawn signature as PNG bytes; a typed signature is shown as the name in a script style. */
  drawnPng?: Uint8Array
}

export interface PageBreakBlock {
  type: 'page_break'
}
