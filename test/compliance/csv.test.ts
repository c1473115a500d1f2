import { csvCell, toCsv } from '#app/utils/csv'

describe('CSV export', () => {
  test('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('Local Activity Report, Term 2')).toBe('"Local Activity Report, Term 2"')
    expect(csvCell('the "LIFT" group')).toBe('"the ""LIFT"" group"')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell(72.5)).toBe('72.5')
    expect(csvCell(null)).toBe('')
  })

  test.each(['=HYPERLINK("http://x.invalid")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('neutralises a formula: %j', (value) => {
    expect(csvCell(value).replace(/^"/, '').startsWith("'")).toBe(true)
  })

  test('rows end with CRLF', () => {
    expect(toCsv(['Agreement', 'Due'], [['KCC-STLS-2026-001', '2026-12-18']])).toBe('Agreement,Due\r\nKCC-STLS-2026-001,2026-12-18\r\n')
  })
})
