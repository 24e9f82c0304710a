import { formatDay, generateTenant } from '@fake-graph/tenant'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { teamsDeviceUsageDistributionTotalUserCounts } from './definitions/teams-device-usage-distribution-total-user-counts'
import { teamsDeviceUsageDistributionUserCounts } from './definitions/teams-device-usage-distribution-user-counts'
import { teamsDeviceUsageTotalUserCounts } from './definitions/teams-device-usage-total-user-counts'
import { teamsDeviceUsageUserCounts } from './definitions/teams-device-usage-user-counts'
import { teamsDeviceUsageUserDetail } from './definitions/teams-device-usage-user-detail'
import { teamsUserActivityCounts } from './definitions/teams-user-activity-counts'
import { teamsUserActivityDistributionTotalUserCounts } from './definitions/teams-user-activity-distribution-total-user-counts'
import { teamsUserActivityDistributionUserCounts } from './definitions/teams-user-activity-distribution-user-counts'
import { teamsUserActivityTotalCounts } from './definitions/teams-user-activity-total-counts'
import { teamsUserActivityTotalDistributionCounts } from './definitions/teams-user-activity-total-distribution-counts'
import { teamsUserActivityTotalUserCounts } from './definitions/teams-user-activity-total-user-counts'
import { teamsUserActivityUserCounts } from './definitions/teams-user-activity-user-counts'
import { teamsUserActivityUserDetail } from './definitions/teams-user-activity-user-detail'
import { PERIODS } from './report-request'
import { readCsv } from './test-support'
import { workloadDistributionReport } from './workload-distribution-report'

const now = new Date('2026-11-27T00:00:00Z')
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 })
const tenantOf = (seed: number) => generateTenant({ seed, users: 60, now })
type Row = Record<string, string>
const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0)
const seconds = (cell: string | undefined) => {
  if (!cell) return 0
  const [, h = '0', m = '0', s = '0'] = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(cell) ?? expect.fail(cell)
  return Number(h) * 3600 + Number(m) * 60 + Number(s)
}
/** A counts cell as a number of its unit: seconds for a duration, the count otherwise. */
const value = (cell: string | undefined) => (cell?.startsWith('PT') || cell === '' ? seconds(cell) : Number(cell))
const licensed = (row: Row) => row['Is Licensed'] === 'Yes'

/** The totals' columns and the Detail's column behind each (spec §1.10; docs/usage-reports.md §20). */
const DETAIL_OF_TOTAL: Record<string, string> = {
  'Team Chat Messages': 'Team Chat Message Count',
  'Private Chat Messages': 'Private Chat Message Count',
  Calls: 'Call Count',
  Meetings: 'Meeting Count',
  'Meetings Organized': 'Meetings Organized Count',
  'Meetings Attended': 'Meetings Attended Count',
  'Post Messages': 'Post Messages',
  'Reply Messages': 'Reply Messages',
  'Audio Duration': 'Audio Duration In Seconds',
  'Video Duration': 'Video Duration In Seconds',
  'Screen Share Duration': 'Screen Share Duration In Seconds',
}
/** The licensed daily counts name two columns with `Count` (the real export's names). */
const LICENSED_NAME: Record<string, string> = {
  'Meetings Organized': 'Meetings Organized Count',
  'Meetings Attended': 'Meetings Attended Count',
}
const USER_ACTIONS = ['Team Chat Messages', 'Private Chat Messages', 'Calls', 'Meetings']
const DEVICES = ['Web', 'Windows Phone', 'Android Phone', 'iOS', 'Mac', 'Windows', 'Chrome OS', 'Linux']

/** Per column, the Detail's sum over `rows`. */
const sums = (rows: Row[], columns: Record<string, string>) =>
  Object.fromEntries(Object.entries(columns).map(([column, of]) => [column, sum(rows.map((row) => Number(row[of])))]))
/** Per column, the Detail's users of `rows` with a count above zero (or `Yes`). */
const doers = (rows: Row[], columns: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(columns).map(([column, of]) => [
      column,
      rows.filter((row) => row[of] === 'Yes' || Number(row[of]) > 0).length,
    ]),
  )
const numbersOf = (row: Row | undefined, columns: readonly string[]) =>
  Object.fromEntries(columns.map((column) => [column, value(row?.[column])]))

