import { describe, expect, it } from 'vitest'
import { isoDuration } from './iso-duration'

describe('isoDuration', () => {
  it('spells seconds as the Teams reports do, zero parts left out', () => {
    expect(isoDuration(0)).toBe('PT0S')
    expect(isoDuration(5)).toBe('PT5S')
    expect(isoDuration(60)).toBe('PT1M')
    expect(isoDuration(3605)).toBe('PT1H5S')
    expect(isoDuration(93_784)).toBe('PT26H3M4S')
  })

  it('reads back to the same seconds', () => {
    for (let seconds = 0; seconds < 200_000; seconds += 997) {
      const [, h = '0', m = '0', s = '0'] = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(isoDuration(seconds)) ?? []
      expect(Number(h) * 3600 + Number(m) * 60 + Number(s)).toBe(seconds)
    }
  })
})
