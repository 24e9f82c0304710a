import { formatDay, generateTenant } from '@fake-graph/tenant'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { office365ActiveUserCounts } from './definitions/office365-active-user-counts'
import { office365ActiveUserDetail } from './definitions/office365-active-user-detail'
import { skypeForBusinessDeviceUsageDistributionUserCounts } from './definitions/skype-for-business-device-usage-distribution-user-counts'
import { skypeForBusinessDeviceUsageUserCounts } from './definitions/skype-for-business-device-usage-user-counts'
import { skypeForBusinessDeviceUsageUserDetail } from './definitions/skype-for-business-device-usage-user-detail'
import { PERIODS } from './report-request'
import { readCsv } from './test-support'

const now = new Date('2026-11-27T00:00:00Z')
/** Each counts column and the Detail column it counts the `Yes` cells of. */
const DEVICES: [counts: string, detail: string][] = ['Windows', 'Windows Phone', 'Android Phone', 'iPhone', 'iPad'].map(
  (device) => [device, `Used ${device}`],
)
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 })
const tenantOf = (seed: number) => generateTenant({ seed, users: 80, now })
/** An empty tally cell is a zero (docs/usage-reports.md §2). */
const count = (cell: string | undefined) => (cell === '' ? 0 : Number(cell))
const onAny = (row: Record<string, string>) => DEVICES.some(([, column]) => row[column] === 'Yes')

// Each property reads the reports as a client would (parsed CSV, by header name).
describe('the Skype for Business device reports agree with each other and with the active users', () => {
  it('Detail lists the active-users Detail users with their Skype last activity, and devices exactly when active', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), fc.integer({ min: 1, max: 28 }), (seed, period, back) => {
        const tenant = tenantOf(seed)
        for (const selection of [{ period }, { date: tenant.refreshDate + 1 - back }]) {
          const detail = readCsv(skypeForBusinessDeviceUsageUserDetail, { tenant, selection })
          const active = readCsv(office365ActiveUserDetail, { tenant, selection })
          expect(detail.map((row) => row['User Principal Name'])).toEqual(
            active.map((row) => row['User Principal Name']),
          )
          const from = formatDay('period' in selection ? tenant.refreshDate - period + 1 : selection.date)
          const to = formatDay('period' in selection ? tenant.refreshDate : selection.date)
          detail.forEach((row, i) => {
            const last = active[i]?.['Skype For Business Last Activity Date'] as string
            expect(row['Last Activity Date']).toBe(last)
            // Last activity as of the date: the date form's user was active that day or not at all.
            expect(onAny(row)).toBe(last !== '' && last >= from && last <= to)
            for (const [, column] of DEVICES) expect(row[column]).toMatch(/^(Yes|No)$/)
            expect(row['Report Period']).toBe('period' in selection ? String(period) : '1')
            for (const column of ['Is Deleted', 'Deleted Date', 'Display Name', 'Assigned Products'])
              expect(row).not.toHaveProperty(column)
          })
        }
      }),
      { numRuns: 12 },
    )
  })

  it('per day: each device’s users are the date Detail’s Yes cells, and the Skype users of the day all used one', () => {
    let seen = 0
    fc.assert(
      fc.property(seeds, (seed) => {
        const tenant = tenantOf(seed)
        const selection = { period: 7 as const }
        const counts = readCsv(skypeForBusinessDeviceUsageUserCounts, { tenant, selection })
        const active = readCsv(office365ActiveUserCounts, { tenant, selection })
        expect(counts).toHaveLength(7)
        counts.forEach((row, i) => {
          const day = tenant.refreshDate - i
          expect(row['Report Date']).toBe(formatDay(day))
          const used = readCsv(skypeForBusinessDeviceUsageUserDetail, { tenant, selection: { date: day } })
          for (const [device, column] of DEVICES)
            expect(count(row[device]), `${device} on ${row['Report Date']}`).toBe(
              used.filter((u) => u[column] === 'Yes').length,
            )
          const users = used.filter(onAny).length
          expect(users).toBe(Number(active[i]?.['Skype For Business']))
          seen += users
        })
      }),
      { numRuns: 12 },
    )
    expect(seen).toBeGreaterThan(0)
  })

  it('the distribution is one row: per device the period Detail’s Yes cells', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), (seed, period) => {
        const tenant = tenantOf(seed)
        const selection = { period }
        const used = readCsv(skypeForBusinessDeviceUsageUserDetail, { tenant, selection })
        const [distribution, ...more] = readCsv(skypeForBusinessDeviceUsageDistributionUserCounts, {
          tenant,
          selection,
        })
        expect(more).toEqual([])
        expect(distribution?.['Report Period']).toBe(String(period))
        expect(distribution).not.toHaveProperty('Report Date')
        for (const [device, column] of DEVICES)
          expect(count(distribution?.[device]), device).toBe(used.filter((u) => u[column] === 'Yes').length)
      }),
      { numRuns: 12 },
    )
  })
})
