import { ZAlignment, ZIsoDate, ZPeriod } from '#clauses/values'

describe('clause values', () => {
  it('rejects a negative notice period with a message', () => {
    const result = ZPeriod.safeParse({ amount: -6, unit: 'months' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('Enter a period greater than zero')
  })

  it('rejects an impossible date', () => {
    expect(ZIsoDate.safeParse('2026-02-30').success).toBe(false)
    expect(ZIsoDate.safeParse('2026-02-28').success).toBe(true)
  })

  it('rejects an unknown alignment', () => {
    expect(ZAlignment.safeParse({ kind: 'end_of_term' }).success).toBe(false)
    expect(ZAlignment.safeParse({ kind: 'fixed_day', day: 5, month: 4 }).success).toBe(true)
  })
})
