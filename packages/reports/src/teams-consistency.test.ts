import { formatDay, generateTenant } from '@fake-graph/tenant'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { office365ActiveUserCounts } from './definitions/office365-active-user-counts'
import { office365ActiveUserDetail } from './definitions/office365-active-user-detail'
import { teamsDeviceUsageDistributionUserCounts } from './definitions/teams-device-usage-distribution-user-counts'
import { teamsDeviceUsageUserCounts } from './definitions/teams-device-usage-user-counts'
import { teamsDeviceUsageUserDetail } from './definitions/teams-device-usage-user-detail'
import { teamsUserActivityCounts } from './definitions/teams-user-activity-counts'
import { teamsUserActivityUserCounts } from './definitions/teams-user-activity-user-counts'
import { teamsUserActivityUserDetail } from './definitions/teams-user-activity-user-detail'
import { PERIODS } from './report-request'
import { readCsv } from './test-support'

const now = new Date('2026-11-27T00:00:00Z')
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 })
const tenantOf = (seed: number) => generateTenant({ seed, users: 60, now })
const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0)
/** Seconds of an ISO 8601 duration as the Teams reports spell it; an empty counts cell is none. */
const seconds = (cell: string | undefined) => {
  if (!cell) return 0
  const [, h = '0', m = '0', s = '0'] = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(cell) ?? expect.fail(cell)
  return Number(h) * 3600 + Number(m) * 60 + Number(s)
}
/** The Detail's count column behind each counts column (spec §1.10). */
const COUNTS_OF_DETAIL: Record<string, string> = {
  'Team Chat Messages': 'Team Chat Message Count',
  'Private Chat Messages': 'Private Chat Message Count',
  Calls: 'Call Count',
  Meetings: 'Meeting Count',
  'Meetings Organized Count': 'Meetings Organized Count',
  'Meetings Attended Count': 'Meetings Attended Count',
  'Post Messages': 'Post Messages',
  'Reply Messages': 'Reply Messages',
}
const DURATIONS = ['Audio Duration', 'Video Duration', 'Screen Share Duration']
const DEVICES = ['Web', 'Windows Phone', 'Android Phone', 'iOS', 'Mac', 'Windows', 'Chrome OS', 'Linux']

// Each property reads the reports as a client would (parsed CSV, by header name).
describe('the Teams user-activity reports agree with each other and with the active users', () => {
  it('both Details list the active-users Detail users with their Teams last activity, licence, deletion and products', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), fc.integer({ min: 1, max: 28 }), (seed, period, back) => {
        const tenant = tenantOf(seed)
        for (const selection of [{ period }, { date: tenant.refreshDate + 1 - back }]) {
          const active = readCsv(office365ActiveUserDetail, { tenant, selection })
          for (const report of [teamsUserActivityUserDetail, teamsDeviceUsageUserDetail]) {
            const detail = readCsv(report, { tenant, selection })
            expect(detail.map((row) => row['User Principal Name'])).toEqual(
              active.map((row) => row['User Principal Name']),
            )
            detail.forEach((row, i) => {
              const user = active[i] as Record<string, string>
              expect(row['Last Activity Date']).toBe(user['Teams Last Activity Date'])
              expect(row['Is Licensed']).toBe(user['Has Teams License'] === 'True' ? 'Yes' : 'No')
              expect(row['Is Deleted']).toBe(user['Is Deleted'])
              expect(row['Deleted Date']).toBe(user['Deleted Date'])
              // The device Detail has no products column.
              if (report === teamsUserActivityUserDetail)
                expect(row['Assigned Products']).toBe(user['Assigned Products'])
              expect(row['Report Period']).toBe('period' in selection ? String(period) : '1')
            })
          }
        }
      }),
      { numRuns: 15 },
    )
  })

  it('a Detail row holds its sums: team chat is posts plus replies, meetings organized plus attended, seconds as the durations', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), (seed, period) => {
        const tenant = tenantOf(seed)
        const detail = readCsv(teamsUserActivityUserDetail, { tenant, selection: { period } })
        const n = (row: Record<string, string>, column: string) => Number(row[column])
        for (const row of detail) {
          expect(n(row, 'Team Chat Message Count')).toBe(n(row, 'Post Messages') + n(row, 'Reply Messages'))
          expect(n(row, 'Meeting Count')).toBe(n(row, 'Meetings Organized Count') + n(row, 'Meetings Attended Count'))
          expect(n(row, 'Meetings Organized Count')).toBeGreaterThanOrEqual(
            n(row, 'Ad Hoc Meetings Organized Count') +
              n(row, 'Scheduled One-time Meetings Organized Count') +
              n(row, 'Scheduled Recurring Meetings Organized Count'),
          )
          for (const duration of DURATIONS) expect(seconds(row[duration])).toBe(n(row, `${duration} In Seconds`))
          expect(n(row, 'Audio Duration In Seconds')).toBeGreaterThanOrEqual(n(row, 'Video Duration In Seconds'))
          // A user with no Teams activity in the period has nothing else either.
          if (n(row, 'Private Chat Message Count') === 0) expect(row['Has Other Action']).toBe('No')
          expect(row['User Id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
          expect(row['Tenant Display Name']).toBe(tenant.organization.name)
        }
      }),
      { numRuns: 15 },
    )
  })

  it('per day: the counts are the date Detail’s sums, the user counts its users with each action', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const tenant = tenantOf(seed)
        const selection = { period: 7 as const }
        const counts = readCsv(teamsUserActivityCounts, { tenant, selection })
        const users = readCsv(teamsUserActivityUserCounts, { tenant, selection })
        const active = readCsv(office365ActiveUserCounts, { tenant, selection })
        expect(counts).toHaveLength(7)
        // Every Teams-active user chatted in private: those users are the active users' Teams column.
        expect(users.map((row) => row['Private Chat Messages'])).toEqual(active.map((row) => row.Teams || '0'))
        counts.forEach((row, i) => {
          const day = tenant.refreshDate - i
          expect(row['Report Date']).toBe(formatDay(day))
          expect(users[i]?.['Report Date']).toBe(formatDay(day))
          const detail = readCsv(teamsUserActivityUserDetail, { tenant, selection: { date: day } })
          const cells = (column: string) => detail.map((user) => Number(user[column]))
          for (const [column, detailColumn] of Object.entries(COUNTS_OF_DETAIL)) {
            expect(Number(row[column]), `${column} on ${row['Report Date']}`).toBe(sum(cells(detailColumn)))
          }
          for (const duration of DURATIONS) {
            expect(seconds(row[duration]), duration).toBe(sum(cells(`${duration} In Seconds`)))
          }
          for (const column of ['Team Chat Messages', 'Private Chat Messages', 'Calls', 'Meetings']) {
            const doers = cells(COUNTS_OF_DETAIL[column] as string).filter((n) => n > 0).length
            expect(Number(users[i]?.[column]), `${column} users`).toBe(doers)
          }
          const others = detail.filter((user) => user['Has Other Action'] === 'Yes').length
          expect(Number(users[i]?.['Other Actions'])).toBe(others)
          // Everyone Teams-active that day chatted in private: the counted users are the Detail's active ones.
          expect(Number(users[i]?.['Private Chat Messages'])).toBe(
            detail.filter((user) => user['Last Activity Date'] === formatDay(day)).length,
          )
        })
      }),
      { numRuns: 10 },
    )
  })

  it('the period counts sum the days, and a zero duration is an empty cell while zero counts are 0', () => {
    const tenant = tenantOf(11)
    const detail = readCsv(teamsUserActivityUserDetail, { tenant, selection: { period: 30 } })
    const counts = readCsv(teamsUserActivityCounts, { tenant, selection: { period: 30 } })
    for (const [column, detailColumn] of Object.entries(COUNTS_OF_DETAIL)) {
      expect(sum(counts.map((row) => Number(row[column]))), column).toBe(
        sum(detail.map((row) => Number(row[detailColumn]))),
      )
    }
    const quiet = counts.filter((row) => row.Calls === '0' && row.Meetings === '0' && row['Audio Duration'] === '')
    for (const row of counts) for (const column of Object.keys(COUNTS_OF_DETAIL)) expect(row[column]).not.toBe('')
    expect(counts.every((row) => row['Audio Duration'] !== 'PT0S')).toBe(true)
    expect(quiet.length).toBeLessThan(counts.length)
  })
})

