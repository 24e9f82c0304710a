import { COPILOT_LICENCE, formatDay, generateTenant, parseDay } from '@fake-graph/tenant'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  microsoft365CopilotUsageUserDetail,
  microsoft365CopilotUsageUserDetailV2,
} from './definitions/microsoft365-copilot-usage-user-detail'
import {
  microsoft365CopilotUserCountSummary,
  microsoft365CopilotUserCountSummaryV2,
} from './definitions/microsoft365-copilot-user-count-summary'
import { microsoft365CopilotUserCountTrendV2 } from './definitions/microsoft365-copilot-user-count-trend'
import { office365ActiveUserDetail } from './definitions/office365-active-user-detail'
import type { Period } from './report-request'
import { readCsv } from './test-support'

const now = new Date('2026-11-27T00:00:00Z')
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 })
// Copilot seats are a few in a hundred: enough users that every seed licenses some.
const tenantOf = (seed: number) => generateTenant({ seed, users: 300, now })
const day = (text: string | undefined) => (text ? (parseDay(text) as number) : Number.NaN)

/** Each count pair's label, and the Detail columns whose latest date is that surface's last use. */
const SURFACES: Record<string, string[]> = {
  'Microsoft Teams': ['Microsoft Teams Copilot Last Activity Date'],
  Word: ['Word Copilot Last Activity Date'],
  Excel: ['Excel Copilot Last Activity Date'],
  PowerPoint: ['PowerPoint Copilot Last Activity Date'],
  Outlook: ['Outlook Copilot Last Activity Date'],
  OneNote: ['OneNote Copilot Last Activity Date'],
  Loop: ['Loop Copilot Last Activity Date'],
  'Copilot Chat': ['Copilot Chat Last Activity Date'],
  'Any App': ['Last Activity Date'],
  Edge: ['Edge Last Activity Date'],
  'Microsoft 365 Copilot': ['Microsoft 365 Copilot Last Activity Date'],
  'Copilot Chat (work)': ['Copilot Chat (work) Last Activity Date'],
  'Copilot Chat (web)': ['Copilot Chat (web) Last Activity Date'],
}

