import { z } from 'zod'
import { ORGANISATION_KINDS_LIST } from '#models/access/organisation-kinds'

export const ZAddressSchema = z.object({
  lines: z
    .string()
    .default('')
    .transform((text) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean)),
  town: z.string().trim().default(''),
  postcode: z.string().trim().toUpperCase().default(''),
  email: z
    .string()
    .trim()
    .default('')
    .refine((value) => value === '' || z.email().safeParse(value).success, {
      message: 'Enter an email address in the correct format, like notices@example.gov.uk',
    }),
})

export const ZOrganisationSchema = z.object({
  name: z.string({ error: 'Enter the organisation name' }).trim().min(1, 'Enter the organisation name').max(200, 'Organisation name must be 200 characters or fewer'),
  kind: z.enum(ORGANISATION_KINDS_LIST, { error: 'Select the kind of organisation' }),
  // Empty for a local authority; the commissioning authority for everything else.
  parentAuthority: z.string().trim().default(''),
  address: ZAddressSchema.default({ lines: [], town: '', postcode: '', email: '' }),
})

export type TOrganisationInput = z.input<typeof ZOrganisationSchema>
export type TOrganisationValues = z.output<typeof ZOrganisationSchema>

/** Form fields `address.lines`, `address.town`... arrive flat; nest them for the schema. */
export function organisationFromForm(values: Record<string, string | string[]>) {
  const text = (key: string) => {
    const value = values[key]
    return Array.isArray(value) ? value.join('\n') : (value ?? '')
  }
  return {
    name: text('name'),
    kind: text('kind') || undefined,
    parentAuthority: text('parentAuthority'),
    address: {
      lines: text('address.lines'),
      town: text('address.town'),
      postcode: text('address.postcode'),
      email: text('address.email'),
    },
  }
}
