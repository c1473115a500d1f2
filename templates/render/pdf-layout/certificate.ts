import type { DocumentModel } from '#clauses/document-model'
import { formatLondonTime } from '../london-time'
import { headingItem } from './blocks'
import type { FlowItem } from './flow'
import { tableItems } from './table'
import { paragraphUnits } from './text'
import type { LayoutContext } from './theme'

/** One step of the signing audit trail, shown on the signature certificate page. */
export interface CertificateEntry {
  /** ISO instant; shown in Europe/London time labelled GMT or BST. */
  at: string
  /** "Sent for signature", "Viewed", "Signed", "Declined", "Completed". */
  event: string
  /** "Jane Whitfield, Director of Children and Family Services, Leicestershire County Council". */
  actor?: string
  /** Further evidence: IP address, user agent, consent given, signing method. */
  details?: string[]
  /** SHA-256 (hex) of the exact document version this step concerned. */
  documentSha256?: string
}

function entryRow(entry: CertificateEntry): string[] {
  const details = [...(entry.details ?? []), ...(entry.documentSha256 ? [`Document SHA-256: ${entry.documentSha256}`] : [])]
  return [formatLondonTime(entry.at), entry.event, entry.actor ?? '', details.join('\n')]
}

export function certificateItems(doc: DocumentModel, entries: CertificateEntry[], context: LayoutContext): FlowItem[] {
  const { theme, left, width } = context
  const heading = { ...headingItem({ type: 'heading', level: 1, text: 'Signature certificate' }, context), breakBefore: true }
  const summary = [
    `Document: ${doc.title}`,
    `Reference ${doc.reference}, version ${doc.version}.`,
    'Every step of the signing is listed below in Europe/London time, labelled GMT or BST. A document hash is the SHA-256 of the exact PDF shown to the signatory at that step.',
  ].map((text): FlowItem => ({ units: paragraphUnits({ text, style: theme.body, x: left, width }), spaceBefore: 4, orphans: 2, widows: 2 }))
  const table = tableItems({
    type: 'table',
    caption: 'Audit trail',
    header: ['Time', 'Event', 'By', 'Details'],
    columnWidths: [1.35, 1, 1.6, 2.6],
    rows: entries.map(entryRow),
  }, context)
  return [heading, ...summary, ...table]
}
