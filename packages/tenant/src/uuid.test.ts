import { describe, expect, it } from 'vitest'
import { createRandom } from './random'
import { uuidFrom } from './uuid'

/** The spelling the ids of every golden file were made with: hex words, sliced. */
function slicedUuid(words: readonly number[]): string {
  const [a, b, c, d] = words.map((word) => word.toString(16).padStart(8, '0')) as [string, string, string, string]
  const variant = ((Number.parseInt(c.charAt(0), 16) & 0x3) | 0x8).toString(16)
  return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`
}

describe('uuidFrom', () => {
  it('spells the four words it draws as the sliced hex always did, over many seeds', () => {
    for (let seed = 0; seed < 5_000; seed++) {
      const words = createRandom(seed)
      const drawn = [words.uint32(), words.uint32(), words.uint32(), words.uint32()]
      const id = uuidFrom(createRandom(seed))
      expect(id).toBe(slicedUuid(drawn))
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    }
  })

  it('spells the extremes: words of all zeros and all ones', () => {
    const fixed = (word: number) => ({ uint32: () => word }) as ReturnType<typeof createRandom>
    expect(uuidFrom(fixed(0))).toBe('00000000-0000-4000-8000-000000000000')
    expect(uuidFrom(fixed(0xffffffff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff')
  })
})
