import { fieldId } from '#app/components/forms'

type TSectionIds = { clauses: { id: string }[] }[]

/** Where to fix a problem the agreement-wide checks report by path: a party name goes to the
 * parties page, a clause value to that clause's editor, at the field itself. */
export function problemLink(agreementId: string, sections: TSectionIds, path: string): string {
  const base = `/agreements/${agreementId}`
  const party = /^parties\.(\d+)\.(\w+)/.exec(path)
  if (party) return `${base}/parties#${fieldId(`partyDetails.${party[1]}.${party[2]}`)}`
  if (/^content\.details\./.test(path)) return `${base}/parties`
  const clause = /^content\.sections\.(\d+)\.clauses\.(\d+)\.?(.*)$/.exec(path)
  const clauseId = clause ? sections[Number(clause[1])]?.clauses[Number(clause[2])]?.id : undefined
  if (clause && clauseId) return `${base}/clauses/${encodeURIComponent(clauseId)}${clause[3] ? `#${fieldId(clause[3])}` : ''}`
  return base
}

/** An HTML id for a clause id such as "schedule-1.3(a)". */
export function clauseAnchor(clauseId: string): string {
  return `clause-${clauseId.replace(/[^A-Za-z0-9_-]/g, '-')}`
}
