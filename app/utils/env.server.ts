import path from 'node:path'
import { z } from 'zod'

const ZOrigin = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value)
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '')
    } catch {
      return false
    }
  }, 'APP_ORIGIN must be a scheme and host only, like https://sla.example.gov.uk')
  .transform((value) => value.replace(/\/$/, ''))

const ZEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  MONGODB_URI: z.string().min(1).optional(),
  SESSION_SECRET: z.string().min(16, 'SESSION_SECRET must be at least 16 characters').optional(),
  // Where people reach the app; the only source of absolute URLs (signing links, calendar feeds, sign-in links).
  APP_ORIGIN: ZOrigin.optional(),
  // Express's "trust proxy": how many proxies (or which addresses) stand in front of the app, so the
  // client's own address is the one throttled and audited. Unset: the connection's address.
  TRUST_PROXY: z.string().trim().min(1).optional(),
  // Largest JSON, form or text body, counted as it arrives; files have their own limits.
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(1024 * 1024),
  SMTP_URL: z.string().min(1).optional(),
  // Where to report a vulnerability (RFC 9116's Contact): an email address or an https:// page.
  SECURITY_CONTACT: z
    .string()
    .trim()
    .refine((value) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) || /^https:\/\/\S+$/.test(value), 'SECURITY_CONTACT must be an email address or an https:// address')
    .optional(),
  // How long a signed-in user's dashboard may be kept between writes; 0 turns the page cache off.
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).default(60),
  SEAL_P12_PATH: z.string().min(1).optional(),
  SEAL_P12_BASE64: z.string().min(1).optional(),
  SEAL_P12_PASSPHRASE: z.string().optional(),
  // In production the self-signed demo seal is used only when asked for by name.
  SEAL_DEMO: z.enum(['0', '1']).optional(),
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

export type TEnv = Omit<z.infer<typeof ZEnvSchema>, 'APP_ORIGIN'> & { DATA_DIR: string; APP_ORIGIN: string }

let checked: TEnv | undefined

/** What a production start must be given rather than guess: each missing value named. */
function productionProblems(env: z.infer<typeof ZEnvSchema>) {
  const problems: string[] = []
  if (!env.SESSION_SECRET) problems.push('SESSION_SECRET: required when NODE_ENV=production')
  if (!env.APP_ORIGIN) problems.push('APP_ORIGIN: required when NODE_ENV=production (the https:// address people use, e.g. https://sla.example.gov.uk)')
  if (!env.SEAL_P12_PATH && !env.SEAL_P12_BASE64 && env.SEAL_DEMO !== '1') {
    problems.push('SEAL_P12_PATH or SEAL_P12_BASE64: required when NODE_ENV=production to seal signed agreements (set SEAL_DEMO=1 to seal with the self-signed demo seal instead)')
  }
  return problems
}

/** Parses the environment once; a bad value stops the process at boot with every problem named. */
export function getEnv(): TEnv {
  if (checked) return checked
  const result = ZEnvSchema.safeParse(process.env)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid environment:\n${problems.join('\n')}`)
  }
  const env = result.data
  const problems = env.NODE_ENV === 'production' ? productionProblems(env) : []
  if (env.FILE_STORE === 's3' && !env.S3_BUCKET) problems.push('S3_BUCKET: required when FILE_STORE=s3')
  if (problems.length > 0) throw new Error(`Invalid environment:\n${problems.map((problem) => `  ${problem}`).join('\n')}`)
  // Outside production the app is reached on this machine, so its address follows PORT.
  const APP_ORIGIN = env.APP_ORIGIN ?? `http://localhost:${env.PORT}`
  checked = { ...env, DATA_DIR: path.resolve(env.DATA_DIR), APP_ORIGIN }
  return checked
}

/** An absolute URL for a path of this app, built from APP_ORIGIN alone (never from a request's Host). */
export function appUrl(pathname: string) {
  return new URL(pathname, `${getEnv().APP_ORIGIN}/`).toString()
}

export function isProduction() {
  return getEnv().NODE_ENV === 'production'
}

/** Whether signed agreements are sealed with the self-signed demo seal rather than a configured key. */
export function usesDemoSeal(env: Pick<TEnv, 'SEAL_P12_PATH' | 'SEAL_P12_BASE64'> = getEnv()) {
  return !env.SEAL_P12_PATH && !env.SEAL_P12_BASE64
}
