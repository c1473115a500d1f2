import { createContext, useContext } from 'react'

// The per-request Content-Security-Policy nonce set by server.ts, so Remix's inline scripts may run.
const NonceContext = createContext<string>('')

export const NonceProvider = NonceContext.Provider
export const useNonce = () => useContext(NonceContext)
