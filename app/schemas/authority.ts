import { z } from 'zod'
import { ZOrganisationSchema } from './organisation'

export const ZPersonNameSchema = z.string({ error: 'Enter the person’s full name' }).trim().min(1, 'Enter the person’s full name').max(200, 'Name must be 200 characters or fewer')

export const ZEmailSchema = z
  .string({ error: 'Enter an email address' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter an email address')
  .max(320, 'Email address must be 320 characters or fewer')
  .pipe(z.email('Enter an email address in the correct format, like name@example.gov.uk'))

/** A new local authority and the administrator who will set it up: `POST /api/v1/authorities` and the platform page. */
export const ZNewAuthoritySchema = z.object({
  name: ZOrganisationSchema.shape.name,
  admin: z.object(
    {
      name: ZPersonNameSchema,
      email: ZEmailSchema,
    },
    { error: 'Give the authority’s first administrator: admin.name and admin.email' },
  ),
})

export type TNewAuthority = z.output<typeof ZNewAuthoritySchema>

/** The platform page's form posts `name`, `admin.name` and `admin.email`. */
export function newAuthorityFromForm(values: Record<string, string | string[]>) {
  const text = (key: string) => [values[key] ?? ''].flat()[0] ?? ''
  return { name: text('name'), admin: { name: text('admin.name'), email: text('admin.email') } }
}

export const ZPlatformAdminSchema = z.object({ name: ZPersonNameSchema, email: ZEmailSchema })
