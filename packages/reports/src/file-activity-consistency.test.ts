import { formatDay, generateTenant } from '@fake-graph/tenant'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { office365ActiveUserCounts } from './definitions/office365-active-user-counts'
import { office365ActiveUserDetail } from './definitions/office365-active-user-detail'
import { oneDriveActivityFileCounts } from './definitions/onedrive-activity-file-counts'
import { oneDriveActivityUserCounts } from './definitions/onedrive-activity-user-counts'
import { oneDriveActivityUserDetail } from './definitions/onedrive-activity-user-detail'
import { sharePointActivityFileCounts } from './definitions/sharepoint-activity-file-counts'
import { sharePointActivityPages } from './definitions/sharepoint-activity-pages'
import { sharePointActivityUserCounts } from './definitions/sharepoint-activity-user-counts'
import { sharePointActivityUserDetail } from './definitions/sharepoint-activity-user-detail'
import type { AnyReportDefinition } from './report-definition'
import { PERIODS } from './report-request'
import { readCsv } from './test-support'

const now = new Date('2026-11-27T00:00:00Z')
const FILE_ACTIONS = ['Viewed Or Edited', 'Synced', 'Shared Internally', 'Shared Externally']
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 })
const tenantOf = (seed: number) => generateTenant({ seed, users: 60, now })
/** An empty tally cell is a zero (docs/usage-reports.md §2). */
const count = (cell: string | undefined) => (cell === '' ? 0 : Number(cell))
const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0)

interface Family {
  /** The service's label in the active-users reports' headers. */
  readonly label: 'OneDrive' | 'SharePoint'
  readonly detail: AnyReportDefinition
  readonly userCounts: AnyReportDefinition
  readonly fileCounts: AnyReportDefinition
  /** SharePoint's pages report; OneDrive has none. */
  readonly pages?: AnyReportDefinition
  /** The Detail column whose count makes a day active: a file viewed or edited, a page visited (docs/usage-reports.md §5). */
  readonly activeColumn: string
}

const FAMILIES: Family[] = [
  {
    label: 'OneDrive',
    detail: oneDriveActivityUserDetail,
    userCounts: oneDriveActivityUserCounts,
    fileCounts: oneDriveActivityFileCounts,
    activeColumn: 'Viewed Or Edited File Count',
  },
  {
    label: 'SharePoint',
    detail: sharePointActivityUserDetail,
    userCounts: sharePointActivityUserCounts,
    fileCounts: sharePointActivityFileCounts,
    pages: sharePointActivityPages,
    activeColumn: 'Visited Page Count',
  },
]

// Each property reads the reports as a client would (parsed CSV, by header name).
describe.each(FAMILIES.map((family) => [family.label, family] as const))(
  'the %s activity reports agree with each other and with the active users',
  (label, family) => {
    it('Detail lists the active-users Detail users with their last activity, deletion and products, and no Display Name', () => {
      fc.assert(
        fc.property(seeds, fc.constantFrom(...PERIODS), fc.integer({ min: 1, max: 28 }), (seed, period, back) => {
          const tenant = tenantOf(seed)
          for (const selection of [{ period }, { date: tenant.refreshDate + 1 - back }]) {
            const detail = readCsv(family.detail, { tenant, selection })
            const active = readCsv(office365ActiveUserDetail, { tenant, selection })
            expect(detail.map((row) => row['User Principal Name'])).toEqual(
              active.map((row) => row['User Principal Name']),
            )
            detail.forEach((row, i) => {
              const user = active[i] as Record<string, string>
              expect(row['Last Activity Date']).toBe(user[`${label} Last Activity Date`])
              expect(row['Is Deleted']).toBe(user['Is Deleted'])
              expect(row['Deleted Date']).toBe(user['Deleted Date'])
              expect(row['Assigned Products']).toBe(user['Assigned Products'])
              expect(row['Report Period']).toBe('period' in selection ? String(period) : '1')
              expect(row).not.toHaveProperty('Display Name')
            })
          }
        }),
        { numRuns: 20 },
      )
    })

    it('per day: file counts = the date Detail’s sums, user counts = its users with each action, ≤ the files', () => {
      fc.assert(
        fc.property(seeds, (seed) => {
          const tenant = tenantOf(seed)
          const selection = { period: 7 as const }
          const files = readCsv(family.fileCounts, { tenant, selection })
          const users = readCsv(family.userCounts, { tenant, selection })
          const pages = family.pages ? readCsv(family.pages, { tenant, selection }) : undefined
          const active = readCsv(office365ActiveUserCounts, { tenant, selection })
          expect(files).toHaveLength(7)
          files.forEach((row, i) => {
            const day = tenant.refreshDate - i
            expect(row['Report Date']).toBe(formatDay(day))
            expect(users[i]?.['Report Date']).toBe(formatDay(day))
            const detail = readCsv(family.detail, { tenant, selection: { date: day } })
            const cells = (column: string) => detail.map((user) => Number(user[column]))
            for (const action of FILE_ACTIONS) {
              const counts = cells(`${action} File Count`)
              expect(count(row[action]), `${action} files on ${row['Report Date']}`).toBe(sum(counts))
              const doers = count(users[i]?.[action])
              expect(doers, `${action} users`).toBe(counts.filter((n) => n > 0).length)
              // Each user who did an action did it to at least one file.
              expect(doers).toBeLessThanOrEqual(count(row[action]))
            }
            if (pages) {
              const visits = cells('Visited Page Count')
              expect(count(pages[i]?.['Visited Page Count']), 'pages').toBe(sum(visits))
              expect(count(users[i]?.['Visited Page']), 'page visitors').toBe(visits.filter((n) => n > 0).length)
            }
            // The users whose count makes a day active are the active-users report's users of the service.
            expect(cells(family.activeColumn).filter((n) => n > 0).length).toBe(Number(active[i]?.[label]))
          })
        }),
        { numRuns: 15 },
      )
    })

    it('the period Detail sums to the daily file counts (and pages) of its period', () => {
      fc.assert(
        fc.property(seeds, fc.constantFrom(...PERIODS), (seed, period) => {
          const tenant = tenantOf(seed)
          const detail = readCsv(family.detail, { tenant, selection: { period } })
          const files = readCsv(family.fileCounts, { tenant, selection: { period } })
          expect(files).toHaveLength(period)
          const total = (column: string) => sum(detail.map((row) => Number(row[column])))
          for (const action of FILE_ACTIONS)
            expect(sum(files.map((row) => count(row[action]))), action).toBe(total(`${action} File Count`))
          if (family.pages) {
            const pages = readCsv(family.pages, { tenant, selection: { period } })
            expect(sum(pages.map((row) => count(row['Visited Page Count'])))).toBe(total('Visited Page Count'))
          }
        }),
        { numRuns: 15 },
      )
    })

    it('leaves zero empty in the counts reports and writes 0 in the Detail', () => {
      const tenant = generateTenant({ seed: 3, users: 8, now })
      const counts = readCsv(family.userCounts, { tenant, selection: { period: 30 } })
      const cells = counts.flatMap((row) => FILE_ACTIONS.map((action) => row[action]))
      expect(cells).not.toContain('0')
      expect(cells).toContain('')
      const detail = readCsv(family.detail, { tenant, selection: { period: 7 } })
      const detailCells = detail.flatMap((row) => FILE_ACTIONS.map((action) => row[`${action} File Count`]))
      expect(detailCells).not.toContain('')
      expect(detailCells).toContain('0')
    })
  },
)
