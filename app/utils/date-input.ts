// The GOV.UK date input posts a date as three boxes, `name-day`, `name-month` and `name-year`; the
// schemas read one `YYYY-MM-DD` value (the API's shape). The boxes are joined with an empty box left
// as an empty part ("2027--31"), so the schema's message can name what is missing (clauses/fields.ts).

export const DATE_PARTS = ['day', 'month', 'year'] as const
export type TDatePart = (typeof DATE_PARTS)[number]
export type TDateParts = Record<TDatePart, string>

export function datePartName(name: string, part: TDatePart) {
  return `${name}-${part}`
}

/** Day, month and year boxes as `YYYY-MM-DD`; all three empty is an empty string. */
export function joinDateParts({ day, month, year }: TDateParts): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()]
  if (!d && !m && !y) return ''
  const pad = (part: string) => (/^\d$/.test(part) ? `0${part}` : part)
  return `${y}-${pad(m)}-${pad(d)}`
}

/** `2027-03-31` as the boxes show it: 31, 3, 2027. */
export function splitIsoDate(value: string | undefined): TDateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '')
  if (!match) return { day: '', month: '', year: '' }
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] }
}

/** The names of the dates posted as boxes: every `name` with a `name-day`, `name-month` and `name-year`. */
function dateInputNames(keys: Iterable<string>): string[] {
  const all = new Set(keys)
  return [...all].filter((key) => key.endsWith('-day')).map((key) => key.slice(0, -'-day'.length)).filter((name) => all.has(datePartName(name, 'month')) && all.has(datePartName(name, 'year')))
}

/** Form values with each date's boxes joined under the date's own name; the boxes stay, so a refused form shows them again. */
export function withJoinedDates<TValue extends string | string[]>(values: Record<string, TValue>): Record<string, TValue | string> {
  const joined: Record<string, TValue | string> = { ...values }
  for (const name of dateInputNames(Object.keys(values))) {
    const part = (suffix: TDatePart) => String([values[datePartName(name, suffix)]].flat()[0] ?? '')
    joined[name] = joinDateParts({ day: part('day'), month: part('month'), year: part('year') })
  }
  return joined
}

/** The same for a GET form's query string (the what-if panel, the audit trail's filters). */
export function withJoinedDateParams(searchParams: URLSearchParams): URLSearchParams {
  const joined = new URLSearchParams(searchParams)
  for (const name of dateInputNames(searchParams.keys())) {
    const part = (suffix: TDatePart) => searchParams.get(datePartName(name, suffix)) ?? ''
    joined.set(name, joinDateParts({ day: part('day'), month: part('month'), year: part('year') }))
  }
  return joined
}

/** Which boxes to outline in red: the empty ones when some are filled, otherwise all three. */
export function datePartsInError(parts: TDateParts): TDatePart[] {
  const empty = DATE_PARTS.filter((part) => !parts[part].trim())
  return empty.length > 0 && empty.length < 3 ? empty : [...DATE_PARTS]
}
