import { describe, expect, it } from 'vitest'
import { generateTenant } from './generate-tenant'
import { groupLastActivity, isGroupActiveOn } from './group-activity'
import { profileOf } from './group-days'
import { groupEngageBetween, groupEngageCounts } from './group-engage'
import {
  groupEmailsReceived,
  groupEmailsReceivedBetween,
  groupMailboxItemCount,
  groupMailboxStorageUsed,
} from './group-mailbox'
import { GROUP_NAMES } from './group-names'
import {
  groupSiteActiveFileCount,
  groupSiteActiveFilesBetween,
  groupSiteFileCount,
  groupSitePageViews,
  groupSiteStorageAllocated,
  groupSiteStorageUsed,
} from './group-site'
import { TEAM_ACTIONS, TEAM_DISTINCT_LANES, teamActivityBetween, teamActivityOn } from './group-team-activity'
import { groupExistsOn, isGroupMember, type TenantGroup, tenantGroups } from './groups'
import { userAt } from './user-at'

const now = new Date('2026-11-27T00:00:00Z')
const plain = (group: TenantGroup) => ({
  ...group,
  ownerIndex: group.ownerIndex,
  ownerPrincipalName: group.ownerPrincipalName,
  ownerId: group.ownerId,
  tenant: undefined,
  owner: undefined,
})

