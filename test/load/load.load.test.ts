import { describe, expect, it } from 'vitest'
import { runLoad } from './run-load'

// A bounded load test, not a timed one: it checks errors and memory, not speed.
describe('load (10 s, 64 connections, loopback)', () => {
  it('answers every request without a socket error or a 5xx, and memory returns near its baseline', async () => {
    const result = await runLoad({ seconds: 10 })
    console.info('[fake-graph] load:', JSON.stringify(result))
    expect(result.requests).toBeGreaterThan(1_000)
    expect(result.errors).toBe(0)
    expect(result.serverErrors).toBe(0)
    expect(Object.keys(result.statuses).sort()).toEqual(['200', '302', '400', '401'])
    expect(result.rss.after).toBeLessThan(result.rss.baseline * 1.5 + 64)
  }, 60_000)
})
