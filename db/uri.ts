/**
 * Connection strings for the embedded server.
 *
 * The server does not implement retryable writes (it keeps no record of which session's write
 * number it has applied), and as a single node it has no failover for a retry to ride over. A
 * driver that retried a write after a dropped connection could apply it twice, so the URI tells
 * it not to, as real MongoDB asks of a deployment without retryable writes (retryWrites=false).
 */
export function serverUri(address: string): string {
  return `mongodb://${address}/?retryWrites=false`
}

/** Puts `database` into a mongodb:// URI, keeping its options. */
export function withDatabase(uri: string, database: string): string {
  const url = new URL(uri)
  url.pathname = `/${database}`
  return url.toString()
}