describe('tenantGroups', () => {
  it('scales with the users, one group per 12 and All Company, none without users', () => {
    expect(tenantGroups(generateTenant({ seed: 1, users: 250, now })).count).toBe(22)
    expect(tenantGroups(generateTenant({ seed: 1, users: 0, now })).count).toBe(0)
    expect(tenantGroups(generateTenant({ seed: 1, users: 1_000_000, now })).count).toBe(83_335)
    expect(tenantGroups(generateTenant({ seed: 1, users: 250, now }), { usersPerGroup: 50 }).count).toBe(6)
    expect(() => tenantGroups(generateTenant({ seed: 1, users: 5, now }), { usersPerGroup: 0 })).toThrow(RangeError)
  })

  it('derives the same groups for the same tenant, held or lazy, and others for another seed', () => {
    const a = [...tenantGroups(generateTenant({ seed: 7, users: 300, now, lazy: false })).groups()].map(plain)
    const b = [...tenantGroups(generateTenant({ seed: 7, users: 300, now, lazy: true })).groups()].map(plain)
    const c = [...tenantGroups(generateTenant({ seed: 8, users: 300, now })).groups()].map(plain)
    expect(b).toStrictEqual(a)
    expect(c.map((group) => group.id)).not.toEqual(a.map((group) => group.id))
  })

  it('passes over the groups from an index as the tail of a whole pass, and reads one alone', () => {
    const groups = tenantGroups(generateTenant({ seed: 3, users: 400, now }))
    const all = [...groups.groups()].map(plain)
    expect([...groups.groups(30)].map(plain)).toStrictEqual(all.slice(30))
    expect(plain(groups.group(12))).toStrictEqual(all[12])
    expect([...groups.groups(groups.count)]).toEqual([])
  })

  it('gives distinct names, ids and site URLs, All Company first with every user', () => {
    const tenant = generateTenant({ seed: 5, users: 12 * (GROUP_NAMES - 1), now })
    const groups = [...tenantGroups(tenant).groups()]
    expect(groups[0]?.displayName).toBe('All Company')
    expect(groups[0]?.memberCount).toBe(tenant.userCount)
    expect(new Set(groups.map((group) => group.displayName)).size).toBe(groups.length)
    expect(new Set(groups.map((group) => group.id)).size).toBe(groups.length)
    expect(new Set(groups.map((group) => group.site.url)).size).toBe(groups.length)
    for (const group of groups) {
      expect(group.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      expect(group.site.url).toMatch(/^https:\/\/[a-z0-9]+\.sharepoint\.com\/sites\/[A-Za-z0-9]+$/)
    }
  })

  it('has members to match its count, the owner among them a live tenant user', () => {
    const tenant = generateTenant({ seed: 11, users: 500, now })
    const users = [...tenant.users()]
    for (const group of tenantGroups(tenant).groups()) {
      const members = users.filter((_, index) => isGroupMember(group, index, tenant.userCount))
      expect(members).toHaveLength(group.memberCount)
      expect(isGroupMember(group, group.ownerIndex, tenant.userCount)).toBe(true)
      const owner = users[group.ownerIndex]
      expect(group.ownerPrincipalName).toBe(owner?.userPrincipalName)
      expect(group.ownerId).toBe(owner?.id)
      expect(userAt(tenant, group.ownerIndex)).toBe(owner)
      if (members.slice(0, 8).some((user) => !user.isDeleted)) expect(owner?.isDeleted).toBe(false)
      expect(group.memberCount).toBeLessThanOrEqual(tenant.userCount)
    }
  })

  it('deletes a few groups within the last 30 days, after they were created', () => {
    const tenant = generateTenant({ seed: 2, users: 20_000, now })
    const groups = [...tenantGroups(tenant).groups()]
    const deleted = groups.filter((group) => group.isDeleted)
    expect(deleted.length).toBeGreaterThan(groups.length * 0.01)
    expect(deleted.length).toBeLessThan(groups.length * 0.06)
    for (const group of deleted) {
      expect(group.deletedDate).toBeGreaterThan(group.createdDate)
      expect(group.deletedDate).toBeGreaterThan(tenant.refreshDate - 30)
      expect(groupExistsOn(group, group.deletedDate as number)).toBe(false)
      expect(groupExistsOn(group, (group.deletedDate as number) - 1)).toBe(true)
    }
    const teams = groups.filter((group) => group.isTeam).length
    expect(teams / groups.length).toBeGreaterThan(0.55)
    expect(teams / groups.length).toBeLessThan(0.75)
  })
})

describe('group facts by day', () => {
  const tenant = generateTenant({ seed: 42, users: 1_200, now })
  const groups = [...tenantGroups(tenant).groups()]
  const days = Array.from({ length: 60 }, (_, i) => tenant.refreshDate - 59 + i)

  it('keeps site files from falling, active files within them and storage within its allocation', () => {
    for (const group of groups) {
      let files = 0
      for (const day of days) {
        const now = groupSiteFileCount(group, day)
        expect(now).toBeGreaterThanOrEqual(files)
        files = now
        expect(groupSiteActiveFileCount(group, day)).toBeLessThanOrEqual(now)
        expect(groupSiteStorageUsed(group, day)).toBeLessThanOrEqual(groupSiteStorageAllocated(group))
        const { visitedPages, pageViews } = groupSitePageViews(group, day)
        expect(pageViews).toBeGreaterThanOrEqual(visitedPages)
        expect(visitedPages > 0).toBe(groupSiteActiveFileCount(group, day) > 0)
      }
      expect(groupSiteFileCount(group, group.createdDate - 1)).toBe(0)
      expect(groupSiteStorageUsed(group, group.createdDate - 1)).toBe(0)
    }
  })

  it('files its mail: the items rise by the mail received that day', () => {
    for (const group of groups) {
      for (const day of days) {
        const rise = groupMailboxItemCount(group, day) - groupMailboxItemCount(group, day - 1)
        if (day !== group.createdDate) expect(rise).toBe(groupEmailsReceived(group, day))
      }
      expect(groupMailboxStorageUsed(group, group.createdDate - 1)).toBe(0)
      expect(groupMailboxStorageUsed(group, tenant.refreshDate)).toBeGreaterThan(0)
    }
  })

  it('sums a span in one step as the days add up', () => {
    const from = days[0] as number
    const to = days[days.length - 1] as number
    for (const group of groups) {
      const perDay = { mail: 0, files: 0, engage: [0, 0, 0] }
      const day3 = [0, 0, 0]
      for (const day of days) {
        perDay.mail += groupEmailsReceived(group, day)
        perDay.files += groupSiteActiveFileCount(group, day)
        groupEngageCounts(group, day, day3)
        day3.forEach((n, lane) => {
          perDay.engage[lane] = (perDay.engage[lane] as number) + n
        })
      }
      expect(groupEmailsReceivedBetween(group, from, to)).toBe(perDay.mail)
      expect(groupSiteActiveFilesBetween(group, from, to)).toBe(perDay.files)
      const span = [0, 0, 0]
      groupEngageBetween(group, from, to, span)
      expect(span).toEqual(perDay.engage)
    }
  })

  it("sums a team's days over any span, and counts its people and channels as the days see them", () => {
    let active = 0
    let aroundDeletion = 0
    for (const [at, group] of groups.entries()) {
      // Spans around the group's creation and its deletion, one a day long and one empty, and one
      // elsewhere in the window.
      const elsewhere = tenant.refreshDate - 200 + ((at * 37) % 190)
      const spans: [number, number][] = [
        [group.createdDate - 10, group.createdDate + 40],
        [group.createdDate, group.createdDate],
        [group.createdDate + 5, group.createdDate + 4],
        [elsewhere, elsewhere - 1 + ((at * 53) % 120)],
      ]
      if (group.deletedDate !== null) spans.push([group.deletedDate - 20, group.deletedDate + 5])
      for (const [from, to] of spans) {
        const days: number[][] = []
        for (let day = from; day <= to; day++) {
          const lanes = TEAM_ACTIONS.map(() => 0)
          teamActivityOn(group, day, lanes)
          if (lanes.some((n) => n > 0)) days.push(lanes)
        }
        active += days.length
        if (group.deletedDate !== null && group.isTeam && from < group.deletedDate && days.length > 0) aroundDeletion++
        const span = TEAM_ACTIONS.map(() => -1)
        teamActivityBetween(group, from, to, span)
        const { channels, sharedChannels } = profileOf(group)
        const caps = [group.memberCount, channels, group.externalMemberCount, sharedChannels, 5]
        for (const lane of TEAM_ACTIONS.keys()) {
          const seen = days.map((lanes) => lanes[lane] as number)
          const distinct = TEAM_DISTINCT_LANES.indexOf(lane)
          if (distinct < 0) {
            expect(span[lane]).toBe(seen.reduce((sum, n) => sum + n, 0))
            continue
          }
          // Never fewer than the busiest day saw, never more than there are; and the share of them
          // no day saw shrinks by each day's share.
          const cap = caps[distinct] as number
          const busiest = Math.max(0, ...seen)
          expect(span[lane]).toBeGreaterThanOrEqual(busiest)
          expect(span[lane]).toBeLessThanOrEqual(Math.max(busiest, cap))
          const unseen = cap > 0 ? seen.reduce((share, n) => share * (1 - Math.min(1, n / cap)), 1) : 1
          expect(span[lane]).toBe(Math.max(busiest, Math.min(cap, Math.round(cap * (1 - unseen)))))
        }
      }
    }
    expect(active).toBeGreaterThan(100)
    expect(aroundDeletion).toBeGreaterThan(0)
  })

  it('does nothing once deleted, and dates its last activity on an active day with none after', () => {
    let withActivity = 0
    for (const group of groups) {
      if (group.deletedDate !== null) expect(isGroupActiveOn(group, group.deletedDate)).toBe(false)
      const last = groupLastActivity(group, tenant.refreshDate)
      if (last === null) continue
      withActivity++
      expect(isGroupActiveOn(group, last)).toBe(true)
      for (let day = last + 1; day <= tenant.refreshDate; day++) expect(isGroupActiveOn(group, day)).toBe(false)
    }
    expect(withActivity).toBeGreaterThan(groups.length / 2)
  })
})
