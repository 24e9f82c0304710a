import { readFileSync } from 'node:fs'
import {
  formatDay,
  generateTenant,
  groupSiteFileCount,
  groupSiteStorageUsed,
  loadTenant,
  tenantGroups,
} from '@fake-graph/tenant'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { office365ActiveUserDetail } from './definitions/office365-active-user-detail'
import { oneDriveActivityUserDetail } from './definitions/onedrive-activity-user-detail'
import { oneDriveUsageAccountCounts } from './definitions/onedrive-usage-account-counts'
import { oneDriveUsageAccountDetail } from './definitions/onedrive-usage-account-detail'
import { oneDriveUsageFileCounts } from './definitions/onedrive-usage-file-counts'
import { oneDriveUsageStorage } from './definitions/onedrive-usage-storage'
import { sharePointSiteUsageDetail } from './definitions/sharepoint-site-usage-detail'
import { sharePointSiteUsageFileCounts } from './definitions/sharepoint-site-usage-file-counts'
import { sharePointSiteUsagePages } from './definitions/sharepoint-site-usage-pages'
import { sharePointSiteUsageSiteCounts } from './definitions/sharepoint-site-usage-site-counts'
import { sharePointSiteUsageStorage } from './definitions/sharepoint-site-usage-storage'
import type { AnyReportDefinition } from './report-definition'
import { PERIODS } from './report-request'
import { readCsv } from './test-support'

const now = new Date('2026-11-27T00:00:00Z')
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 })
const tenantOf = (seed: number) => generateTenant({ seed, users: 60, now })
const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0)

// Each property reads the reports as a client would (parsed CSV, by header name).
describe('the OneDrive usage reports agree with each other and with the users’ activity', () => {
  it('each OneDrive’s owner, last activity and deletion are the active-users Detail’s, by period and by date', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), fc.integer({ min: 1, max: 28 }), (seed, period, back) => {
        const tenant = tenantOf(seed)
        for (const selection of [{ period }, { date: tenant.refreshDate + 1 - back }]) {
          const accounts = readCsv(oneDriveUsageAccountDetail, { tenant, selection })
          const users = new Map(
            readCsv(office365ActiveUserDetail, { tenant, selection: { period: 180 } }).map((row) => [
              row['User Principal Name'],
              row,
            ]),
          )
          const listedOnDate = new Map(
            readCsv(office365ActiveUserDetail, { tenant, selection }).map((row) => [row['User Principal Name'], row]),
          )
          expect(accounts.length).toBeGreaterThan(0)
          for (const account of accounts) {
            const owner = account['Owner Principal Name'] as string
            const user = users.get(owner)
            expect(user, owner).toBeDefined()
            expect(account['Site URL']).toMatch(/^https:\/\/[a-z0-9]+-my\.sharepoint\.com\/personal\/[A-Za-z0-9_]+$/)
            expect(account['Owner Display Name']).toBe(user?.['Display Name'])
            expect(account['Is Deleted']).toBe(user?.['Is Deleted'])
            expect(user?.['Has OneDrive License']).toBe('True')
            // Where the active-users Detail lists the owner for the same selection, the dates are one.
            const same = listedOnDate.get(owner)
            if (same) expect(account['Last Activity Date']).toBe(same['OneDrive Last Activity Date'])
            expect(Number(account['Active File Count'])).toBeLessThanOrEqual(Number(account['File Count']))
            expect(account['Storage Allocated (Byte)']).toBe(String(1024 ** 4))
          }
        }
      }),
      { numRuns: 15 },
    )
  })

  it('per day: accounts, files and storage = the date Detail’s sums; a OneDrive with files acted on is its owner’s active day', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const tenant = tenantOf(seed)
        const selection = { period: 7 as const }
        const accounts = readCsv(oneDriveUsageAccountCounts, { tenant, selection })
        const files = readCsv(oneDriveUsageFileCounts, { tenant, selection })
        const storage = readCsv(oneDriveUsageStorage, { tenant, selection })
        expect(accounts).toHaveLength(7)
        accounts.forEach((row, i) => {
          const day = tenant.refreshDate - i
          for (const report of [row, files[i], storage[i]]) expect(report?.['Report Date']).toBe(formatDay(day))
          const detail = readCsv(oneDriveUsageAccountDetail, { tenant, selection: { date: day } })
          const cells = (column: string) => detail.map((account) => Number(account[column]))
          expect(Number(row.Total)).toBe(detail.length)
          expect(Number(row.Active)).toBe(cells('Active File Count').filter((n) => n > 0).length)
          expect(Number(files[i]?.Total)).toBe(sum(cells('File Count')))
          expect(Number(files[i]?.Active)).toBe(sum(cells('Active File Count')))
          expect(Number(storage[i]?.['Storage Used (Byte)'])).toBe(sum(cells('Storage Used (Byte)')))
          expect(storage[i]?.['Site Type']).toBe('OneDrive')
          // Active OneDrives are the owners with a file viewed or edited that day.
          const activity = readCsv(oneDriveActivityUserDetail, { tenant, selection: { date: day } })
          const viewers = new Set(
            activity.filter((u) => Number(u['Viewed Or Edited File Count']) > 0).map((u) => u['User Principal Name']),
          )
          const active = new Set(
            detail.filter((a) => Number(a['Active File Count']) > 0).map((a) => a['Owner Principal Name']),
          )
          expect(active).toEqual(viewers)
        })
      }),
      { numRuns: 10 },
    )
  })
})

