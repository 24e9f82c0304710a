import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { createFakeGraph } from '@fake-graph/core'
import { describe, expect, it } from 'vitest'
import { bearerJwt } from '../support/unsigned-jwt'

// This file runs in a process of its own (the load project's forks): its heap is the fake's.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const NOW = new Date('2026-11-27T00:00:00Z')
const DETAIL = "https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"
const jwt = (tid: string) => bearerJwt({ roles: ['Reports.Read.All'], tid })

/** What the process holds after a full collection, in MB: the heap and the typed arrays' stores. */
function heldMb(): number {
  gc()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return (heapUsed + arrayBuffers) / 1e6
}

async function download(fake: ReturnType<typeof createFakeGraph>, authorization = 'Bearer x'): Promise<number> {
  const redirect = await fake.fetch(new Request(DETAIL, { headers: { Authorization: authorization } }))
  const response = await fake.fetch(new Request(redirect.headers.get('location') as string))
  return (await response.arrayBuffer()).byteLength
}

/**
 * Memory held for generated tenants has a budget in users, whatever the callers do. Each of these
 * held one more whole tenant per tid or per day before (issue 11, rows 1 and 6): 16 tids of
 * 10,000 users kept about 240 MB, and 20 days walked back about 300 MB.
 */
describe('memory for generated tenants', () => {
  it('stays within the budget in users however many tids download their report', async () => {
    const fake = createFakeGraph({ now: NOW, users: 10_000, heldUsers: 20_000 })
    await download(fake)
    const before = heldMb()
    for (let tid = 0; tid < 16; tid++) expect(await download(fake, jwt(`tid-${tid}`))).toBeGreaterThan(1e6)
    const grown = heldMb() - before
    console.info(`[fake-graph] 16 tids of 10,000 users: +${grown.toFixed(0)} MB held`)
    expect(fake.heldUsers()).toBeLessThanOrEqual(20_000)
    expect(grown).toBeLessThan(100)
  }, 120_000)

  it('stays within the budget when the clock walks back a day at a time', async () => {
    const fake = createFakeGraph({ now: NOW, users: 10_000, heldUsers: 20_000 })
    await download(fake)
    const before = heldMb()
    for (let day = 1; day <= 20; day++) {
      fake.clock.set(new Date(NOW.getTime() - day * 86_400_000))
      await download(fake)
    }
    const grown = heldMb() - before
    console.info(`[fake-graph] 20 days back on 10,000 users: +${grown.toFixed(0)} MB held`)
    expect(grown).toBeLessThan(100)
  }, 120_000)
})
