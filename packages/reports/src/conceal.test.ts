import { describe, expect, it } from 'vitest'
import { concealedName } from './conceal'

describe('concealedName', () => {
  it('is 32 upper-case hex characters, stable per user, distinct across users', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)
    const tokens = ids.map(concealedName)
    for (const token of tokens) expect(token).toMatch(/^[0-9A-F]{32}$/)
    expect(new Set(tokens).size).toBe(ids.length)
    expect(ids.map(concealedName)).toEqual(tokens)
  })
})
