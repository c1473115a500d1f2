import type { TimelineEntry } from '../values'
import { buildIcs } from './ics'

const entries: TimelineEntry[] = [
  {
    key: 'notice.deemed_served',
    date: '2026-12-30',
    label: 'Notice deemed served',
    clause: '16.1',
    basis: 'Posted on 24 December 2026: deemed served on the second business day after posting, not counting the bank holidays Christmas Day 25 December 2026 and Boxing Day (substitute day) 28 December 2026, 30 December 2026 (clause 16.1)',
  },
  { key: 'payment.due', date: '2027-01-05', label: 'Payment due', clause: 'Schedule 1, paragraph 3', basis: 'Fixed date 5 January; paid in 3', amount: 3_333_334 },
  { key: 'payment.due', date: '2027-01-05', label: 'Payment due', clause: 'Schedule 1, paragraph 3', basis: 'A second payment the same day', amount: 100 },
]

const agreement = { id: 'agr-1', reference: 'NCC-DF-2026', title: 'Nottingham devolution of funding', url: 'https://sla.example/agreements/agr-1', entries }
const generatedAt = new Date('2026-11-23T09:00:00Z')

/** The calendar with folded lines joined again (RFC 5545 3.1: CRLF then one space or tab). */
function unfolded(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n')
}

describe('buildIcs', () => {
  const ics = buildIcs({ calendarName: 'My deadlines', agreements: [agreement], generatedAt })
  const lines = unfolded(ics)

  test('a VCALENDAR with CRLF line ends, folded lines, and one all-day VEVENT per entry', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines).toContain('VERSION:2.0')
    expect(lines).toContain('X-WR-CALNAME:My deadlines')
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    // `ics` folds at 75 characters (RFC 5545 asks for 75 octets; "£" is two).
    expect(ics.split('\r\n').every((line) => [...line].length <= 75)).toBe(true)
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(3)
    // All-day: DTSTART is the date, DTEND the next day (RFC 5545 3.6.1).
    expect(lines).toContain('DTSTART;VALUE=DATE:20261230')
    expect(lines).toContain('DTEND;VALUE=DATE:20261231')
    expect(lines).toContain('DTSTAMP:20261123T090000Z')
  })

  test('title, escaped description with the basis and the amount, and the link', () => {
    expect(lines).toContain('SUMMARY:Notice deemed served (NCC-DF-2026)')
    expect(lines).toContain(
      'DESCRIPTION:Posted on 24 December 2026: deemed served on the second business day after posting\\, not counting the bank holidays Christmas Day 25 December 2026 and Boxing Day (substitute day) 28 December 2026\\, 30 December 2026 (clause 16.1)\\nNottingham devolution of funding',
    )
    expect(lines).toContain('DESCRIPTION:Fixed date 5 January\\; paid in 3\\nAmount: £33\\,333.34\\nNottingham devolution of funding')
    expect(lines).toContain('URL:https://sla.example/agreements/agr-1')
  })

  test('UIDs are unique, and the same in every build', () => {
    const uids = lines.filter((line) => line.startsWith('UID:'))
    expect(new Set(uids).size).toBe(3)
    const again = unfolded(buildIcs({ calendarName: 'My deadlines', agreements: [agreement], generatedAt: new Date('2026-12-01T12:00:00Z') }))
    expect(again.filter((line) => line.startsWith('UID:'))).toEqual(uids)
    expect(uids.every((uid) => uid.startsWith('UID:agr-1-'))).toBe(true)
  })
})
