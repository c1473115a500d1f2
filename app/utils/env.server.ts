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
  // Where file bytes go (decision record 007): `disk` under DATA_DIR/files, or any S3-compatible store.
  FILE_STORE: z.enum(['disk', 's3']).default('disk'),
  S3_BUCKET: z.string().min(3).optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default('eu-west-2'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.stringbool().default(false),
  S3_PREFIX: z.string().regex(/^([A-Za-z0-9._-]+\/)*$/, 'S3_PREFIX must be empty or end with "/" (e.g. "sla/")').default(''),
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
  if (result.data.FILE_STORE === 's3' && !result.data.S3_BUCKET) {
    throw new Error('Invalid environment:\n  S3_BUCKET: required when FILE_STORE=s3')
  }
  checked = { ...result.data, DATA_DIR: path.resolve(result.data.DATA_DIR) }
  return checked
}
