import mongoose from 'mongoose'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import type { AgreementContent, ClauseInstance, Section } from '#clauses/agreement-content'
import { StructureError } from '#clauses/structure'
import { agreementSubject, type TAgreement, type TRemovedItem } from '#models/agreement'
import { getAgreement } from './get-agreement.server'
import { saveDraftContent, type TSaveDraftContentOptions } from './save-draft-content.server'

export type TStructureChange = {
  content: AgreementContent
  /** Audit action, e.g. "agreement.clause_deleted". */
  action: string
  summary: string
  also?: TSaveDraftContentOptions['also']
}

export type TEditAgreementStructureOptions = {
  actor: TActor
  agreementId: string
  /** Works out the change from the draft as it is; a StructureError names the field at fault. */
  change: (agreement: TAgreement) => TStructureChange | Promise<TStructureChange>
}

/** The common path of every structure edit: read the draft the actor may change, work out the
 * change, save it with its audit event (saveDraftContent). */
export async function editAgreementStructure({ actor, agreementId, change }: TEditAgreementStructureOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  assertCan(actor, 'update', agreementSubject(agreement))
  let planned: TStructureChange
  try {
    planned = await change(agreement)
  } catch (error) {
    if (error instanceof StructureError && error.notFound) throw new AppError('not_found', { message: error.message })
    if (error instanceof StructureError) throw new AppError('validation', { message: error.message, details: { fields: { [error.field]: error.message } } })
    throw error
  }
  return saveDraftContent({ actor, agreement, ...planned })
}

/** "clause 17.2", or an unnumbered clause by its heading or its section's. */
export function nameClause(clause: Pick<ClauseInstance, 'number' | 'heading'>, section?: Pick<Section, 'heading'>): string {
  if (clause.number) return `clause ${clause.number}`
  return `the "${clause.heading || section?.heading || 'unnamed'}" clause`
}

/** "; clauses renumbered: 17.3 is now 17.4, 17.4 is now 17.5", for the history and audit line. */
export function describeRenumbering(changes: Array<{ from: string; to: string }>): string {
  if (changes.length === 0) return ''
  const listed = changes.slice(0, 6).map(({ from, to }) => `${from} is now ${to}`)
  const more = changes.length > 6 ? ` and ${changes.length - 6} more` : ''
  return `; clauses renumbered: ${listed.join(', ')}${more}`
}

/** The bin keeps the latest deletions, enough for any drafting session, never an unbounded list. */
const REMOVED_ITEMS_KEPT = 50

/** The draft's bin with one more deletion in it (replacing an earlier deletion of the same item). */
export function binnedItem(bin: TRemovedItem[], item: Pick<TRemovedItem, 'kind' | 'itemId' | 'label' | 'removed'>, actor: TActor): TRemovedItem[] {
  const entry: TRemovedItem = {
    ...item,
    _id: new mongoose.Types.ObjectId(),
    removedAt: new Date(),
    removedBy: new mongoose.Types.ObjectId(actor.id),
    removedByName: actor.name,
  }
  return [...bin.filter((existing) => existing.itemId !== item.itemId), entry].slice(-REMOVED_ITEMS_KEPT)
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
