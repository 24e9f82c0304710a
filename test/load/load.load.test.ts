import { describe, expect, it } from 'vitest'
import { expectClean } from './expect-clean'
import { runLoad } from './run-load'

// A bounded load test, not a timed one: it checks errors and memory, not speed.
describe('load (10 s, 64 connections, loopback)', () => {
  it('answers every request without a socket error or a 5xx, and memory returns near its baseline', async () => {
    const result = await runLoad({ seconds: 10 })
    console.info('[fake-graph] load:', JSON.stringify(result))
    expectClean(result, { atLeast: 1_000, statuses: ['200', '302', '400', '401'] })
    expect(result.rss.after).toBeLessThan(result.rss.baseline * 1.5 + 64)
  }, 60_000)
})
