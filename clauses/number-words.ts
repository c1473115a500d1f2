// Numbers in words as the seeds write them ("twenty one (21) days", "six months notice"), both
// ways: for a wording slot with the "words" style, and for reading a hand-written period back.
// Agreements count notice and time limits in small numbers, so the words go to ninety-nine; a
// larger number is written and read in figures.
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

/** 21 -> "twenty one" (the Kent PRU seed's own spelling); 120 -> "120". */
export function numberInWords(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 99) return String(value)
  if (value < 20) return UNITS[value]
  const tens = TENS[Math.floor(value / 10)]
  return value % 10 === 0 ? tens : `${tens} ${UNITS[value % 10]}`
}

/** "twenty one", "twenty-one", "21" -> 21; anything else -> undefined. */
export function numberFromWords(words: string): number | undefined {
  const cleaned = words.trim().toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ')
  if (/^\d+$/.test(cleaned)) return Number(cleaned)
  const [first, second] = cleaned.split(' ')
  const unit = UNITS.indexOf(first)
  if (unit >= 0 && second === undefined) return unit
  const tens = TENS.indexOf(first)
  if (tens < 2) return undefined
  if (second === undefined) return tens * 10
  const ones = UNITS.indexOf(second)
  return ones >= 1 && ones <= 9 ? tens * 10 + ones : undefined
}

/** The words the reader of wording recognises as a number: "twenty one", "six", "12". */
export const NUMBER_WORDS_PATTERN = `(?:\\d+|(?:${TENS.slice(2).join('|')})(?:[ -](?:${UNITS.slice(1, 10).join('|')}))?|${longestFirst(UNITS.slice(1)).join('|')})`

/** So "sixteen" is not read as "six". */
function longestFirst(words: string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length)
}