describe('the SharePoint site usage reports agree with each other and with the groups', () => {
  it('per day: files, sites, storage and page views = the date Detail’s sums', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const tenant = tenantOf(seed)
        const selection = { period: 7 as const }
        const read = (report: AnyReportDefinition) => readCsv(report, { tenant, selection })
        const [files, sites, storage, pages] = [
          sharePointSiteUsageFileCounts,
          sharePointSiteUsageSiteCounts,
          sharePointSiteUsageStorage,
          sharePointSiteUsagePages,
        ].map(read) as Record<string, string>[][]
        files?.forEach((row, i) => {
          const day = tenant.refreshDate - i
          const detail = readCsv(sharePointSiteUsageDetail, { tenant, selection: { date: day } })
          const cells = (column: string) => detail.map((site) => Number(site[column]))
          expect(Number(row.Total)).toBe(sum(cells('File Count')))
          expect(Number(row.Active)).toBe(sum(cells('Active File Count')))
          expect(Number(sites?.[i]?.Total)).toBe(detail.length)
          const active = detail.filter((s) => Number(s['Active File Count']) > 0 || Number(s['Page View Count']) > 0)
          expect(Number(sites?.[i]?.Active)).toBe(active.length)
          expect(Number(storage?.[i]?.['Storage Used (Byte)'])).toBe(sum(cells('Storage Used (Byte)')))
          expect(Number(pages?.[i]?.['Page View Count'])).toBe(sum(cells('Page View Count')))
          // A site active that day was last active that day.
          for (const site of active) expect(site['Last Activity Date']).toBe(formatDay(day))
        })
      }),
      { numRuns: 40 },
    )
  })

  it('lists every group’s site with the group’s files and storage, and the root site first', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(1726806890), seeds), fc.constantFrom(...PERIODS), (seed, period) => {
        const tenant = tenantOf(seed)
        const rows = readCsv(sharePointSiteUsageDetail, { tenant, selection: { period } })
        expect(rows[0]?.['Site URL']).toMatch(/^https:\/\/[a-z0-9]+\.sharepoint\.com\/$/)
        const byUrl = new Map(rows.map((row) => [row['Site URL'], row]))
        const from = tenant.refreshDate - period + 1
        let groups = 0
        for (const group of tenantGroups(tenant).groups()) {
          if (group.deletedDate !== null && group.deletedDate <= from) continue
          groups++
          const row = byUrl.get(group.site.url)
          expect(row, group.displayName).toBeDefined()
          expect(row?.['Root Web Template']).toBe('Group')
          expect(row?.['Site Id']).toBe(group.site.id)
          expect(row?.['Owner Display Name']).toBe(`${group.displayName} Owners`)
          expect(Number(row?.['File Count'])).toBe(groupSiteFileCount(group, tenant.refreshDate))
          expect(Number(row?.['Storage Used (Byte)'])).toBe(groupSiteStorageUsed(group, tenant.refreshDate))
          expect(Number(row?.['Visited Page Count'])).toBeLessThanOrEqual(Number(row?.['Page View Count']))
        }
        expect(rows.filter((row) => row['Root Web Template'] === 'Group')).toHaveLength(groups)
        // The other sites are owned by users of the tenant who are not deleted.
        const users = new Map([...tenant.users()].map((user) => [user.userPrincipalName, user]))
        for (const row of rows.filter((site) => site['Root Web Template'] !== 'Group')) {
          const owner = users.get(row['Owner Principal Name'] as string)
          expect(owner?.displayName).toBe(row['Owner Display Name'])
          expect(owner?.isDeleted).toBe(false)
        }
      }),
      { numRuns: 15 },
    )
  })
})

describe('a scenario’s OneDrive quota', () => {
  it('is the Storage Allocated of its OneDrive, the others 1 TiB', () => {
    const record = JSON.parse(
      readFileSync(new URL('../../../fixtures/tenants/contoso-small.json', import.meta.url), 'utf8'),
    )
    record.users[0].oneDrive = { storageAllocatedInBytes: 5 * 1024 ** 4 }
    const tenant = loadTenant(record, { now })
    const rows = readCsv(oneDriveUsageAccountDetail, { tenant, selection: { period: 30 } })
    const quota = new Map(rows.map((row) => [row['Owner Principal Name'], row['Storage Allocated (Byte)']]))
    expect(quota.get(record.users[0].userPrincipalName)).toBe(String(5 * 1024 ** 4))
    expect(new Set([...quota.values()].slice(1))).toEqual(new Set([String(1024 ** 4)]))
  })
})
