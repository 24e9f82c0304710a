import { describe, expect, it } from 'vitest'
import { expectClean } from './expect-clean'
import { runSoak } from './run-soak'

// The soak in short (bench/soak.bench.ts runs it for 10 minutes): errors and memory, not speed.
describe('soak (30 s, 64 connections, mixed traffic, loopback)', () => {
  it('answers reports, downloads, hostile URLs, new tids and admin calls without an error or a 5xx, and memory levels off', async () => {
    // A budget of 20,000 users (10 tids' worth) fills in seconds; the 10-minute soak keeps the default.
    const result = await runSoak({ seconds: 30, heldUsers: 20_000 })
    console.info('[fake-graph] soak:', JSON.stringify({ ...result, samples: undefined }))
    expectClean(result, { atLeast: 3_000, statuses: ['200', '302', '400', '414'] })
    expect(result.tenants).toBeGreaterThan(100)
    // After the warm-up the budgets are full: what the server holds then is what it keeps.
    expect(result.rss.end).toBeLessThan(result.rss.warm * 1.25 + 32)
  }, 90_000)
})
