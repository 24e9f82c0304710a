import type { UserRecord } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { emailAppUsageUserDetail } from './definitions/email-app-usage-user-detail'
import { m365AppUserDetail } from './definitions/m365-app-user-detail'
import { microsoft365CopilotUsageUserDetail } from './definitions/microsoft365-copilot-usage-user-detail'
import { office365ActivationsUserDetail } from './definitions/office365-activations-user-detail'
import type { AnyReportDefinition } from './report-definition'
import { readCsv, smallScenarioTenant } from './test-support'

const ADELE = 'adele.vance@contoso.onmicrosoft.com'

/**
 * The small scenario, Adele (Microsoft 365 E5, licensed for every service, active on 20, 23, 24
 * and 25 November) given her apps, mail clients and Copilot use.
 */
function tenant(licensedSince = '2026-11-22') {
  return smallScenarioTenant(({ users: [adele] }) => {
    expect(adele?.userPrincipalName).toBe(ADELE)
    Object.assign(adele as UserRecord, {
      assignedProducts: [...(adele?.assignedProducts ?? []), 'MICROSOFT 365 COPILOT'],
      apps: { windows: ['outlook', 'word'], mobile: ['teams'] },
      emailClients: ['pop3App', 'outlookForWindows'],
      copilot: { apps: ['word', 'teams'], licensedSince },
    })
  })
}

/** Adele's row of a Detail over the last 7 days, by header, without the columns every Detail has. */
function adeleIn(report: AnyReportDefinition, scenario = tenant()): Record<string, string> {
  const rows = readCsv(report, { tenant: scenario, selection: { period: 7 } })
  const row = rows.find((r) => r['User Principal Name'] === ADELE) ?? expect.fail(`no row in ${report.name}`)
  const { 'Report Refresh Date': _, 'User Principal Name': __, 'Display Name': ___, ...rest } = row
  return rest
}

/** The headers of a row whose cell is `value`. */
const saying = (row: Record<string, string>, value: (cell: string) => boolean) =>
  Object.keys(row).filter((header) => value(row[header] as string))

// Read as a client reads them: the CSV, by header name.
describe('the apps, mail-client and Copilot reports of a scenario that sets them (docs/usage-reports.md §21)', () => {
  it('show in the Microsoft 365 Apps Detail exactly the apps listed, on their platforms', () => {
    const row = adeleIn(m365AppUserDetail)
    expect(saying(row, (cell) => cell === 'Yes')).toEqual([
      'Windows',
      'Mobile',
      'Outlook',
      'Word',
      'Teams',
      'Outlook (Windows)',
      'Word (Windows)',
      'Teams (Mobile)',
    ])
    expect(row['Last Activity Date']).toBe('2026-11-25')
  })

  it('activate a device on each desktop and phone platform listed, and none on the others', () => {
    const row = adeleIn(office365ActivationsUserDetail)
    expect(Number(row.Windows)).toBeGreaterThan(0)
    expect(Number(row.iOS) + Number(row.Android)).toBeGreaterThan(0)
    expect([row.Mac, row['Windows 10 Mobile']]).toEqual(['0', '0'])
    expect(row['Last Activated Date']).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('show in the email apps Detail exactly the clients listed, Outlook for Windows as the suite’s', () => {
    const row = adeleIn(emailAppUsageUserDetail)
    const clients = saying(row, (cell) => cell !== '' && !/^\d/.test(cell) && cell !== 'False')
    expect(clients).toEqual(['Outlook For Windows', 'POP3 App'])
    expect([row['Outlook For Windows'], row['POP3 App']]).toEqual(['ProPlus', 'Undetermined'])
  })

  it('show in the Copilot Detail the surfaces listed on each active day since the licence, and none before', () => {
    const row = adeleIn(microsoft365CopilotUsageUserDetail)
    // Copilot's refresh date is the 24th; Adele was active on the 23rd and 24th since the 22nd.
    expect(saying(row, (cell) => /^\d{4}-/.test(cell))).toEqual([
      'Last Activity Date',
      'Microsoft Teams Copilot Last Activity Date',
      'Word Copilot Last Activity Date',
    ])
    expect(new Set(saying(row, (cell) => /^\d{4}-/.test(cell)).map((header) => row[header]))).toEqual(
      new Set(['2026-11-24']),
    )
    // Licensed on the 25th, after Copilot's refresh date: listed, and no use yet.
    const unused = adeleIn(microsoft365CopilotUsageUserDetail, tenant('2026-11-25'))
    expect(saying(unused, (cell) => /^\d{4}-/.test(cell))).toEqual([])
  })
})
