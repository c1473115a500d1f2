// Dates, periods and money in words for bases and the UI ("23 November 2026"). The clause library
// owns the wording; the calendar re-exports it so both say dates the same way.
export { formatDate, formatDayOfYear, formatList, formatPence, formatPeriod, ordinal } from '../format'
