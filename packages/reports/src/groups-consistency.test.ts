import { generateTenant, tenantGroups } from '@fake-graph/tenant'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { office365ActiveUserDetail } from './definitions/office365-active-user-detail'
import { office365GroupsActivityCounts } from './definitions/office365-groups-activity-counts'
import { office365GroupsActivityDetail } from './definitions/office365-groups-activity-detail'
import { office365GroupsActivityFileCounts } from './definitions/office365-groups-activity-file-counts'
import { office365GroupsActivityGroupCounts } from './definitions/office365-groups-activity-group-counts'
import { office365GroupsActivityStorage } from './definitions/office365-groups-activity-storage'
import { teamsTeamActivityCounts } from './definitions/teams-team-activity-counts'
import { teamsTeamActivityDetail } from './definitions/teams-team-activity-detail'
import { teamsTeamActivityDistributionCounts } from './definitions/teams-team-activity-distribution-counts'
import { teamsTeamCounts } from './definitions/teams-team-counts'
import { yammerGroupsActivityCounts } from './definitions/yammer-groups-activity-counts'
import { yammerGroupsActivityDetail } from './definitions/yammer-groups-activity-detail'
import { yammerGroupsActivityGroupCounts } from './definitions/yammer-groups-activity-group-counts'
import { PERIODS } from './report-request'
import { readCsv } from './test-support'

const now = new Date('2026-11-27T00:00:00Z')
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 })
const tenantOf = (seed: number) => generateTenant({ seed, users: 300, now })
/** An empty tally cell is a zero (docs/usage-reports.md §2). */
const count = (cell: string | undefined) => (cell === '' || cell === undefined ? 0 : Number(cell))
const sum = (rows: Record<string, string>[], header: string) =>
  rows.reduce((total, row) => total + count(row[header]), 0)
const TEAM_COLUMNS = [
  'Active Users',
  'Active Channels',
  'Guests',
  'Reactions',
  'Meetings Organized',
  'Post Messages',
  'Reply Messages',
  'Channel Messages',
  'Urgent Messages',
  'Mentions',
  'Active Shared Channels',
  'Active External Users',
]

