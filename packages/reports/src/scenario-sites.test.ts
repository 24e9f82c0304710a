import { describe, expect, it } from 'vitest'
import { sharePointSiteUsageDetail } from './definitions/sharepoint-site-usage-detail'
import { sharePointSiteUsageSiteCounts } from './definitions/sharepoint-site-usage-site-counts'
import { readCsv, smallScenarioTenant } from './test-support'

const ADELE = 'adele.vance@contoso.onmicrosoft.com'

/** The small scenario with two sites of its own: an intranet Adele owns, and an ownerless archive with a quota. */
function tenant() {
  return smallScenarioTenant((record) =>
    Object.assign(record, {
      sites: [
        {
          id: '0a0a0a0a-1111-4222-8333-444444444444',
          url: 'https://contoso.sharepoint.com/sites/Intranet',
          template: 'Communication Site',
          owner: ADELE,
        },
        {
          id: '0b0b0b0b-1111-4222-8333-444444444444',
          url: 'https://contoso.sharepoint.com/sites/Archive',
          storageAllocatedInBytes: 1_099_511_627_776,
        },
      ],
    }),
  )
}

// Read as a client reads them: the CSV, by header name.
describe('the SharePoint site reports of a scenario that lists its own sites (docs/usage-reports.md §21)', () => {
  it('list the root, the sites listed with who they are, then the groups’ sites', () => {
    const rows = readCsv(sharePointSiteUsageDetail, { tenant: tenant(), selection: { period: 7 } })
    const standalone = rows.filter((row) => row['Root Web Template'] !== 'Group')
    expect(standalone.map((row) => row['Site URL'])).toEqual([
      'https://contoso.sharepoint.com/',
      'https://contoso.sharepoint.com/sites/Intranet',
      'https://contoso.sharepoint.com/sites/Archive',
    ])
    expect(rows.findIndex((row) => row['Root Web Template'] === 'Group')).toBe(3)
    const [, intranet, archive] = standalone
    expect(intranet).toMatchObject({
      'Site Id': '0a0a0a0a-1111-4222-8333-444444444444',
      'Owner Display Name': 'Adele Vance',
      'Owner Principal Name': ADELE,
      'Root Web Template': 'Communication Site',
      'Storage Allocated (Byte)': '27487790694400',
    })
    expect(archive).toMatchObject({
      'Owner Display Name': '',
      'Owner Principal Name': '',
      'Root Web Template': 'Team Site',
      'Storage Allocated (Byte)': '1099511627776',
    })
    expect(Number(archive?.['File Count'])).toBeGreaterThan(0)
  })

  it('count every site of the Detail in the site counts', () => {
    const request = { tenant: tenant(), selection: { period: 7 as const } }
    const detail = readCsv(sharePointSiteUsageDetail, request)
    const counts = readCsv(sharePointSiteUsageSiteCounts, request)
    const last = counts.find((row) => row['Report Date'] === '2026-11-25') ?? expect.fail('no refresh date row')
    expect(Number(last.Total)).toBe(detail.filter((row) => row['Is Deleted'] === 'False').length)
  })
})