describe('the Copilot reports agree with one another and with the active users', () => {
  it('list exactly the users the active-users Detail shows with a Copilot licence and not deleted', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const tenant = tenantOf(seed)
        const active = readCsv(office365ActiveUserDetail, { tenant, selection: { period: 180 } })
        const licensed = active
          .filter(
            (row) => row['Is Deleted'] === 'False' && row['Assigned Products']?.split('+').includes(COPILOT_LICENCE),
          )
          .map((row) => row['User Principal Name'])
        const copilot = readCsv(microsoft365CopilotUsageUserDetail, { tenant, selection: { period: 7 } })
        expect(copilot.map((row) => row['User Principal Name'])).toEqual(licensed)
        expect(licensed.length).toBeGreaterThan(0)
      }),
      { numRuns: 15 },
    )
  })

  it('never shows Copilot on a day the user was not active in Microsoft 365, nor after the refresh date', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const tenant = tenantOf(seed)
        const active = new Map(
          readCsv(office365ActiveUserDetail, { tenant, selection: { period: 180 } }).map((row) => [
            row['User Principal Name'],
            row,
          ]),
        )
        for (const row of readCsv(microsoft365CopilotUsageUserDetailV2, { tenant, selection: { period: 28 } })) {
          const refresh = day(row['Report Refresh Date'])
          // Copilot's data is a day behind the others' (docs/usage-reports.md §12).
          expect(refresh).toBe(tenant.refreshDate - 1)
          const last = row['Last Activity Date']
          if (!last) continue
          expect(day(last)).toBeLessThanOrEqual(refresh)
          const services = active.get(row['User Principal Name']) as Record<string, string>
          const m365Days = Object.entries(services)
            .filter(([header, value]) => header.endsWith('Last Activity Date') && value)
            .map(([, value]) => day(value))
          // The user's last Copilot day was a Microsoft 365 day, so some service was active on or after it.
          expect(Math.max(...m365Days)).toBeGreaterThanOrEqual(day(last))
        }
      }),
      { numRuns: 15 },
    )
  })

  it("count a surface's active users in a period as the Detail's users who last used it within the period", () => {
    fc.assert(
      fc.property(
        seeds,
        fc.constantFrom<[Period, 'v1' | 'v2']>([7, 'v1'], [30, 'v1'], [90, 'v1'], [28, 'v2'], [180, 'v2']),
        (seed, [period, version]) => {
          const tenant = tenantOf(seed)
          const summary = version === 'v1' ? microsoft365CopilotUserCountSummary : microsoft365CopilotUserCountSummaryV2
          const [row] = readCsv(summary, { tenant, selection: { period } })
          const detail = readCsv(microsoft365CopilotUsageUserDetailV2, { tenant, selection: { period: 7 } })
          const from = tenant.refreshDate - 1 - period + 1
          for (const label of Object.keys(SURFACES)) {
            const header = `${label} Active Users`
            if (!row || !(header in row)) continue
            const within = detail.filter((user) =>
              (SURFACES[label] as string[]).some((column) => day(user[column]) >= from),
            ).length
            expect(Number(row[header]), `${label}, D${period}`).toBe(within)
            expect(Number(row[`${label} Enabled Users`])).toBeGreaterThanOrEqual(within)
          }
          expect(Number(row?.['Any App Enabled Users'])).toBe(detail.length)
        },
      ),
      { numRuns: 20 },
    )
  })

  it("count a day's active users as the users active that day, and the prompts as the Detail's for one day", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const tenant = tenantOf(seed)
        const trend = readCsv(microsoft365CopilotUserCountTrendV2, { tenant, selection: { period: 28 } })
        expect(trend).toHaveLength(28)
        const refresh = formatDay(tenant.refreshDate - 1)
        expect(trend.map((row) => row['Report Date'])[0]).toBe(refresh)
        const detail = readCsv(microsoft365CopilotUsageUserDetailV2, { tenant, selection: { period: 7 } })
        const [newest] = trend
        expect(Number(newest?.['Any App Active Users'])).toBe(
          detail.filter((user) => user['Last Activity Date'] === refresh).length,
        )
        // A 7-day Detail's prompts are the sum of the trend's last 7 days.
        const prompts = detail.reduce((sum, user) => sum + Number(user['Prompts submitted for all apps']), 0)
        const lastWeek = trend.slice(0, 7).reduce((sum, row) => sum + Number(row['Prompts Submitted']), 0)
        expect(prompts).toBe(lastWeek)
        for (const row of trend) {
          for (const label of Object.keys(SURFACES)) {
            expect(Number(row[`${label} Active Users`])).toBeLessThanOrEqual(Number(row[`${label} Enabled Users`]))
          }
        }
      }),
      { numRuns: 15 },
    )
  })

  it('keep v1 and v2 of the Detail equal in the columns they share', () => {
    const tenant = tenantOf(7)
    const v1 = readCsv(microsoft365CopilotUsageUserDetail, { tenant, selection: { period: 90 } })
    const v2 = readCsv(microsoft365CopilotUsageUserDetailV2, { tenant, selection: { period: 90 } })
    expect(v2).toHaveLength(v1.length)
    for (const [index, row] of v1.entries()) expect(v2[index]).toMatchObject(row)
  })
})

describe("period='ALL': every period of the version, each as the period alone gives it", () => {
  const reports = [
    [microsoft365CopilotUsageUserDetail, [7, 30, 90, 180]],
    [microsoft365CopilotUsageUserDetailV2, [7, 28, 90, 180]],
    [microsoft365CopilotUserCountSummary, [7, 30, 90, 180]],
    [microsoft365CopilotUserCountSummaryV2, [7, 28, 90, 180]],
    [microsoft365CopilotUserCountTrendV2, [7, 28, 90, 180]],
  ] as const
  it.each(reports.map(([report, periods]) => [`${report.name} ${report.reportVersion}`, report, periods] as const))(
    '%s',
    (_, report, periods) => {
      fc.assert(
        fc.property(seeds, (seed) => {
          const tenant = tenantOf(seed)
          const all = readCsv(report, { tenant, selection: { period: 180, allPeriods: true } })
          const alone = periods.flatMap((period) =>
            readCsv(report, { tenant, selection: { period: period as Period } }),
          )
          // The Detail lists each user's periods together; the counts each period's rows together.
          const key = (row: Record<string, string>) =>
            `${row['User Principal Name'] ?? ''}|${row['Report Period']}|${row['Report Date'] ?? ''}`
          expect(new Map(all.map((row) => [key(row), row]))).toEqual(new Map(alone.map((row) => [key(row), row])))
          expect(all).toHaveLength(alone.length)
          // The first user's rows (the summary's only rows) run through the periods in order.
          if (!report.name.endsWith('Trend') && all.length > 0)
            expect(all.slice(0, periods.length).map((row) => Number(row['Report Period']))).toEqual([...periods])
        }),
        { numRuns: 5 },
      )
    },
  )
})
