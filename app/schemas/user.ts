import { z } from 'zod'
import { ROLES } from '#models/access/roles'

const ZPasswordSchema = z
  .string({ error: 'Enter a password' })
  .min(1, 'Enter a password')
  .min(12, 'Password must be 12 characters or more')
  .max(200, 'Password must be 200 characters or fewer')

export const ZMembershipSchema = z.object({
  organisation: z.string({ error: 'Select an organisation' }).trim().min(1, 'Select an organisation'),
  role: z.enum(ROLES, { error: 'Select a role' }),
})

export const ZCreateUserSchema = z.object({
  name: z.string({ error: 'Enter the person’s name' }).trim().min(1, 'Enter the person’s name').max(200, 'Name must be 200 characters or fewer'),
  email: z
    .string({ error: 'Enter an email address' })
    .trim()
    .toLowerCase()
    .min(1, 'Enter an email address')
    .pipe(z.email('Enter an email address in the correct format, like name@example.com')),
  organisation: ZMembershipSchema.shape.organisation,
  role: ZMembershipSchema.shape.role,
  password: ZPasswordSchema,
})

export const ZUpdateUserSchema = z.object({
  name: ZCreateUserSchema.shape.name,
  memberships: z.array(ZMembershipSchema).min(1, 'Give the person at least one role'),
})

export const ZResetPasswordSchema = z
  .object({
    password: ZPasswordSchema,
    confirmPassword: z.string().default(''),
  })
  .refine((value) => value.password === value.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match',
  })

export type TCreateUser = z.infer<typeof ZCreateUserSchema>
export type TUpdateUser = z.infer<typeof ZUpdateUserSchema>

/**
 * The edit form posts rows `memberships.0.organisation`, `memberships.0.role`, `memberships.0.remove`;
 * ticked rows are dropped and a fully blank row (the spare "add a role" row) is ignored.
 */
export function userUpdateFromForm(values: Record<string, string | string[]>) {
  const text = (key: string) => {
    const value = values[key]
    return Array.isArray(value) ? (value[0] ?? '') : (value ?? '')
  }
  const indexes = [...new Set(Object.keys(values).flatMap((key) => /^memberships\.(\d+)\./.exec(key)?.[1] ?? []))]
  const memberships = indexes
    .map(Number)
    .sort((a, b) => a - b)
    .filter((index) => text(`memberships.${index}.remove`) === '')
    .map((index) => ({ organisation: text(`memberships.${index}.organisation`), role: text(`memberships.${index}.role`) || undefined }))
    .filter((membership) => membership.organisation !== '' || membership.role !== undefined)
  return { name: text('name'), memberships }
}
