import { describe, expect, it } from 'vitest'
import { formatOncePer } from './format-instant'

describe('formatOncePer', () => {
  it('formats once per window, and again as soon as the window changes', () => {
    let calls = 0
    const iso = formatOncePer(1, (instant) => {
      calls++
      return instant.toISOString()
    })
    const at = (ms: number) => new Date(Date.UTC(2026, 10, 27) + ms)
    expect(iso(at(5))).toBe('2026-11-27T00:00:00.005Z')
    expect(iso(at(5))).toBe('2026-11-27T00:00:00.005Z')
    expect(calls).toBe(1)
    expect(iso(at(6))).toBe('2026-11-27T00:00:00.006Z')
    // Going back in time (a test's clock may) is a change of window too.
    expect(iso(at(5))).toBe('2026-11-27T00:00:00.005Z')
    expect(calls).toBe(3)
  })

  it('keeps a whole window together: the Date header changes on the second', () => {
    const http = formatOncePer(1000, (instant) => instant.toUTCString())
    const second = Date.UTC(2026, 10, 27, 12, 0, 0)
    expect(http(new Date(second + 999))).toBe('Fri, 27 Nov 2026 12:00:00 GMT')
    expect(http(new Date(second))).toBe('Fri, 27 Nov 2026 12:00:00 GMT')
    expect(http(new Date(second + 1000))).toBe('Fri, 27 Nov 2026 12:00:01 GMT')
  })
})
