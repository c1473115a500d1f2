import type { Options } from 'mingo/types'

/**
 * Options for every mingo call. Scripts ($where, $function, $accumulator) are off: they would run
 * client-supplied JavaScript inside the application's own process.
 */
export const mingoOptions: Partial<Options> = { scriptEnabled: false }