// Each property reads the reports as a client would (parsed CSV, by header name).
describe('the Groups, Teams team and Engage groups reports agree with each other and with the users', () => {
  it('each counts report is, day by day, the sum of that date’s Detail', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const tenant = tenantOf(seed)
        const selection = { period: 7 as const }
        const groupCounts = readCsv(office365GroupsActivityCounts, { tenant, selection })
        const groupTallies = readCsv(office365GroupsActivityGroupCounts, { tenant, selection })
        const teamCounts = readCsv(teamsTeamActivityCounts, { tenant, selection })
        const teamTallies = readCsv(teamsTeamCounts, { tenant, selection })
        const engageCounts = readCsv(yammerGroupsActivityCounts, { tenant, selection })
        const engageTallies = readCsv(yammerGroupsActivityGroupCounts, { tenant, selection })
        for (let back = 0; back < 7; back++) {
          const date = tenant.refreshDate - back
          const groups = readCsv(office365GroupsActivityDetail, { tenant, selection: { date } })
          const teams = readCsv(teamsTeamActivityDetail, { tenant, selection: { date } })
          const engage = readCsv(yammerGroupsActivityDetail, { tenant, selection: { date } })
          const day = groupCounts[back] as Record<string, string>
          expect(count(day['Exchange Emails Received'])).toBe(sum(groups, 'Exchange Received Email Count'))
          expect(count(day['Yammer Messages Posted'])).toBe(sum(groups, 'Yammer Posted Message Count'))
          expect(count(day['Yammer Messages Read'])).toBe(sum(groups, 'Yammer Read Message Count'))
          expect(count(groupTallies[back]?.Active)).toBe(groups.length)
          for (const header of TEAM_COLUMNS) expect(count(teamCounts[back]?.[header])).toBe(sum(teams, header))
          const active = (type: string) => teams.filter((row) => row['Team Type'] === type).length
          expect(count(teamTallies[back]?.['Active Public Teams'])).toBe(active('Public'))
          expect(count(teamTallies[back]?.['Active Private Teams'])).toBe(active('Private'))
          expect(count(engageCounts[back]?.Posted)).toBe(sum(engage, 'Posted Count'))
          expect(count(engageCounts[back]?.Liked)).toBe(sum(engage, 'Liked Count'))
          expect(count(engageTallies[back]?.Active)).toBe(engage.length)
          for (const row of [...groups, ...teams, ...engage]) expect(row['Report Period']).toBe('1')
        }
      }),
      { numRuns: 8 },
    )
  })

  it('the storage and file counts on the refresh date are the period Detail’s totals', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), (seed, period) => {
        const tenant = tenantOf(seed)
        const selection = { period }
        const detail = readCsv(office365GroupsActivityDetail, { tenant, selection })
        const existing = detail.filter((row) => row['Is Deleted'] === 'False')
        const storage = readCsv(office365GroupsActivityStorage, { tenant, selection })[0] ?? {}
        const files = readCsv(office365GroupsActivityFileCounts, { tenant, selection })[0] ?? {}
        const tallies = readCsv(office365GroupsActivityGroupCounts, { tenant, selection })
        expect(count(storage['Mailbox Storage Used (Byte)'])).toBe(
          sum(existing, 'Exchange Mailbox Storage Used (Byte)'),
        )
        expect(count(storage['Site Storage Used (Byte)'])).toBe(sum(existing, 'SharePoint Site Storage Used (Byte)'))
        expect(count(files.Total)).toBe(sum(existing, 'SharePoint Total File Count'))
        expect(count(tallies[0]?.Total)).toBe(existing.length)
        expect(tallies).toHaveLength(period)
      }),
      { numRuns: 10 },
    )
  })

  it('owners are tenant users, nearly all in the active-users Detail; a team’s active users never exceed its group’s members', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), (seed, period) => {
        const tenant = tenantOf(seed)
        const selection = { period }
        const users = new Set(
          readCsv(office365ActiveUserDetail, { tenant, selection }).map((row) => row['User Principal Name']),
        )
        const groups = readCsv(office365GroupsActivityDetail, { tenant, selection })
        expect(groups.length).toBeGreaterThan(0)
        const tenantUsers = new Set([...tenant.users()].map((user) => user.userPrincipalName))
        for (const row of groups) expect(tenantUsers.has(row['Owner Principal Name'] as string)).toBe(true)
        // A group of unlicensed members only has an owner the active-users Detail does not list: a few.
        const listed = groups.filter((row) => users.has(row['Owner Principal Name'])).length
        expect(listed).toBeGreaterThanOrEqual(groups.length * 0.8)
        const members = new Map(groups.map((row) => [row['Group Id'], count(row['Member Count'])]))
        const guests = new Map(groups.map((row) => [row['Group Id'], count(row['External Member Count'])]))
        const teams = readCsv(teamsTeamActivityDetail, { tenant, selection })
        for (const team of teams) {
          expect(count(team['Active Users'])).toBeLessThanOrEqual(members.get(team['Team Id']) as number)
          expect(count(team.Guests)).toBeLessThanOrEqual(guests.get(team['Team Id']) as number)
          expect(count(team['Channel Messages'])).toBe(count(team['Post Messages']) + count(team['Reply Messages']))
        }
        const distribution = readCsv(teamsTeamActivityDistributionCounts, { tenant, selection })[0] ?? {}
        for (const header of TEAM_COLUMNS) expect(count(distribution[header])).toBe(sum(teams, header))
      }),
      { numRuns: 10 },
    )
  })

  it('an Engage community’s messages are its Groups Detail row’s Yammer columns', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...PERIODS), (seed, period) => {
        const tenant = tenantOf(seed)
        const selection = { period }
        const byName = new Map(
          readCsv(office365GroupsActivityDetail, { tenant, selection }).map((row) => [row['Group Display Name'], row]),
        )
        const engage = readCsv(yammerGroupsActivityDetail, { tenant, selection })
        const from = tenant.refreshDate - period + 1
        const communities = [...tenantGroups(tenant).groups()].filter(
          (group) => group.isEngage && (group.deletedDate === null || group.deletedDate > from),
        )
        expect(engage.length).toBe(communities.length)
        for (const row of engage) {
          const group = byName.get(row['Group Display Name']) as Record<string, string>
          expect(count(row['Posted Count'])).toBe(count(group['Yammer Posted Message Count']))
          expect(count(row['Read Count'])).toBe(count(group['Yammer Read Message Count']))
          expect(count(row['Liked Count'])).toBe(count(group['Yammer Liked Message Count']))
          expect(row['Group Type']).toBe(group['Group Type']?.toLowerCase())
          expect(row['Owner Principal Name']).toBe(group['Owner Principal Name'])
          expect(row['Office 365 Connected']).toBe('Yes')
        }
      }),
      { numRuns: 10 },
    )
  })

  it('conceals a group’s name with one token in every report, its owner as the user reports do, ids as zero', () => {
    const tenant = tenantOf(7)
    const request = { tenant, selection: { period: 30 as const }, concealNames: true }
    const users = readCsv(office365ActiveUserDetail, request).map((row) => row['User Principal Name'])
    const listed = (owner: string | undefined) => users.includes(owner)
    const groups = readCsv(office365GroupsActivityDetail, request)
    const teams = readCsv(teamsTeamActivityDetail, request)
    const engage = readCsv(yammerGroupsActivityDetail, request)
    const names = new Set(groups.map((row) => row['Group Display Name']))
    for (const row of groups) {
      expect(row['Group Display Name']).toMatch(/^[0-9A-F]{32}$/)
      expect(row['Group Id']).toBe('00000000-0000-0000-0000-000000000000')
      expect(row['Owner Principal Name']).toMatch(/^[0-9A-F]{32}$/)
    }
    expect(groups.filter((row) => listed(row['Owner Principal Name'])).length).toBeGreaterThan(groups.length * 0.8)
    for (const row of teams) {
      expect(names.has(row['Team Name'])).toBe(true)
      expect(row['Team Id']).toBe('00000000-0000-0000-0000-000000000000')
    }
    for (const row of engage) expect(names.has(row['Group Display Name'])).toBe(true)
    const plain = readCsv(office365GroupsActivityDetail, { ...request, concealNames: false })
    expect(plain.map((row) => row['Group Display Name'])).not.toContain(groups[0]?.['Group Display Name'])
  })
})
