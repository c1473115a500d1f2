// Kent County Council runs a six-term year (why the STLS SLA asks for 6 termly reports); half terms
// are the gaps between terms. 2025/26 and 2026/27 are the dates in the shared Kent term-dates data.
import { defineDemoTermCalendar } from './demo-term-calendar'

export const kentTermDates = defineDemoTermCalendar(
  {
    authority: 'Kent County Council',
    academicYears: [
      {
        year: '2025/26',
        terms: [
          { name: 'Term 1', season: 'autumn', start: '2025-09-01', end: '2025-10-17' },
          { name: 'Term 2', season: 'autumn', start: '2025-10-27', end: '2025-12-19' },
          { name: 'Term 3', season: 'spring', start: '2026-01-05', end: '2026-02-13' },
          { name: 'Term 4', season: 'spring', start: '2026-02-23', end: '2026-04-02' },
          { name: 'Term 5', season: 'summer', start: '2026-04-20', end: '2026-05-22' },
          { name: 'Term 6', season: 'summer', start: '2026-06-01', end: '2026-07-21' },
        ],
      },
      {
        year: '2026/27',
        terms: [
          { name: 'Term 1', season: 'autumn', start: '2026-09-01', end: '2026-10-23' },
          { name: 'Term 2', season: 'autumn', start: '2026-11-02', end: '2026-12-18' },
          { name: 'Term 3', season: 'spring', start: '2027-01-04', end: '2027-02-12' },
          { name: 'Term 4', season: 'spring', start: '2027-02-22', end: '2027-03-25' },
          { name: 'Term 5', season: 'summer', start: '2027-04-12', end: '2027-05-28' },
          { name: 'Term 6', season: 'summer', start: '2027-06-07', end: '2027-07-21' },
        ],
      },
      {
        year: '2027/28',
        terms: [
          { name: 'Term 1', season: 'autumn', start: '2027-09-01', end: '2027-10-22' },
          { name: 'Term 2', season: 'autumn', start: '2027-11-01', end: '2027-12-17' },
          { name: 'Term 3', season: 'spring', start: '2028-01-04', end: '2028-02-11' },
          { name: 'Term 4', season: 'spring', start: '2028-02-21', end: '2028-03-31' },
          { name: 'Term 5', season: 'summer', start: '2028-04-18', end: '2028-05-26' },
          { name: 'Term 6', season: 'summer', start: '2028-06-05', end: '2028-07-21' },
        ],
      },
    ],
  },
  {
    '2025/26': 'Published Kent dates, agreed across several schools',
    '2026/27': "Inferred from individual Kent schools' pages",
    '2027/28': "Demo dates, not published: replace with the council's dates",
  },
)
