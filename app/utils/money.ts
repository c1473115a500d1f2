// Money is typed in pounds as people write it ("£125,000", "1,250.50") and kept in whole pence,
// the shape the clause schemas and the API use.

const POUNDS = /^£?\s*(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/

/** "£125,000" -> 12500000 pence; anything that is not an amount of pounds -> undefined. */
export function penceFromPounds(typed: string): number | undefined {
  const text = typed.trim()
  const match = POUNDS.exec(text)
  if (!match) return undefined
  const [whole, decimals = ''] = text.replace(/^£\s*/, '').replace(/,/g, '').split('.')
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0') || 0)
}

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })
const WITH_PENCE = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** 12500000 pence -> "125,000"; 125050 -> "1,250.50": what a money box shows after its £ prefix. */
export function poundsForInput(pence: number): string {
  return pence % 100 === 0 ? WHOLE.format(pence / 100) : WITH_PENCE.format(pence / 100)
}
