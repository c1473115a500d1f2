import { singleFlight } from './single-flight'

describe('singleFlight', () => {
  it('gives callers asking for the same key at the same time one load', async () => {
    const load = vi.fn(async (key: string) => ({ key }))
    const get = singleFlight(load)
    const [first, second] = await Promise.all([get('a'), get('a')])
    expect(load).toHaveBeenCalledTimes(1)
    expect(second).toBe(first)
  })

  it('loads each key separately', async () => {
    const load = vi.fn(async (key: string) => key.toUpperCase())
    const get = singleFlight(load)
    expect(await Promise.all([get('a'), get('b')])).toEqual(['A', 'B'])
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('loads afresh once the earlier load has settled', async () => {
    let version = 0
    const get = singleFlight(async () => ++version)
    expect(await get('a')).toBe(1)
    expect(await get('a')).toBe(2)
  })

  it('does not keep a failed load', async () => {
    let calls = 0
    const get = singleFlight(async () => {
      calls += 1
      if (calls === 1) throw new Error('database unavailable')
      return 'loaded'
    })
    await expect(get('a')).rejects.toThrow('database unavailable')
    expect(await get('a')).toBe('loaded')
  })
})
