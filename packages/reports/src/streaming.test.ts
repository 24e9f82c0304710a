import { generateTenant, type Tenant } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { renderCsv } from './csv-writer'
import { office365ActiveUserDetail } from './definitions/office365-active-user-detail'

describe('renderCsv', () => {
  it('derives users only as the reader pulls, so memory does not grow with rows', async () => {
    const base = generateTenant({ seed: 1, users: 1_000_000, now: new Date('2026-11-27T00:00:00Z'), lazy: true })
    let derived = 0
    const counted: Tenant = {
      ...base,
      users: function* (from = 0) {
        for (const user of base.users(from)) {
          derived++
          yield user
        }
      },
    }
    const reader = renderCsv(office365ActiveUserDetail, { tenant: counted, selection: { period: 7 } }).getReader()
    const first = await reader.read()
    expect(first.value?.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
    // One chunk holds at most a few hundred rows (fewer when its time slice ends first); nothing beyond it was derived.
    expect(derived).toBeGreaterThan(0)
    expect(derived).toBeLessThan(1_000)
    await reader.cancel()
  })
})
