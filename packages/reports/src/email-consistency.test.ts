import { formatDay, generateTenant } from '@fake-graph/tenant'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emailActivityCounts } from './definitions/email-activity-counts'
import { emailActivityUserCounts } from './definitions/email-activity-user-counts'
import { emailActivityUserDetail } from './definitions/email-activity-user-detail'
import { office365ActiveUserCounts } from './definitions/office365-active-user-counts'
import { office365ActiveUserDetail } from './definitions/office365-active-user-detail'
import { PERIODS } from './report-request'
import { readCsv } from './test-support'

const now = new Date('2026-11-27T00:00:00Z')
const ACTIONS = ['Send', 'Receive', 'Read', 'Meeting Created', 'Meeting Interacted']
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 })
const tenantOf = (seed: number) => generateTenant({ seed, users: 60, now })
/** An empty tally cell is a zero (docs/usage-reports.md §2). */
const count = (cell: string | undefined) => (cell === '' ? 0 : Number(cell))

// Each property reads the reports as a client would (parsed CSV, by header name).
describe('the email activity reports agree with each other and with the active users', () => {
  it('Detail lists the active-users Detail users with their Exchange last activity, deletion and products', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), fc.integer({ min: 1, max: 28 }), (seed, period, back) => {
        const tenant = tenantOf(seed)
        for (const selection of [{ period }, { date: tenant.refreshDate + 1 - back }]) {
          const email = readCsv(emailActivityUserDetail, { tenant, selection })
          const active = readCsv(office365ActiveUserDetail, { tenant, selection })
          expect(email.map((row) => row['User Principal Name'])).toEqual(
            active.map((row) => row['User Principal Name']),
          )
          email.forEach((row, i) => {
            const user = active[i] as Record<string, string>
            expect(row['Last Activity Date']).toBe(user['Exchange Last Activity Date'])
            expect(row['Is Deleted']).toBe(user['Is Deleted'])
            expect(row['Deleted Date']).toBe(user['Deleted Date'])
            expect(row['Assigned Products']).toBe(user['Assigned Products'])
            expect(row['Report Period']).toBe('period' in selection ? String(period) : '1')
          })
        }
      }),
      { numRuns: 30 },
    )
  })

  it('counts per day = the sum of that date’s Detail; user counts = its users with each action', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const tenant = tenantOf(seed)
        const counts = readCsv(emailActivityCounts, { tenant, selection: { period: 7 } })
        const users = readCsv(emailActivityUserCounts, { tenant, selection: { period: 7 } })
        const active = readCsv(office365ActiveUserCounts, { tenant, selection: { period: 7 } })
        expect(counts).toHaveLength(7)
        counts.forEach((row, i) => {
          const day = tenant.refreshDate - i
          expect(row['Report Date']).toBe(formatDay(day))
          expect(users[i]?.['Report Date']).toBe(formatDay(day))
          const detail = readCsv(emailActivityUserDetail, { tenant, selection: { date: day } })
          for (const action of ACTIONS) {
            const cells = detail.map((user) => Number(user[`${action} Count`]))
            expect(count(row[action]), `${action} on ${row['Report Date']}`).toBe(cells.reduce((a, b) => a + b, 0))
            expect(count(users[i]?.[action]), `${action} users`).toBe(cells.filter((n) => n > 0).length)
          }
          // Exchange activity is mail read or sent: the same users, counted by either report.
          const readOrSent = detail.filter((user) => Number(user['Send Count']) + Number(user['Read Count']) > 0)
          expect(readOrSent.length).toBe(Number(active[i]?.Exchange))
        })
      }),
      { numRuns: 20 },
    )
  })

  it('the period Detail sums to the daily counts of its period', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), (seed, period) => {
        const tenant = tenantOf(seed)
        const detail = readCsv(emailActivityUserDetail, { tenant, selection: { period } })
        const counts = readCsv(emailActivityCounts, { tenant, selection: { period } })
        expect(counts).toHaveLength(period)
        for (const action of ACTIONS) {
          const fromDetail = detail.reduce((sum, row) => sum + Number(row[`${action} Count`]), 0)
          expect(
            counts.reduce((sum, row) => sum + count(row[action]), 0),
            action,
          ).toBe(fromDetail)
        }
      }),
      { numRuns: 20 },
    )
  })

  it('leaves zero empty in the counts reports and writes 0 in the Detail', () => {
    const tenant = generateTenant({ seed: 3, users: 8, now })
    const counts = readCsv(emailActivityCounts, { tenant, selection: { period: 30 } })
    const cells = counts.flatMap((row) => ACTIONS.map((action) => row[action]))
    expect(cells).not.toContain('0')
    expect(cells).toContain('')
    const detail = readCsv(emailActivityUserDetail, { tenant, selection: { period: 7 } })
    const detailCells = detail.flatMap((row) => ACTIONS.map((action) => row[`${action} Count`]))
    expect(detailCells).not.toContain('')
    expect(detailCells).toContain('0')
  })
})
