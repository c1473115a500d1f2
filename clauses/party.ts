// The parties to an agreement. Kept apart from agreement-content.ts so the clause kinds can name
// parties in their wording without importing the registry that imports them.
import { z } from 'zod'

/** Kent PRU: authority and provider (a PRU Management Committee); Leicestershire SEIP: authority,
 * lead school and member schools; Nottingham: authority and a school as responsible body. */
export const ZPartyRole = z.enum(['authority', 'provider', 'lead_school', 'member_school', 'responsible_body', 'governing_body'], {
  error: 'Party role must be authority, provider, lead school, member school, responsible body or governing body',
})
export type TPartyRole = z.infer<typeof ZPartyRole>

export const ZPartySchema = z.object({
  id: z.string().min(1, 'Party id must not be empty'),
  role: ZPartyRole,
  /** Empty until the drafter fills it in where the seed has a blank ("THE GOVERNING BODY OF xxx"). */
  name: z.string(),
  /** How the agreement refers to the party: "KCC", "the Authority", "the Responsible Body". */
  definedAs: z.string().optional(),
  /** Address for service of notices (Kent STLS clause 16.2: "the recipient's address stated in this Agreement"). */
  noticeAddress: z.string().optional(),
})
export type Party = z.infer<typeof ZPartySchema>

/** How a role reads in the wording when no party name is given: "the Lead School". */
export function roleName(role: TPartyRole): string {
  return {
    authority: 'the Authority',
    provider: 'the Provider',
    lead_school: 'the Lead School',
    member_school: 'the member school',
    responsible_body: 'the Responsible Body',
    governing_body: 'the School',
  }[role]
}