// Each property reads the reports as a client would: parsed CSV, by header name.
describe('the beta-only Teams totals: every user, licensed or not, as the Details list them', () => {
  it('per day, the total counts and user counts are the date Detail’s, at least the licensed reports’ figures', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const tenant = tenantOf(seed)
        const selection = { period: 7 as const }
        const totals = readCsv(teamsUserActivityTotalCounts, { tenant, selection })
        const totalUsers = readCsv(teamsUserActivityTotalUserCounts, { tenant, selection })
        const counts = readCsv(teamsUserActivityCounts, { tenant, selection })
        const users = readCsv(teamsUserActivityUserCounts, { tenant, selection })
        expect(totals).toHaveLength(7)
        totals.forEach((row, i) => {
          const day = tenant.refreshDate - i
          expect([row['Report Date'], totalUsers[i]?.['Report Date']]).toEqual([formatDay(day), formatDay(day)])
          const detail = readCsv(teamsUserActivityUserDetail, { tenant, selection: { date: day } })
          const columns = Object.keys(DETAIL_OF_TOTAL)
          expect(numbersOf(row, columns)).toEqual(sums(detail, DETAIL_OF_TOTAL))
          const licensedSums = sums(detail.filter(licensed), DETAIL_OF_TOTAL)
          for (const column of columns) {
            const licensedCell = value(counts[i]?.[LICENSED_NAME[column] ?? column])
            expect(licensedCell, `licensed ${column}`).toBe(licensedSums[column])
            expect(value(row[column]), column).toBeGreaterThanOrEqual(licensedCell)
          }
          const actions = Object.fromEntries(USER_ACTIONS.map((column) => [column, DETAIL_OF_TOTAL[column] as string]))
          const withOther = { ...actions, 'Other Actions': 'Has Other Action' }
          expect(numbersOf(totalUsers[i], Object.keys(withOther))).toEqual(doers(detail, withOther))
          for (const column of Object.keys(withOther)) {
            expect(value(totalUsers[i]?.[column])).toBeGreaterThanOrEqual(value(users[i]?.[column]))
          }
        })
      }),
      { numRuns: 8 },
    )
  })

  it('over a period, the distributions count the period Detail’s users (licensed, then all) and the total distribution sums it and the days', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), (seed, period) => {
        const tenant = tenantOf(seed)
        const selection = { period }
        const detail = readCsv(teamsUserActivityUserDetail, { tenant, selection })
        const actions = Object.fromEntries(USER_ACTIONS.map((column) => [column, DETAIL_OF_TOTAL[column] as string]))
        const [licensedRow] = readCsv(teamsUserActivityDistributionUserCounts, { tenant, selection })
        const [totalRow] = readCsv(teamsUserActivityDistributionTotalUserCounts, { tenant, selection })
        expect(numbersOf(licensedRow, USER_ACTIONS)).toEqual(doers(detail.filter(licensed), actions))
        expect(numbersOf(totalRow, USER_ACTIONS)).toEqual(doers(detail, actions))
        for (const column of USER_ACTIONS)
          expect(value(totalRow?.[column])).toBeGreaterThanOrEqual(value(licensedRow?.[column]))
        expect([licensedRow?.['Report Period'], totalRow?.['Report Period']]).toEqual([String(period), String(period)])

        const distribution = readCsv(teamsUserActivityTotalDistributionCounts, { tenant, selection })
        expect(distribution).toHaveLength(1)
        const columns = Object.keys(DETAIL_OF_TOTAL)
        expect(numbersOf(distribution[0], columns)).toEqual(sums(detail, DETAIL_OF_TOTAL))
        const days = readCsv(teamsUserActivityTotalCounts, { tenant, selection })
        for (const column of columns) {
          expect(value(distribution[0]?.[column]), column).toBe(sum(days.map((row) => value(row[column]))))
        }
      }),
      { numRuns: 8 },
    )
  })

  it('the device totals are the device Detail’s Yes cells, per day and over the period, at least the licensed figures', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), (seed, period) => {
        const tenant = tenantOf(seed)
        const used = Object.fromEntries(DEVICES.map((device) => [device, `Used ${device}`]))
        const detail = readCsv(teamsDeviceUsageUserDetail, { tenant, selection: { period } })
        const [total] = readCsv(teamsDeviceUsageDistributionTotalUserCounts, { tenant, selection: { period } })
        const [licensedRow] = readCsv(teamsDeviceUsageDistributionUserCounts, { tenant, selection: { period } })
        expect(numbersOf(total, DEVICES)).toEqual(doers(detail, used))
        for (const device of DEVICES)
          expect(value(total?.[device])).toBeGreaterThanOrEqual(value(licensedRow?.[device]))

        const daily = readCsv(teamsDeviceUsageTotalUserCounts, { tenant, selection: { period: 7 } })
        const licensedDaily = readCsv(teamsDeviceUsageUserCounts, { tenant, selection: { period: 7 } })
        daily.forEach((row, i) => {
          const day = tenant.refreshDate - i
          expect(row['Report Date']).toBe(formatDay(day))
          const dated = readCsv(teamsDeviceUsageUserDetail, { tenant, selection: { date: day } })
          expect(numbersOf(row, DEVICES)).toEqual(doers(dated, used))
          expect(numbersOf(licensedDaily[i], DEVICES)).toEqual(doers(dated.filter(licensed), used))
        })
      }),
      { numRuns: 6 },
    )
  })

  it('the distribution builder counts only the users a report takes, and sums where it sums', () => {
    const tenant = tenantOf(3)
    const spec = {
      name: 'getExample',
      summary: 'An example',
      jsonType: 'example',
      actions: [
        { header: 'A', field: 'a', lane: 0, kind: 'count' as const },
        { header: 'B', field: 'b', lane: 1, kind: 'count' as const },
      ],
      totals: () => () => [2, 0],
    }
    const read = (extra: object) =>
      readCsv(workloadDistributionReport({ ...spec, ...extra }), { tenant, selection: { period: 7 } })[0]
    const listed = readCsv(teamsUserActivityUserDetail, { tenant, selection: { period: 7 } }).length
    expect(read({})).toMatchObject({ A: String(listed), B: '0' })
    expect(read({ sums: true })).toMatchObject({ A: String(2 * listed), B: '0' })
    let taken = 0
    const even = (row: { index: number }) => {
      const take = row.index % 2 === 0
      if (take) taken++
      return take
    }
    expect(read({ sums: true, counts: even })).toMatchObject({ A: String(2 * taken), B: '0' })
    expect([taken > 0, taken < listed]).toEqual([true, true])
  })
})
