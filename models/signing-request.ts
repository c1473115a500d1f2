// One round of signing for one agreement version: the exact PDF the signatories see (kept once in the
// file store with its SHA-256), who signs for which party in which order, and every step as evidence for
// the signature certificate page.
import mongoose, { Schema, type Types } from 'mongoose'
import { marksDataChanged } from './data-version'

export const SIGNING_STATUSES = ['in_progress', 'completed', 'declined'] as const
export type TSigningStatus = (typeof SIGNING_STATUSES)[number]

export const SIGNATORY_STATUSES = ['waiting', 'signed', 'declined'] as const
export type TSignatoryStatus = (typeof SIGNATORY_STATUSES)[number]

/** Typing the full name, or drawing a signature as well (the full name is always recorded). */
export const SIGNATURE_METHODS = ['typed', 'drawn'] as const
export type TSignatureMethod = (typeof SIGNATURE_METHODS)[number]

export type TSignature = {
  /** Null when the signatory signed through a signing link, without an account. */
  user: Types.ObjectId | null
  name: string
  title: string
  organisationName: string
  at: Date
  ip: string
  userAgent: string
  method: TSignatureMethod
  /** A drawn signature's PNG: its file store key and SHA-256 (hex); absent for a typed signature. */
  drawnStoreKey?: string | null
  drawnSha256?: string | null
  /** SHA-256 (hex) of the PDF the signatory was shown and signed. */
  documentSha256: string
}

export type TSignatory = {
  /** The SignatureSlot id in the rendered document ("kcc-officer"). */
  slotId: string
  /** Party id in the agreement ("authority", "provider"). */
  party: string
  partyRole: string
  /** "Chair of Management Committee", as the signature block names the signatory. */
  role: string
  organisation: Types.ObjectId
  organisationName: string
  status: TSignatoryStatus
  signature: TSignature | null
  declineReason: string | null
  /** Absent on signing requests made before signing links existed. */
  link?: TSigningLink | null
}

/** A single-use, expiring link for a signatory without an account; only the token's SHA-256 is kept. */
export type TSigningLink = {
  tokenHash: string
  name: string
  email: string
  expiresAt: Date
  usedAt: Date | null
  /** When it was emailed to the signatory; null when email is not configured and the commissioner copies it. */
  emailedAt?: Date | null
}

export type TSigningStep = {
  at: Date
  event: string
  actor: string
  details: string[]
  documentSha256: string | null
}

export type TSigningRequest = {
  _id: Types.ObjectId
  agreement: Types.ObjectId
  authority: Types.ObjectId
  reference: string
  version: number
  /** Sequential: each signatory waits for the one before. */
  order: 'sequential' | 'parallel'
  status: TSigningStatus
  /** The file store key of the PDF sent for signature. */
  documentStoreKey: string
  documentSha256: string
  signatories: TSignatory[]
  steps: TSigningStep[]
  /** The file store key of the sealed PDF, once every party has signed. */
  signedStoreKey: string | null
  signedSha256: string | null
  completedAt: Date | null
  createdAt: Date
  updatedAt: Date
}

const signatureSchema = new Schema(
  {
    user: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    name: { type: String, required: true },
    title: { type: String, required: true },
    organisationName: { type: String, required: true },
    at: { type: Date, required: true },
    ip: { type: String, default: '' },
    userAgent: { type: String, default: '' },
    method: { type: String, enum: SIGNATURE_METHODS, required: true },
    drawnStoreKey: { type: String, default: null },
    drawnSha256: { type: String, default: null },
    documentSha256: { type: String, required: true },
  },
  { _id: false },
)

const signingLinkSchema = new Schema(
  {
    tokenHash: { type: String, required: true },
    name: { type: String, required: true },
    email: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
    emailedAt: { type: Date, default: null },
  },
  { _id: false },
)

const signatorySchema = new Schema(
  {
    slotId: { type: String, required: true },
    party: { type: String, required: true },
    partyRole: { type: String, required: true },
    role: { type: String, required: true },
    organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    organisationName: { type: String, required: true },
    status: { type: String, enum: SIGNATORY_STATUSES, default: 'waiting' },
    signature: { type: signatureSchema, default: null },
    declineReason: { type: String, default: null },
    link: { type: signingLinkSchema, default: null },
  },
  { _id: false },
)

const stepSchema = new Schema(
  {
    at: { type: Date, required: true },
    event: { type: String, required: true },
    actor: { type: String, default: '' },
    details: { type: [String], default: [] },
    documentSha256: { type: String, default: null },
  },
  { _id: false },
)

const signingRequestSchema = new Schema<TSigningRequest>(
  {
    agreement: { type: Schema.Types.ObjectId, ref: 'Agreement', required: true },
    authority: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    reference: { type: String, required: true },
    version: { type: Number, required: true },
    order: { type: String, enum: ['sequential', 'parallel'], default: 'sequential' },
    status: { type: String, enum: SIGNING_STATUSES, default: 'in_progress' },
    documentStoreKey: { type: String, required: true },
    documentSha256: { type: String, required: true },
    signatories: { type: [signatorySchema], default: [] },
    steps: { type: [stepSchema], default: [] },
    signedStoreKey: { type: String, default: null },
    signedSha256: { type: String, default: null },
    completedAt: { type: Date, default: null },
  },
  { timestamps: true, minimize: false },
)

signingRequestSchema.index({ agreement: 1, createdAt: -1 })
// The verify page finds a sealed PDF by the hash of its bytes.
signingRequestSchema.index({ signedSha256: 1 })
// A signing link finds its signatory by the hash of its token.
signingRequestSchema.index({ 'signatories.link.tokenHash': 1 })

signingRequestSchema.plugin(marksDataChanged)

export const SigningRequest = (mongoose.models.SigningRequest ??
  mongoose.model<TSigningRequest>('SigningRequest', signingRequestSchema)) as mongoose.Model<TSigningRequest>
