import type { UserRecord } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { skypeForBusinessDeviceUsageUserDetail } from './definitions/skype-for-business-device-usage-user-detail'
import { teamsDeviceUsageUserCounts } from './definitions/teams-device-usage-user-counts'
import { teamsDeviceUsageUserDetail } from './definitions/teams-device-usage-user-detail'
import { yammerDeviceUsageUserDetail } from './definitions/yammer-device-usage-user-detail'
import { readCsv, smallScenarioTenant } from './test-support'

const ADELE = 'adele.vance@contoso.onmicrosoft.com'

/** The small scenario, Adele (licensed for every service) given her devices and a few days of each service. */
function tenant() {
  return smallScenarioTenant(({ users: [adele] }) => {
    expect(adele?.userPrincipalName).toBe(ADELE)
    expect(adele?.activity?.teams).toEqual(['2026-11-23', '2026-11-25'])
    Object.assign(adele as UserRecord, {
      activity: { ...adele?.activity, yammer: ['2026-11-24'], skypeForBusiness: ['2026-11-24'] },
      devices: { teams: ['iOS', 'linux'], yammer: ['iPad'], skypeForBusiness: ['androidPhone', 'iPhone'] },
    })
  })
}

/** The device headers a Detail row says `Yes` to. */
const usedIn = (rows: Record<string, string>[]) => {
  const row = rows.find((r) => r['User Principal Name'] === ADELE) ?? expect.fail('no row')
  return Object.keys(row).filter((header) => header.startsWith('Used ') && row[header] === 'Yes')
}

// Read as a client reads them: the CSV, by header name.
describe('the device reports of a scenario that lists its users’ devices (docs/usage-reports.md §21)', () => {
  it('say Yes to exactly the devices listed, in each service’s Detail', () => {
    const scenario = tenant()
    const request = { tenant: scenario, selection: { period: 7 as const } }
    expect(usedIn(readCsv(teamsDeviceUsageUserDetail, request))).toEqual(['Used iOS', 'Used Linux'])
    expect(usedIn(readCsv(yammerDeviceUsageUserDetail, request))).toEqual(['Used iPad'])
    expect(usedIn(readCsv(skypeForBusinessDeviceUsageUserDetail, request))).toEqual([
      'Used Android Phone',
      'Used iPhone',
    ])
  })

  it('count the user under each listed client on every Teams-active day, and under none on the others', () => {
    const scenario = tenant()
    const counts = readCsv(teamsDeviceUsageUserCounts, { tenant: scenario, selection: { period: 7 } })
    // Adele is the only Linux user of the scenario: the column is her Teams days.
    const linux = Object.fromEntries(counts.map((row) => [row['Report Date'], row.Linux]))
    expect(linux).toEqual({
      '2026-11-19': '0',
      '2026-11-20': '0',
      '2026-11-21': '0',
      '2026-11-22': '0',
      '2026-11-23': '1',
      '2026-11-24': '0',
      '2026-11-25': '1',
    })
  })
})
