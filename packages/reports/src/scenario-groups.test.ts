import type { GroupRecord } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { office365GroupsActivityDetail } from './definitions/office365-groups-activity-detail'
import { office365GroupsActivityGroupCounts } from './definitions/office365-groups-activity-group-counts'
import { sharePointSiteUsageDetail } from './definitions/sharepoint-site-usage-detail'
import { teamsTeamActivityDetail } from './definitions/teams-team-activity-detail'
import { yammerGroupsActivityDetail } from './definitions/yammer-groups-activity-detail'
import { readCsv, smallScenarioTenant } from './test-support'

const ADELE = 'adele.vance@contoso.onmicrosoft.com'
const MEGAN = 'megan.bowen@contoso.onmicrosoft.com'

/** The small scenario with three groups of its own: a team, a community, and one deleted this week. */
function tenant(extra: GroupRecord[] = []) {
  return smallScenarioTenant((record) => {
    record.groups = [
      ...extra,
      {
        id: '11111111-2222-4333-8444-555555555555',
        displayName: 'Project Falcon',
        type: 'Private',
        owner: ADELE,
        members: [MEGAN],
        team: true,
      },
      {
        id: '66666666-7777-4888-8999-000000000000',
        displayName: 'Coffee Club',
        owner: MEGAN,
        engage: true,
        externalMembers: 3,
      },
      {
        id: '99999999-8888-4777-8666-555555555555',
        displayName: 'Old Project',
        owner: ADELE,
        deletedDate: '2026-11-23',
      },
    ]
  })
}

const request = () => ({ tenant: tenant(), selection: { period: 7 as const } })
const columns = (rows: Record<string, string>[], ...headers: string[]) => rows.map((row) => headers.map((h) => row[h]))

// Read as a client reads them: the CSV, by header name.
describe('the group reports of a scenario that lists its groups (docs/usage-reports.md §21)', () => {
  it('list exactly its groups, each with its owner, type, members and guests', () => {
    const rows = readCsv(office365GroupsActivityDetail, request())
    expect(
      columns(
        rows,
        'Group Display Name',
        'Owner Principal Name',
        'Group Type',
        'Member Count',
        'External Member Count',
        'Is Deleted',
      ),
    ).toEqual([
      ['Project Falcon', ADELE, 'Private', '2', '0', 'False'],
      ['Coffee Club', MEGAN, 'Public', '1', '3', 'False'],
      ['Old Project', ADELE, 'Public', '1', '0', 'True'],
    ])
  })

  it('list the team in the Teams team Detail and the community in the Engage groups Detail, and no other', () => {
    expect(columns(readCsv(teamsTeamActivityDetail, request()), 'Team Name', 'Team Type')).toEqual([
      ['Project Falcon', 'Private'],
    ])
    const engage = readCsv(yammerGroupsActivityDetail, request())
    expect(columns(engage, 'Group Display Name', 'Member Count')).toEqual([['Coffee Club', '1']])
    // A team's active users never exceed its members.
    for (const row of readCsv(teamsTeamActivityDetail, request()))
      expect(Number(row['Active Users'])).toBeLessThanOrEqual(2)
  })

  it('give each group its site in the site Detail, and count the deleted group until its deletion', () => {
    const sites = readCsv(sharePointSiteUsageDetail, request()).filter((row) => row['Root Web Template'] === 'Group')
    expect(sites.map((row) => row['Site URL'])).toEqual([
      'https://contoso.sharepoint.com/sites/ProjectFalcon',
      'https://contoso.sharepoint.com/sites/CoffeeClub',
      'https://contoso.sharepoint.com/sites/OldProject',
    ])
    const counts = readCsv(office365GroupsActivityGroupCounts, request())
    const total = Object.fromEntries(counts.map((row) => [row['Report Date'], row.Total]))
    expect([total['2026-11-22'], total['2026-11-23'], total['2026-11-25']]).toEqual(['3', '2', '2'])
  })

  it('count whole numbers for a group made before 1970 too, in every group and site report', () => {
    const old = {
      id: '12121212-3434-4565-8787-909090909090',
      displayName: 'Founders',
      owner: ADELE,
      createdDate: '1969-12-31',
      team: true,
      engage: true,
    }
    const request = { tenant: tenant([old]), selection: { period: 7 as const } }
    for (const report of [
      office365GroupsActivityDetail,
      yammerGroupsActivityDetail,
      teamsTeamActivityDetail,
      sharePointSiteUsageDetail,
      office365GroupsActivityGroupCounts,
    ]) {
      const rows = readCsv(report, request)
      expect(rows.length).toBeGreaterThan(0)
      for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/NaN|Infinity|undefined/)
    }
  })
})
