import type { IsoDate } from '../values'

/** A computed date and the one line a solicitor can check it by. */
export interface DatedBasis {
  date: IsoDate
  basis: string
}

/** "(clause 17.1)"; "(Schedule 1, paragraph 3)"; a clause known by its heading: "(the "Early termination" clause)". */
export function cite(clause: string): string {
  if (/^\d/.test(clause)) return `(clause ${clause})`
  if (/^(Schedule|Appendix)\b/.test(clause)) return `(${clause})`
  return `(the "${clause}" clause)`
}
