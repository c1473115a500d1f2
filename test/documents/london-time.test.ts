import { formatLondonTime } from '#templates/render/london-time'

describe('formatLondonTime', () => {
  it('labels summer times BST, an hour ahead of UTC', () => {
    expect(formatLondonTime('2026-07-01T10:00:00Z')).toBe('1 July 2026, 11:00:00 BST')
  })

  it('labels winter times GMT', () => {
    expect(formatLondonTime('2026-12-01T10:00:00Z')).toBe('1 December 2026, 10:00:00 GMT')
  })

  it('changes zone at 01:00 UTC on the last Sunday of March (29 March 2026)', () => {
    expect(formatLondonTime('2026-03-29T00:59:59Z')).toBe('29 March 2026, 00:59:59 GMT')
    expect(formatLondonTime('2026-03-29T01:00:00Z')).toBe('29 March 2026, 02:00:00 BST')
  })

  it('shows a signature just after midnight in summer on the London date, not the UTC one', () => {
    expect(formatLondonTime('2026-08-31T23:30:00Z')).toBe('1 September 2026, 00:30:00 BST')
  })
})
