// Confidentiality, data protection and freedom of information. Leicestershire SEIP clause 11 and
// Nottingham clause 8: information about excluded children is confidential; the parties abide by
// the Data Protection Act 1998; FOI requests are met with the other party's co-operation.
import { z } from 'zod'
import { defineClauseKind } from './clause-kind'
import { textField } from './fields'

export const ZDataProtectionParamsSchema = z.object({
  confidentiality: z
    .object({
      /** "discussions held at SEIP meetings and information held in relation to excluded children" */
      scope: textField('What is confidential'),
    })
    .optional(),
  /** The law named in the agreement: "Data Protection Act 1998", "General Data Protection Regulations 2018". */
  dataProtectionLaw: textField('Data protection law'),
  /** Nottingham 8.1: Nottingham City Council's Information Sharing Agreement. */
  informationSharingAgreement: z.string().optional(),
  /** Who helps whom with Freedom of Information Act 2000 requests. */
  freedomOfInformation: z.enum(['mutual', 'counterparty_assists_authority', 'none'], {
    error: 'Freedom of information co-operation must be mutual, the counterparty assisting the Authority, or none',
  }),
})
export type TDataProtectionParams = z.infer<typeof ZDataProtectionParamsSchema>

export const dataProtectionClause = defineClauseKind({
  kind: 'data-protection',
  label: 'Confidentiality, data protection and FOI',
  description: 'What is confidential, which data protection law applies and how FOI requests are handled.',
  schema: ZDataProtectionParamsSchema,
  fieldLabels: { dataProtectionLaw: 'Data protection law' },
  render(clause) {
    const paragraphs = []
    if (clause.confidentiality) {
      paragraphs.push({
        text: `The parties acknowledge that ${clause.confidentiality.scope} are confidential and they agree to keep confidential all such information unless such information is in the public domain or is required by law to be disclosed.`,
      })
    }
    if (clause.informationSharingAgreement) {
      paragraphs.push({ text: `The parties will comply with ${clause.informationSharingAgreement} regarding sharing pupil information.` })
    }
    paragraphs.push({
      text: `The parties acknowledge and will abide by their respective obligations under the ${clause.dataProtectionLaw} in relation to the processing of personal data.`,
    })
    if (clause.freedomOfInformation === 'mutual') {
      paragraphs.push({
        text: 'In the event that either party receives a request for information under the Freedom of Information Act 2000, the other party shall on reasonable request co-operate with providing any relevant information.',
      })
    }
    if (clause.freedomOfInformation === 'counterparty_assists_authority') {
      paragraphs.push({
        text: 'In the event that the Authority receives a request for information under the Freedom of Information Act 2000, the other party shall co-operate with providing any relevant information to the Authority.',
      })
    }
    return { paragraphs }
  },
})
