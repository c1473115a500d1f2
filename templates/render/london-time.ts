// Every time a reader sees is Europe/London wall-clock time labelled with its zone (GMT or BST),
// so a signature at 00:30 BST is not read as the previous day (DESIGN.md, Documents and signatures).
const londonTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
})

/** "1 July 2026, 11:00:00 BST" */
export function formatLondonTime(instant: string | Date): string {
  const parts = Object.fromEntries(
    londonTime.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  )
  return `${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}:${parts.second} ${parts.timeZoneName}`
}
