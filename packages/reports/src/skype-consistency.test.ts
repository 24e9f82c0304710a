import { formatDay, generateTenant } from '@fake-graph/tenant'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { office365ActiveUserCounts } from './definitions/office365-active-user-counts'
import { office365ActiveUserDetail } from './definitions/office365-active-user-detail'
import { skypeForBusinessActivityCounts } from './definitions/skype-for-business-activity-counts'
import { skypeForBusinessActivityUserCounts } from './definitions/skype-for-business-activity-user-counts'
import { skypeForBusinessActivityUserDetail } from './definitions/skype-for-business-activity-user-detail'
import { PERIODS } from './report-request'
import { readCsv } from './test-support'

const now = new Date('2026-11-27T00:00:00Z')
/** Each counts column and the Detail total it sums. */
const TOTALS: [counts: string, detail: string][] = [
  ['Peer-to-peer', 'Total Peer-to-peer Session Count'],
  ['Organized', 'Total Organized Conference Count'],
  ['Participated', 'Total Participated Conference Count'],
]
/** Each Detail total and the modality counts it adds up (a session is counted in one modality). */
const MODALITIES: Record<string, string[]> = {
  'Total Peer-to-peer Session Count': ['IM', 'Audio', 'Video', 'App Sharing', 'File Transfer'].map(
    (m) => `Peer-to-peer ${m} Count`,
  ),
  'Total Organized Conference Count': ['IM', 'Audio/Video', 'App Sharing', 'Web'].map(
    (m) => `Organized Conference ${m} Count`,
  ),
  'Total Participated Conference Count': ['IM', 'Audio/Video', 'App Sharing', 'Web'].map(
    (m) => `Participated Conference ${m} Count`,
  ),
}
/** Each minutes column and the sessions it times. */
const MINUTES: [minutes: string, sessions: string][] = [
  ['Peer-to-peer Audio Minutes', 'Peer-to-peer Audio Count'],
  ['Peer-to-peer Video Minutes', 'Peer-to-peer Video Count'],
  ['Organized Conference Audio/Video Minutes', 'Organized Conference Audio/Video Count'],
  ['Organized Conference Dial-in Microsoft Minutes', 'Organized Conference Dial-in/out Microsoft Count'],
  ['Organized Conference Dial-out Microsoft Minutes', 'Organized Conference Dial-in/out Microsoft Count'],
  ['Participated Conference Audio/Video Minutes', 'Participated Conference Audio/Video Count'],
]
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 })
const tenantOf = (seed: number) => generateTenant({ seed, users: 80, now })
/** An empty tally cell is a zero (docs/usage-reports.md §2). */
const count = (cell: string | undefined) => (cell === '' ? 0 : Number(cell))
const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0)

// Each property reads the reports as a client would (parsed CSV, by header name).
describe('the Skype for Business activity reports agree with each other and with the active users', () => {
  it('Detail lists the active-users Detail users with their Skype last activity; per-kind dates and totals hold together', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), fc.integer({ min: 1, max: 28 }), (seed, period, back) => {
        const tenant = tenantOf(seed)
        for (const selection of [{ period }, { date: tenant.refreshDate + 1 - back }]) {
          const detail = readCsv(skypeForBusinessActivityUserDetail, { tenant, selection })
          const active = readCsv(office365ActiveUserDetail, { tenant, selection })
          expect(detail.map((row) => row['User Principal Name'])).toEqual(
            active.map((row) => row['User Principal Name']),
          )
          detail.forEach((row, i) => {
            const user = active[i] as Record<string, string>
            const last = user['Skype For Business Last Activity Date'] as string
            expect(row['Last Activity Date']).toBe(last)
            // Every active day has a peer-to-peer message; conferences are rarer, never later.
            expect(row['Peer-to-peer Last Activity Date']).toBe(last)
            for (const kind of ['Organized', 'Participated']) {
              const day = row[`${kind} Conference Last Activity Date`] as string
              if (day !== '') expect(day <= last).toBe(true)
            }
            for (const column of ['Is Deleted', 'Deleted Date', 'Assigned Products'])
              expect(row[column]).toBe(user[column])
            expect(row['Report Period']).toBe('period' in selection ? String(period) : '1')
            expect(row).not.toHaveProperty('Display Name')
            for (const [total, parts] of Object.entries(MODALITIES))
              expect(Number(row[total])).toBe(sum(parts.map((part) => Number(row[part]))))
            for (const [minutes, sessions] of MINUTES)
              if (Number(row[sessions]) === 0) expect(row[minutes], minutes).toBe('0')
          })
        }
      }),
      { numRuns: 15 },
    )
  })

  it('per day: counts = the date Detail’s totals, user counts = its users with each, peer-to-peer users = the Skype users', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const tenant = tenantOf(seed)
        const selection = { period: 7 as const }
        const counts = readCsv(skypeForBusinessActivityCounts, { tenant, selection })
        const users = readCsv(skypeForBusinessActivityUserCounts, { tenant, selection })
        const active = readCsv(office365ActiveUserCounts, { tenant, selection })
        expect(counts).toHaveLength(7)
        counts.forEach((row, i) => {
          const day = tenant.refreshDate - i
          expect(row['Report Date']).toBe(formatDay(day))
          expect(users[i]?.['Report Date']).toBe(formatDay(day))
          const detail = readCsv(skypeForBusinessActivityUserDetail, { tenant, selection: { date: day } })
          for (const [column, total] of TOTALS) {
            const each = detail.map((user) => Number(user[total]))
            expect(count(row[column]), `${column} on ${row['Report Date']}`).toBe(sum(each))
            expect(count(users[i]?.[column]), `${column} users`).toBe(each.filter((n) => n > 0).length)
          }
          expect(count(users[i]?.['Peer-to-peer'])).toBe(Number(active[i]?.['Skype For Business']))
        })
      }),
      { numRuns: 12 },
    )
  })

  it('the period Detail sums to the daily counts of its period', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), (seed, period) => {
        const tenant = tenantOf(seed)
        const detail = readCsv(skypeForBusinessActivityUserDetail, { tenant, selection: { period } })
        const counts = readCsv(skypeForBusinessActivityCounts, { tenant, selection: { period } })
        expect(counts).toHaveLength(period)
        for (const [column, total] of TOTALS) {
          expect(sum(counts.map((row) => count(row[column]))), column).toBe(
            sum(detail.map((row) => Number(row[total]))),
          )
        }
      }),
      { numRuns: 12 },
    )
  })
})
