import { z } from 'zod'

export const ZCreateApiTokenSchema = z.object({
  name: z
    .string({ error: 'Enter a name for the token' })
    .trim()
    .min(1, 'Enter a name for the token')
    .max(100, 'Token name must be 100 characters or fewer'),
})
