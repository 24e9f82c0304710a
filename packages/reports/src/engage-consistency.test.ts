import { formatDay, generateTenant } from '@fake-graph/tenant'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { office365ActiveUserCounts } from './definitions/office365-active-user-counts'
import { office365ActiveUserDetail } from './definitions/office365-active-user-detail'
import { yammerActivityCounts } from './definitions/yammer-activity-counts'
import { yammerActivityUserCounts } from './definitions/yammer-activity-user-counts'
import { yammerActivityUserDetail } from './definitions/yammer-activity-user-detail'
import { yammerDeviceUsageDistributionUserCounts } from './definitions/yammer-device-usage-distribution-user-counts'
import { yammerDeviceUsageUserCounts } from './definitions/yammer-device-usage-user-counts'
import { yammerDeviceUsageUserDetail } from './definitions/yammer-device-usage-user-detail'
import { PERIODS } from './report-request'
import { readCsv } from './test-support'

const now = new Date('2026-11-27T00:00:00Z')
const ACTIONS = ['Liked', 'Posted', 'Read']
const DEVICES: [counts: string, detail: string][] = [
  ['Web', 'Used Web'],
  ['Windows Phone', 'Used Windows Phone'],
  ['Android Phone', 'Used Android Phone'],
  ['iPhone', 'Used iPhone'],
  ['iPad', 'Used iPad'],
  ['Other', 'Used Others'],
]
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 })
// Yammer is rare (7% adoption): enough users that most seeds have some.
const tenantOf = (seed: number) => generateTenant({ seed, users: 200, now })
/** An empty tally cell is a zero (docs/usage-reports.md §2). */
const count = (cell: string | undefined) => (cell === '' ? 0 : Number(cell))
const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0)

// Each property reads the reports as a client would (parsed CSV, by header name).
describe('the Viva Engage reports agree with each other and with the active users', () => {
  it('both Details list the active-users Detail users, Yammer last activity, User State for deletion', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), fc.integer({ min: 1, max: 28 }), (seed, period, back) => {
        const tenant = tenantOf(seed)
        for (const selection of [{ period }, { date: tenant.refreshDate + 1 - back }]) {
          const active = readCsv(office365ActiveUserDetail, { tenant, selection })
          const activity = readCsv(yammerActivityUserDetail, { tenant, selection })
          const devices = readCsv(yammerDeviceUsageUserDetail, { tenant, selection })
          for (const detail of [activity, devices]) {
            expect(detail.map((row) => row['User Principal Name'])).toEqual(
              active.map((row) => row['User Principal Name']),
            )
            detail.forEach((row, i) => {
              const user = active[i] as Record<string, string>
              const deleted = user['Is Deleted'] === 'True'
              expect(row['Last Activity Date']).toBe(user['Yammer Last Activity Date'])
              expect(row['Display Name']).toBe(user['Display Name'])
              expect(row['User State']).toBe(deleted ? 'deleted' : 'active')
              expect(row['State Change Date']).toBe(deleted ? user['Deleted Date'] : user['Yammer License Assign Date'])
              expect(row['Report Period']).toBe('period' in selection ? String(period) : '1')
              expect(row).not.toHaveProperty('Is Deleted')
            })
          }
          expect(activity.map((row) => row['Assigned Products'])).toEqual(active.map((row) => row['Assigned Products']))
          expect(devices[0] ?? {}).not.toHaveProperty('Assigned Products')
        }
      }),
      { numRuns: 15 },
    )
  })

  it('per day: counts = the date Detail’s sums, user counts = its users with each action, readers = the Yammer users', () => {
    let seen = 0
    fc.assert(
      fc.property(seeds, (seed) => {
        const tenant = tenantOf(seed)
        const selection = { period: 7 as const }
        const counts = readCsv(yammerActivityCounts, { tenant, selection })
        const users = readCsv(yammerActivityUserCounts, { tenant, selection })
        const devices = readCsv(yammerDeviceUsageUserCounts, { tenant, selection })
        const active = readCsv(office365ActiveUserCounts, { tenant, selection })
        expect(counts).toHaveLength(7)
        counts.forEach((row, i) => {
          const day = tenant.refreshDate - i
          for (const report of [users, devices]) expect(report[i]?.['Report Date']).toBe(formatDay(day))
          const detail = readCsv(yammerActivityUserDetail, { tenant, selection: { date: day } })
          const cells = (column: string) => detail.map((user) => Number(user[column]))
          for (const action of ACTIONS) {
            const each = cells(`${action} Count`)
            expect(count(row[action]), `${action} on ${row['Report Date']}`).toBe(sum(each))
            expect(count(users[i]?.[action]), `${action} users`).toBe(each.filter((n) => n > 0).length)
          }
          const readers = cells('Read Count').filter((n) => n > 0).length
          expect(readers).toBe(Number(active[i]?.Yammer))
          seen += readers
          const used = readCsv(yammerDeviceUsageUserDetail, { tenant, selection: { date: day } })
          for (const [device, column] of DEVICES) {
            expect(count(devices[i]?.[device]), `${device} users`).toBe(used.filter((u) => u[column] === 'Yes').length)
          }
          // Every reader read on some device, and nobody else did.
          const onAny = used.filter((u) => DEVICES.some(([, column]) => u[column] === 'Yes')).length
          expect(onAny).toBe(readers)
        })
      }),
      { numRuns: 12 },
    )
    expect(seen).toBeGreaterThan(0)
  })

  it('the period Detail sums to the daily counts; the distribution counts the period Detail’s devices', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), (seed, period) => {
        const tenant = tenantOf(seed)
        const selection = { period }
        const detail = readCsv(yammerActivityUserDetail, { tenant, selection })
        const counts = readCsv(yammerActivityCounts, { tenant, selection })
        expect(counts).toHaveLength(period)
        for (const action of ACTIONS) {
          expect(sum(counts.map((row) => count(row[action]))), action).toBe(
            sum(detail.map((row) => Number(row[`${action} Count`]))),
          )
        }
        const used = readCsv(yammerDeviceUsageUserDetail, { tenant, selection })
        const [distribution, ...more] = readCsv(yammerDeviceUsageDistributionUserCounts, { tenant, selection })
        expect(more).toEqual([])
        expect(distribution?.['Report Period']).toBe(String(period))
        for (const [device, column] of DEVICES) {
          expect(count(distribution?.[device]), device).toBe(used.filter((u) => u[column] === 'Yes').length)
        }
        // A user shows devices exactly when active in the period.
        const from = formatDay(tenant.refreshDate - period + 1)
        used.forEach((u) => {
          const activeInPeriod = u['Last Activity Date'] !== '' && (u['Last Activity Date'] as string) >= from
          expect(DEVICES.some(([, column]) => u[column] === 'Yes')).toBe(activeInPeriod)
          for (const [, column] of DEVICES) expect(u[column]).toMatch(/^(Yes|No)$/)
        })
      }),
      { numRuns: 12 },
    )
  })
})
