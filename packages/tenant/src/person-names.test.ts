import { describe, expect, it } from 'vitest'
import { NAME_PAIRS, personNameAt } from './person-names'

describe('personNameAt', () => {
  it('gives distinct names to distinct indexes', () => {
    const seen = new Set<string>()
    for (let index = 0; index < 200_000; index++) {
      const { first, last, suffix } = personNameAt(index, 12_345)
      seen.add(`${first} ${last}${suffix}`)
    }
    expect(seen.size).toBe(200_000)
  })

  it('disambiguates once a tenant outgrows the name pairs', () => {
    const a = personNameAt(7, 0)
    const b = personNameAt(7 + NAME_PAIRS, 0)
    expect([b.first, b.last]).toEqual([a.first, a.last])
    expect(a.suffix).toBe('')
    expect(b.suffix).toBe('2')
  })
})
