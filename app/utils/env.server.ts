import path from 'node:path'
import { z } from 'zod'

const ZEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  MONGODB_URI: z.string().min(1).optional(),
  SESSION_SECRET: z.string().min(16, 'SESSION_SECRET must be at least 16 characters').optional(),
  SMTP_URL: z.string().min(1).optional(),
  // How long a signed-in user's dashboard may be kept between writes; 0 turns the page cache off.
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).default(60),
  SEAL_P12_PATH: z.string().min(1).optional(),
  SEAL_P12_BASE64: z.string().min(1).optional(),
  SEAL_P12_PASSPHRASE: z.string().optional(),
})

export type TEnv = z.infer<typeof ZEnvSchema> & { DATA_DIR: string }

let checked: TEnv | undefined

/** Parses the environment once; a bad value stops the process at boot with every problem named. */
export function getEnv(): TEnv {
  if (checked) return checked
  const result = ZEnvSchema.safeParse(process.env)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid environment:\n${problems.join('\n')}`)
  }
  // A production deployment must choose its own secret; development generates one (see session.server.ts).
  if (result.data.NODE_ENV === 'production' && !result.data.SESSION_SECRET) {
    throw new Error('Invalid environment:\n  SESSION_SECRET: required when NODE_ENV=production')
  }
  checked = { ...result.data, DATA_DIR: path.resolve(result.data.DATA_DIR) }
  return checked
}
