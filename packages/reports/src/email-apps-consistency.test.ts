import { formatDay, generateTenant } from '@fake-graph/tenant'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emailAppUsageAppsUserCounts } from './definitions/email-app-usage-apps-user-counts'
import { emailAppUsageUserCounts } from './definitions/email-app-usage-user-counts'
import { emailAppUsageUserDetail } from './definitions/email-app-usage-user-detail'
import { emailAppUsageVersionsUserCounts } from './definitions/email-app-usage-versions-user-counts'
import { m365AppUserDetail } from './definitions/m365-app-user-detail'
import { office365ActiveUserDetail } from './definitions/office365-active-user-detail'
import { PERIODS } from './report-request'
import { readCsv } from './test-support'

const now = new Date('2026-11-27T00:00:00Z')
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 })
const tenantOf = (seed: number) => generateTenant({ seed, users: 80, now })
const CLIENTS = [
  'Mail For Mac',
  'Outlook For Mac',
  'Outlook For Windows',
  'Outlook For Mobile',
  'Other For Mobile',
  'Outlook For Web',
  'POP3 App',
  'IMAP4 App',
  'SMTP App',
]
/** The versions report's column for each version Outlook for Windows shows (docs/usage-reports.md §11). */
const VERSION_COLUMN: Record<string, string> = {
  ProPlus: 'Outlook M365',
  'Outlook 2019': 'Outlook 2019',
  'Outlook 2016': 'Outlook 2016',
  'Outlook 2013': 'Outlook 2013',
  'Outlook 2010': 'Outlook 2010',
  'Outlook 2007': 'Outlook 2007',
  Undetermined: 'Undetermined',
}
/** An empty tally cell is a zero (docs/usage-reports.md §2). */
const count = (cell: string | undefined) => (cell === '' ? 0 : Number(cell))

// Each property reads the reports as a client would (parsed CSV, by header name).
describe('the email app usage reports agree with each other and with the active users', () => {
  it('Detail lists the active-users Detail users with their Exchange last activity; a client only on an Exchange-active period', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), fc.integer({ min: 1, max: 28 }), (seed, period, back) => {
        const tenant = tenantOf(seed)
        for (const selection of [{ period }, { date: tenant.refreshDate + 1 - back }]) {
          const detail = readCsv(emailAppUsageUserDetail, { tenant, selection })
          const active = readCsv(office365ActiveUserDetail, { tenant, selection })
          expect(detail.map((row) => row['User Principal Name'])).toEqual(
            active.map((row) => row['User Principal Name']),
          )
          const start = formatDay('period' in selection ? tenant.refreshDate - period + 1 : selection.date)
          detail.forEach((row, i) => {
            const user = active[i] as Record<string, string>
            expect(row['Last Activity Date']).toBe(user['Exchange Last Activity Date'])
            expect([row['Is Deleted'], row['Deleted Date'], row['Display Name']]).toEqual([
              user['Is Deleted'],
              user['Deleted Date'],
              user['Display Name'],
            ])
            expect(row['Report Period']).toBe('period' in selection ? String(period) : '1')
            const used = CLIENTS.filter((client) => row[client] !== '')
            if (used.length > 0) expect((row['Last Activity Date'] as string) >= start).toBe(true)
            for (const client of used) {
              const version = row[client] as string
              expect(client === 'Outlook For Windows' ? Object.keys(VERSION_COLUMN) : ['Undetermined']).toContain(
                version,
              )
            }
          })
        }
      }),
      { numRuns: 20 },
    )
  })

  it('Outlook in the Microsoft 365 Apps Detail is the suite’s Outlook client here, platform by platform', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), (seed, period) => {
        const tenant = tenantOf(seed)
        const mail = new Map(
          readCsv(emailAppUsageUserDetail, { tenant, selection: { period } }).map((row) => [
            row['User Principal Name'],
            row,
          ]),
        )
        const apps = readCsv(m365AppUserDetail, { tenant, selection: { period } })
        const pairs = [
          ['Outlook (Windows)', 'Outlook For Windows'],
          ['Outlook (Mac)', 'Outlook For Mac'],
          ['Outlook (Mobile)', 'Outlook For Mobile'],
          ['Outlook (Web)', 'Outlook For Web'],
        ]
        for (const row of apps) {
          const client = mail.get(row['User Principal Name']) as Record<string, string>
          for (const [app, column] of pairs)
            expect(client[column as string] !== '', column).toBe(row[app as string] === 'Yes')
          if (client['Outlook For Windows']) expect(client['Outlook For Windows']).toBe('ProPlus')
        }
      }),
      { numRuns: 15 },
    )
  })

  it('per day, the user counts are the date Detail’s users of each client; the period counts its users of each, and of each version', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const tenant = tenantOf(seed)
        const selection = { period: 7 as const }
        const daily = readCsv(emailAppUsageUserCounts, { tenant, selection })
        expect(daily).toHaveLength(7)
        daily.forEach((row, i) => {
          const day = tenant.refreshDate - i
          expect(row['Report Date']).toBe(formatDay(day))
          const detail = readCsv(emailAppUsageUserDetail, { tenant, selection: { date: day } })
          for (const client of CLIENTS)
            expect(count(row[client]), `${client} on ${row['Report Date']}`).toBe(
              detail.filter((user) => user[client] !== '').length,
            )
        })
        const detail = readCsv(emailAppUsageUserDetail, { tenant, selection })
        const [apps] = readCsv(emailAppUsageAppsUserCounts, { tenant, selection })
        for (const client of CLIENTS)
          expect(count(apps?.[client]), client).toBe(detail.filter((user) => user[client] !== '').length)
        const [versions] = readCsv(emailAppUsageVersionsUserCounts, { tenant, selection })
        for (const [version, column] of Object.entries(VERSION_COLUMN))
          expect(count(versions?.[column]), column).toBe(
            detail.filter((user) => user['Outlook For Windows'] === version).length,
          )
        expect(versions?.['Report Period']).toBe('7')
      }),
      { numRuns: 10 },
    )
  })
})
