// Where an import stands and who may act on it, without mongoose, so pages can use it in the
// browser bundle as they use the agreement lifecycle.
import type { Types } from 'mongoose'
import { asSubject } from '#models/access/subjects'

export const IMPORT_STATUSES = ['reading', 'ready', 'failed', 'accepted', 'discarded'] as const
export type TImportStatus = (typeof IMPORT_STATUSES)[number]

export const PROPOSAL_DECISIONS = ['pending', 'accepted', 'rejected'] as const
export type TProposalDecision = (typeof PROPOSAL_DECISIONS)[number]

type TImportState = { _id: Types.ObjectId | string; authority: Types.ObjectId | string; status: TImportStatus }

export function agreementImportSubject(agreementImport: TImportState) {
  return asSubject('AgreementImport', { _id: agreementImport._id, authority: agreementImport.authority, status: agreementImport.status })
}

/** A reading that has not moved for this long was cut off (the server stopped); it can be read again. */
export const STALLED_AFTER_MS = 2 * 60 * 1000

export function isStalled(agreementImport: { status: TImportStatus; progress: { at: Date | string } }, now = new Date()): boolean {
  return agreementImport.status === 'reading' && now.getTime() - new Date(agreementImport.progress.at).getTime() > STALLED_AFTER_MS
}
