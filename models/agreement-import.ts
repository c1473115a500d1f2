// One uploaded Word or PDF agreement on its way to becoming a structured agreement: the file as
// received (its SHA-256 and where its bytes are kept), how far reading it has got, what was read
// (the document's paragraphs and tables, its sections and clauses, its parties) and each proposal
// with the decision a person made on it. Nothing here produces a deadline or an obligation: only
// the agreement made from it on acceptance does.
import mongoose, { Schema, type Types } from 'mongoose'
import type { ClauseProposal } from '#clauses/import/proposal'
import type { ImportedParty } from '#clauses/import/recognisers/context'
import type { ImportStage, SourceDocument } from '#clauses/import/source-document'
import type { ImportedStructure } from '#clauses/import/structure'
import { marksDataChanged } from './data-version'

import { IMPORT_STATUSES, type TImportStatus, type TProposalDecision } from './agreement-import-state'

/** A proposal as the import keeps it: what was proposed, and what the person decided. */
export type TImportProposal = ClauseProposal & {
  decision: TProposalDecision
  /** The values as the person edited them; the proposed values stand where this is absent. */
  editedParams?: unknown
  decidedBy?: string
  decidedAt?: Date
}

export type TImportFile = {
  name: string
  kind: 'docx' | 'pdf'
  contentType: string
  size: number
  sha256: string
  /** The bytes, in the file store (decision record 007); none once the import is discarded. */
  storeKey?: string
}

export type TAgreementImport = {
  _id: Types.ObjectId
  authority: Types.ObjectId
  createdBy: Types.ObjectId
  createdByName: string
  status: TImportStatus
  file: TImportFile
  progress: { stage: ImportStage; share: number; at: Date }
  /** Why reading failed, in words the uploader can act on. */
  failure: { reason: string; message: string } | null
  title: string
  source: Pick<SourceDocument, 'format' | 'blocks' | 'pageCount' | 'warnings'> | null
  structure: ImportedStructure | null
  parties: ImportedParty[]
  proposals: TImportProposal[]
  /** The agreement made from it, once accepted. */
  agreement: Types.ObjectId | null
  /** Accepted as an agreement already signed and in force, with this file as its signed record. */
  inForce: boolean
  createdAt: Date
  updatedAt: Date
}

const agreementImportSchema = new Schema<TAgreementImport>(
  {
    authority: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    createdBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    createdByName: { type: String, default: '' },
    status: { type: String, enum: IMPORT_STATUSES, required: true, default: 'reading' },
    file: {
      name: { type: String, required: true },
      kind: { type: String, enum: ['docx', 'pdf'], required: true },
      contentType: { type: String, required: true },
      size: { type: Number, required: true },
      sha256: { type: String, required: true },
      storeKey: { type: String },
    },
    progress: {
      stage: { type: String, default: 'reading' },
      share: { type: Number, default: 0 },
      at: { type: Date, default: () => new Date() },
    },
    failure: { type: Schema.Types.Mixed, default: null },
    title: { type: String, default: '' },
    // The import engine (clauses/import) owns these shapes.
    source: { type: Schema.Types.Mixed, default: null },
    structure: { type: Schema.Types.Mixed, default: null },
    parties: { type: Schema.Types.Mixed, default: [] },
    proposals: { type: Schema.Types.Mixed, default: [] },
    agreement: { type: Schema.Types.ObjectId, ref: 'Agreement', default: null },
    inForce: { type: Boolean, default: false },
  },
  { timestamps: true, minimize: false },
)

agreementImportSchema.index({ authority: 1, createdAt: -1 })
agreementImportSchema.index({ agreement: 1 })

agreementImportSchema.plugin(marksDataChanged)

export const AgreementImport = (mongoose.models.AgreementImport ?? mongoose.model<TAgreementImport>('AgreementImport', agreementImportSchema)) as mongoose.Model<TAgreementImport>