describe('the Teams device-usage reports agree with each other', () => {
  it('per day: the user counts are the date Detail’s Yes cells; over the period, the distribution is the Detail’s', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), (seed, period) => {
        const tenant = tenantOf(seed)
        const perDay = readCsv(teamsDeviceUsageUserCounts, { tenant, selection: { period: 7 } })
        perDay.forEach((row, i) => {
          const detail = readCsv(teamsDeviceUsageUserDetail, { tenant, selection: { date: tenant.refreshDate - i } })
          for (const device of DEVICES) {
            expect(Number(row[device]), device).toBe(detail.filter((user) => user[`Used ${device}`] === 'Yes').length)
          }
          // Every user Teams-active that day used some client.
          for (const user of detail) {
            if (user['Last Activity Date'] === row['Report Date'])
              expect(DEVICES.some((device) => user[`Used ${device}`] === 'Yes')).toBe(true)
          }
        })
        const [distribution, ...more] = readCsv(teamsDeviceUsageDistributionUserCounts, {
          tenant,
          selection: { period },
        })
        expect(more).toEqual([])
        const detail = readCsv(teamsDeviceUsageUserDetail, { tenant, selection: { period } })
        for (const device of DEVICES) {
          expect(Number(distribution?.[device]), device).toBe(
            detail.filter((user) => user[`Used ${device}`] === 'Yes').length,
          )
        }
        expect(distribution?.['Report Period']).toBe(String(period))
      }),
      { numRuns: 15 },
    )
  })

  it('conceals names with the zero GUID as the User Id, in both Details', () => {
    const tenant = tenantOf(3)
    for (const report of [teamsUserActivityUserDetail, teamsDeviceUsageUserDetail]) {
      const plain = readCsv(report, { tenant, selection: { period: 7 } })
      const concealed = readCsv(report, { tenant, selection: { period: 7 }, concealNames: true })
      expect(new Set(concealed.map((row) => row['User Id']))).toEqual(new Set(['00000000-0000-0000-0000-000000000000']))
      expect(new Set(plain.map((row) => row['User Id'])).size).toBe(plain.length)
      expect(concealed.map((row) => row['User Principal Name'])).not.toContain(plain[0]?.['User Principal Name'])
    }
  })
})
