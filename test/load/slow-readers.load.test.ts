import { describe, expect, it } from 'vitest'
import { runSlowReaders } from './slow-readers'

describe('slow readers and abrupt disconnects', () => {
  it('keeps memory flat under 20 readers at 64 KB/s, and leaks no socket or timer when they vanish', async () => {
    const result = await runSlowReaders({ users: 100_000, clients: 20, bytesPerSecond: 64 * 1024, seconds: 6 })
    console.info('[fake-graph] slow readers:', JSON.stringify(result))
    expect(result.reportMb).toBeGreaterThan(20)
    // Each reader got about what its rate allows: the server neither stalled nor ran ahead.
    expect(result.readPerClientKb).toBeGreaterThan(6 * 64 * 0.7)
    expect(result.readPerClientKb).toBeLessThan(6 * 64 * 1.5 + 512)
    // Buffering each report whole would add 20 × 22 MB; backpressure keeps it to a few chunks each.
    expect(result.rss.peak - result.rss.baseline).toBeLessThan(80)
    const { before, after } = result.resources
    expect(after.Timeout ?? 0).toBeLessThanOrEqual((before.Timeout ?? 0) + 1)
    expect(after.TCPSocketWrap ?? 0).toBeLessThanOrEqual((before.TCPSocketWrap ?? 0) + 1)
  }, 90_000)
})
