/**
 * Shares one pending load between callers asking for the same key at the same time, and forgets it
 * once it settles, so a later caller always loads afresh (nothing is cached).
 */
export function singleFlight<T>(load: (key: string) => Promise<T>) {
  const pending = new Map<string, Promise<T>>()
  return (key: string): Promise<T> => {
    const existing = pending.get(key)
    if (existing) return existing
    const loading = load(key).finally(() => pending.delete(key))
    pending.set(key, loading)
    return loading
  }
}
