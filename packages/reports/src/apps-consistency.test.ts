import { formatDay, generateTenant } from '@fake-graph/tenant'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { m365AppPlatformUserCounts } from './definitions/m365-app-platform-user-counts'
import { m365AppUserCounts } from './definitions/m365-app-user-counts'
import { m365AppUserDetail } from './definitions/m365-app-user-detail'
import { office365ActivationCounts } from './definitions/office365-activation-counts'
import { office365ActivationsUserCounts } from './definitions/office365-activations-user-counts'
import { office365ActivationsUserDetail } from './definitions/office365-activations-user-detail'
import { office365ActiveUserDetail } from './definitions/office365-active-user-detail'
import { PERIODS } from './report-request'
import { readCsv } from './test-support'

const now = new Date('2026-11-27T00:00:00Z')
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 })
const tenantOf = (seed: number) => generateTenant({ seed, users: 80, now })
const APPS = ['Outlook', 'Word', 'Excel', 'PowerPoint', 'OneNote', 'Teams']
const PLATFORMS = ['Windows', 'Mac', 'Mobile', 'Web']
/** The products that carry the desktop suite (docs/usage-reports.md §9), as the Detail's Assigned Products spell them. */
const SUITES = [
  'OFFICE 365 E3',
  'MICROSOFT 365 E3',
  'MICROSOFT 365 E5',
  'OFFICE 365 E5 WITHOUT AUDIO CONFERENCING',
  'MICROSOFT 365 APPS FOR ENTERPRISE',
  'MICROSOFT 365 BUSINESS PREMIUM',
]
const holdsSuite = (products: string) => products.split('+').some((product) => SUITES.includes(product))
const byUser = (rows: Record<string, string>[]) => new Map(rows.map((row) => [row['User Principal Name'], row]))
const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0)

// Each property reads the reports as a client would (parsed CSV, by header name).
describe('the Microsoft 365 Apps reports agree with each other and with the active users', () => {
  it('Detail lists the active-users Detail users holding the suite; Outlook and Teams only where Exchange and Teams were active', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), (seed, period) => {
        const tenant = tenantOf(seed)
        const selection = { period }
        const detail = readCsv(m365AppUserDetail, { tenant, selection })
        const active = readCsv(office365ActiveUserDetail, { tenant, selection })
        const holders = active.filter((row) => holdsSuite(row['Assigned Products'] as string))
        expect(detail.map((row) => row['User Principal Name'])).toEqual(
          holders.map((row) => row['User Principal Name']),
        )
        const start = formatDay(tenant.refreshDate - period + 1)
        detail.forEach((row, i) => {
          const user = holders[i] as Record<string, string>
          const cells = Object.entries(row).filter(([header]) => !/Date|Name|Period/.test(header))
          const anyUse = cells.some(([, cell]) => cell === 'Yes')
          expect(cells.every(([, cell]) => cell === 'Yes' || cell === 'No')).toBe(true)
          expect(row['Report Period']).toBe(String(period))
          // Some use in the period is a last activity in it; none is one before it, or none at all.
          expect((row['Last Activity Date'] as string) >= start).toBe(anyUse)
          const latestService = Object.entries(user)
            .filter(([header]) => header.endsWith('Last Activity Date'))
            .map(([, day]) => day)
            .sort()
            .at(-1) as string
          if (row['Last Activity Date']) expect(row['Last Activity Date'] <= latestService).toBe(true)
          if (row.Outlook === 'Yes') expect((user['Exchange Last Activity Date'] as string) >= start).toBe(true)
          if (row.Teams === 'Yes') expect((user['Teams Last Activity Date'] as string) >= start).toBe(true)
          // An app is used if and only if it is used on some platform, and likewise a platform.
          for (const app of APPS)
            expect(row[app]).toBe(PLATFORMS.some((p) => row[`${app} (${p})`] === 'Yes') ? 'Yes' : 'No')
          for (const p of PLATFORMS)
            expect(row[p]).toBe(APPS.some((app) => row[`${app} (${p})`] === 'Yes') ? 'Yes' : 'No')
        })
      }),
      { numRuns: 20 },
    )
  })

  it('per day, the user counts and platform counts are the date Detail’s users of each app and platform', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const tenant = tenantOf(seed)
        const selection = { period: 7 as const }
        const apps = readCsv(m365AppUserCounts, { tenant, selection })
        const platforms = readCsv(m365AppPlatformUserCounts, { tenant, selection })
        expect(apps).toHaveLength(7)
        apps.forEach((row, i) => {
          const day = tenant.refreshDate - i
          expect(row['Report Date']).toBe(formatDay(day))
          expect(row['Report Period']).toBe('7')
          const detail = readCsv(m365AppUserDetail, { tenant, selection: { date: day } })
          for (const row of detail) expect(row['Last Activity Date']).toBe(formatDay(day))
          const users = (column: string) => detail.filter((user) => user[column] === 'Yes').length
          for (const app of APPS) expect(Number(row[app]), `${app} on ${row['Report Date']}`).toBe(users(app))
          for (const platform of PLATFORMS) expect(Number(platforms[i]?.[platform]), platform).toBe(users(platform))
        })
      }),
      { numRuns: 10 },
    )
  })

  it('the Detail’s Last Activation Date is the suite’s Last Activated Date in the activations Detail', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const tenant = tenantOf(seed)
        const apps = byUser(readCsv(m365AppUserDetail, { tenant, selection: { period: 180 } }))
        const activations = readCsv(office365ActivationsUserDetail, { tenant, selection: { period: 7 } })
        const suites = byUser(
          activations.filter((row) => (row['Product Type'] as string).startsWith('MICROSOFT 365 APPS')),
        )
        for (const [name, row] of apps) {
          const suite = suites.get(name)
          expect(row['Last Activation Date']).toBe(suite?.['Last Activated Date'] ?? '')
          // A desktop or phone in use is a device activated on it; the web needs none.
          if (suite && row.Windows === 'Yes') expect(Number(suite.Windows)).toBeGreaterThan(0)
          if (suite && row.Mac === 'Yes') expect(Number(suite.Mac)).toBeGreaterThan(0)
          if (suite && row.Mobile === 'Yes') expect(Number(suite.iOS) + Number(suite.Android)).toBeGreaterThan(0)
        }
      }),
      { numRuns: 15 },
    )
  })
})

