// The parties clause ("This AGREEMENT is made BETWEEN ...") and who signs for each party. The
// signatories appear as signature blocks wherever the agreement places its signature-block
// clause (Kent PRU after the main body; Leicestershire SEIP after clause 18).
import { z } from 'zod'
import { defineClauseKind, nameParty } from './clause-kind'
import { textField } from './fields'

export const ZSignatorySchema = z.object({
  id: z.string().min(1),
  partyId: textField('Signing party'),
  /** "Chair of Management Committee", "Headteacher", "Chair of Governors". */
  role: textField('Signatory role'),
  name: z.string().optional(),
})
export type TSignatory = z.infer<typeof ZSignatorySchema>

export const ZPartiesAndSignatoriesParamsSchema = z.object({
  /** "This AGREEMENT is made" */
  opening: z.string(),
  parties: z
    .array(
      z.object({
        partyId: textField('Party'),
        /** Words after the name: "acting as the Lead School on behalf of itself and the member schools". */
        capacity: z.string().optional(),
      }),
    )
    .min(2, 'An agreement needs at least two parties'),
  signatories: z.array(ZSignatorySchema),
})
export type TPartiesAndSignatoriesParams = z.infer<typeof ZPartiesAndSignatoriesParamsSchema>

export const partiesAndSignatoriesClause = defineClauseKind({
  kind: 'parties-and-signatories',
  label: 'Parties and signatories',
  description: 'Who the agreement is between, how each party is referred to, and who signs for each.',
  schema: ZPartiesAndSignatoriesParamsSchema,
  fieldLabels: { parties: 'Parties', signatories: 'Signatories' },
  render(clause, context) {
    const paragraphs = [{ text: clause.opening ? `${clause.opening} BETWEEN:` : 'BETWEEN:' }]
    clause.parties.forEach((entry, index) => {
      const party = context.parties.find((candidate) => candidate.id === entry.partyId)
      const name = party?.name || `[name of ${party?.definedAs ?? 'party'}]`
      const defined = party?.definedAs ? ` ("${party.definedAs}")` : ''
      const capacity = entry.capacity ? `, ${entry.capacity}` : ''
      // Kent STLS: "THE KENT COUNTY COUNCIL of County Hall, Maidstone, Kent ME14 1XQ", the address
      // 16.2 serves notices at; only where the agreement states one.
      const address = party?.noticeAddress ? ` of ${party.noticeAddress}` : ''
      paragraphs.push({ text: `${name}${address}${capacity}${defined}` })
      if (index < clause.parties.length - 1) paragraphs.push({ text: 'and' })
    })
    return { paragraphs }
  },
})

export const ZSignatureBlockParamsSchema = z.object({
  /** "IN WITNESS whereof the parties hereto have signed this Agreement on the date and year first before written." */
  attestation: z.string().optional(),
  signatories: z.array(ZSignatorySchema).min(1, 'Add at least one signatory'),
})
export type TSignatureBlockParams = z.infer<typeof ZSignatureBlockParamsSchema>

export const signatureBlockClause = defineClauseKind({
  kind: 'signature-block',
  label: 'Signature block',
  description: 'Where the parties sign, and which signatory signs for which party.',
  schema: ZSignatureBlockParamsSchema,
  fieldLabels: { signatories: 'Signatories' },
  render(block, context) {
    const paragraphs = block.attestation ? [{ text: block.attestation }] : []
    block.signatories.forEach((signatory) => {
      paragraphs.push({ text: `Signed for and on behalf of ${nameParty(context, signatory.partyId)} by the ${signatory.role}` })
    })
    return { paragraphs }
  },
})
