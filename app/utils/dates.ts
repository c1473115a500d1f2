const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
})

const TIME = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
})

/** "23 November 2026", the GOV.UK date style, in the Europe/London calendar. Accepts `YYYY-MM-DD` dates. */
export function formatDate(value: Date | string) {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value)
  return LONG_DATE.format(date)
}

/** "23 November 2026 at 4:05pm" */
export function formatDateTime(value: Date | string) {
  const date = new Date(value)
  return `${LONG_DATE.format(date)} at ${TIME.format(date).replace(' ', '').toLowerCase()}`
}