describe('the activations reports agree with each other and with the licences', () => {
  it('the Detail lists each licence that activates of each user not deleted; the counts are its sums per product type', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const tenant = tenantOf(seed)
        const selection = { period: 7 as const }
        const detail = readCsv(office365ActivationsUserDetail, { tenant, selection })
        const active = byUser(readCsv(office365ActiveUserDetail, { tenant, selection }))
        for (const row of detail) {
          const user = active.get(row['User Principal Name']) as Record<string, string>
          expect(user['Is Deleted']).toBe('False')
          const products = (user['Assigned Products'] as string).split('+')
          if (row['Product Type']?.startsWith('MICROSOFT 365 APPS'))
            expect(holdsSuite(user['Assigned Products'] as string)).toBe(true)
          if (row['Product Type'] === 'PROJECT') expect(products).toContain('PROJECT PLAN 3')
          if (row['Product Type'] === 'VISIO') expect(products).toContain('VISIO PLAN 2')
          const devices = ['Windows', 'Mac', 'Windows 10 Mobile', 'iOS', 'Android'].map((d) => Number(row[d]))
          const activated = sum(devices) > 0 || row['Activated On Shared Computer'] === 'True'
          expect(row['Last Activated Date'] !== '').toBe(activated)
          if (activated) expect((row['Last Activated Date'] as string) <= formatDay(tenant.refreshDate)).toBe(true)
        }
        const suiteHolders = [...active.values()].filter(
          (user) => user['Is Deleted'] === 'False' && holdsSuite(user['Assigned Products'] as string),
        )
        expect(detail.filter((row) => row['Product Type']?.startsWith('MICROSOFT 365 APPS'))).toHaveLength(
          suiteHolders.length,
        )
        const counts = readCsv(office365ActivationCounts, { tenant, selection })
        const users = readCsv(office365ActivationsUserCounts, { tenant, selection })
        expect(counts.map((row) => row['Product Type'])).toEqual(users.map((row) => row['Product Type']))
        expect(new Set(detail.map((row) => row['Product Type']))).toEqual(
          new Set(counts.map((row) => row['Product Type'])),
        )
        counts.forEach((row, i) => {
          const ofType = detail.filter((user) => user['Product Type'] === row['Product Type'])
          for (const device of ['Windows', 'Mac', 'Android', 'iOS', 'Windows 10 Mobile'])
            expect(Number(row[device]), device).toBe(sum(ofType.map((user) => Number(user[device]))))
          const tally = users[i] as Record<string, string>
          expect(Number(tally.Assigned)).toBe(ofType.length)
          expect(Number(tally.Activated)).toBe(ofType.filter((user) => user['Last Activated Date'] !== '').length)
          expect(Number(tally['Shared Computer Activation'])).toBe(
            ofType.filter((user) => user['Activated On Shared Computer'] === 'True').length,
          )
          expect(Number(tally.Activated)).toBeLessThanOrEqual(Number(tally.Assigned))
        })
      }),
      { numRuns: 20 },
    )
  })
})
