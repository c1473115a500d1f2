// Nottingham City Council: three terms with a half term inside each. Demo dates in the usual
// pattern, not the council's published dates.
import { defineDemoTermCalendar } from './demo-term-calendar'

export const nottinghamTermDates = defineDemoTermCalendar(
  {
    authority: 'Nottingham City Council',
    academicYears: [
      {
        year: '2025/26',
        terms: [
          { name: 'Autumn term', season: 'autumn', start: '2025-09-02', end: '2025-12-19', halfTerm: { start: '2025-10-27', end: '2025-10-31' } },
          { name: 'Spring term', season: 'spring', start: '2026-01-05', end: '2026-03-27', halfTerm: { start: '2026-02-16', end: '2026-02-20' } },
          { name: 'Summer term', season: 'summer', start: '2026-04-13', end: '2026-07-21', halfTerm: { start: '2026-05-25', end: '2026-05-29' } },
        ],
      },
      {
        year: '2026/27',
        terms: [
          { name: 'Autumn term', season: 'autumn', start: '2026-09-02', end: '2026-12-18', halfTerm: { start: '2026-10-26', end: '2026-10-30' } },
          { name: 'Spring term', season: 'spring', start: '2027-01-04', end: '2027-03-25', halfTerm: { start: '2027-02-15', end: '2027-02-19' } },
          { name: 'Summer term', season: 'summer', start: '2027-04-12', end: '2027-07-21', halfTerm: { start: '2027-05-31', end: '2027-06-04' } },
        ],
      },
      {
        year: '2027/28',
        terms: [
          { name: 'Autumn term', season: 'autumn', start: '2027-09-01', end: '2027-12-17', halfTerm: { start: '2027-10-25', end: '2027-10-29' } },
          { name: 'Spring term', season: 'spring', start: '2028-01-04', end: '2028-03-31', halfTerm: { start: '2028-02-14', end: '2028-02-18' } },
          { name: 'Summer term', season: 'summer', start: '2028-04-18', end: '2028-07-21', halfTerm: { start: '2028-05-29', end: '2028-06-02' } },
        ],
      },
    ],
  },
  { '2025/26': 'Demo dates', '2026/27': 'Demo dates', '2027/28': 'Demo dates' },
)
