import { z } from 'zod'
import { ROLES } from '#models/access/roles'
import { formRows, MAX_FORM_ROWS } from './form-rows'

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
  memberships: z.array(ZMembershipSchema).min(1, 'Give the person at least one role').max(MAX_FORM_ROWS, `A person can have at most ${MAX_FORM_ROWS} roles`),
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
  const memberships = formRows(values, 'memberships', ['organisation', 'role', 'remove'])
    .filter((row) => row.remove === '')
    .map((row) => ({ organisation: row.organisation, role: row.role || undefined }))
    .filter((membership) => membership.organisation !== '' || membership.role !== undefined)
  return { name: text('name'), memberships }
}
