import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { COUNTED_WORKLOADS, MAX_DAILY_COUNT } from './daily-counts'
import { EMAIL_MODEL } from './email-activity'
import { loadTenant } from './load-tenant'
import { TEAMS_MODEL, teamsLane } from './teams-activity'
import type { TenantUser } from './tenant'
import { toTenantRecord } from './tenant-record'
import { smallScenario } from './test-support'
import { activeDays, workloadTotals } from './workload-activity'

const schemaFile = new URL('../../../contracts/schemas/tenant.schema.json', import.meta.url)
const now = new Date('2026-11-27T00:00:00Z')

/** The small scenario, its first user (licensed for everything) given `dailyCounts`. */
const scenario = (dailyCounts: unknown, unlicensed?: string) =>
  smallScenario((adele) => Object.assign(adele, { dailyCounts }), unlicensed)

const firstUser = (dailyCounts: unknown) => {
  const tenant = loadTenant(scenario(dailyCounts), { now })
  return { tenant, user: [...tenant.users()][0] as TenantUser }
}

/** The whole window, and the days of it the user was active in the model's service. */
const windowOf = (tenant: { firstDay: number; refreshDate: number }) => [tenant.firstDay, tenant.refreshDate] as const

describe('a scenario’s daily counts (docs/usage-reports.md §21)', () => {
  it('names in tenant.schema.json exactly the actions the code can set, each bounded by MAX_DAILY_COUNT', () => {
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'))
    const documented = schema.$defs.user.properties.dailyCounts.properties
    const named = Object.fromEntries(
      Object.entries(documented as Record<string, { properties: object }>).map(([w, s]) => [
        w,
        Object.keys(s.properties),
      ]),
    )
    expect(named).toEqual(
      Object.fromEntries(Object.entries(COUNTED_WORKLOADS).map(([w, { actions }]) => [w, [...actions]])),
    )
    expect(schema.$defs.dailyCount.maximum).toBe(MAX_DAILY_COUNT)
  })

  it('makes a whole count that count on every active day, and leaves the actions it does not name as drawn', () => {
    const drawn = firstUser(undefined)
    const { tenant, user } = firstUser({ email: { send: 3, read: 20, receive: 25 } })
    const [from, to] = windowOf(tenant)
    const days = activeDays(EMAIL_MODEL, user, tenant.firstDay, from, to)
    expect(days).toBeGreaterThan(2)
    const [send, receive, read, created, interacted] = workloadTotals(EMAIL_MODEL, user, tenant.firstDay, from, to)
    expect([send, receive, read]).toEqual([3 * days, 25 * days, 20 * days])
    const before = workloadTotals(EMAIL_MODEL, drawn.user, tenant.firstDay, from, to)
    expect([created, interacted]).toEqual([before[3], before[4]])
    // Each day too, not only the sum: the last active day alone.
    const last = user.lastActivityDates[0] as number
    expect(workloadTotals(EMAIL_MODEL, user, tenant.firstDay, last, last).slice(0, 3)).toEqual([3, 25, 20])
  })

  it('spreads a fraction (0.5 is one every other active day) and counts the active-day action at least once', () => {
    const { tenant, user } = firstUser({ email: { send: 0.5, read: 0 } })
    const [from, to] = windowOf(tenant)
    const days = activeDays(EMAIL_MODEL, user, tenant.firstDay, from, to)
    const [send, , read] = workloadTotals(EMAIL_MODEL, user, tenant.firstDay, from, to)
    expect(send).toBe(Math.floor(days / 2))
    expect(read).toBe(days)
  })

  it('sums what it sets into the Teams totals: meetings, and the audio seconds of calls and meetings', () => {
    const set = { calls: 2, scheduledRecurringMeetingsAttended: 3, adHocMeetingsOrganized: 1 }
    const { tenant, user } = firstUser({ teams: set })
    const [from, to] = windowOf(tenant)
    const days = activeDays(TEAMS_MODEL, user, tenant.firstDay, from, to)
    expect(days).toBeGreaterThan(0)
    const totals = workloadTotals(TEAMS_MODEL, user, tenant.firstDay, from, to)
    const at = (action: Parameters<typeof teamsLane>[0]) => totals[teamsLane(action)] as number
    expect(at('calls')).toBe(2 * days)
    expect(at('meetingsOrganized')).toBeGreaterThanOrEqual(1 * days)
    expect(at('meetings')).toBe(at('meetingsOrganized') + at('meetingsAttended'))
    expect(at('audioSeconds')).toBeGreaterThanOrEqual(420 * at('calls') + 1500 * at('meetings'))
  })

  it('keeps every total whole and positive at the most it allows, on every active day of the window', () => {
    const all = Object.fromEntries(COUNTED_WORKLOADS.teams.actions.map((action) => [action, MAX_DAILY_COUNT]))
    const days = Array.from({ length: 210 }, (_, i) => new Date(Date.UTC(2026, 3, 30 + i)).toISOString().slice(0, 10))
    const record = smallScenario((adele) => {
      adele.dailyCounts = { teams: all }
      adele.activity = { ...adele.activity, teams: days }
    })
    const tenant = loadTenant(record, { now })
    const user = [...tenant.users()][0] as TenantUser
    const totals = workloadTotals(TEAMS_MODEL, user, tenant.firstDay, tenant.firstDay, tenant.refreshDate)
    for (const total of totals) expect(Number.isSafeInteger(total) && total >= 0 && total < 2 ** 31).toBe(true)
    expect(totals[teamsLane('audioSeconds')]).toBeGreaterThan(10 ** 9)
  })

  it('round-trips through the record, and a scenario without counts carries none', () => {
    const counts = { email: { send: 3 }, teams: { calls: 0.25 }, skypeForBusiness: { peerToPeerIm: 1 } }
    const { tenant } = firstUser(counts)
    const record = toTenantRecord(tenant)
    expect(record.users[0]?.dailyCounts).toEqual(counts)
    expect(record.users.slice(1).some((user) => 'dailyCounts' in user)).toBe(false)
    const again = loadTenant(record, { now })
    expect([...again.users()]).toStrictEqual([...tenant.users()])
  })

  it.each([
    [
      'counts for a workload without its licence',
      { teams: { calls: 1 } },
      'teams',
      /users\/0\/dailyCounts\/teams are counts for a user without a Teams licence/,
    ],
    [
      'an action it cannot set (a sum)',
      { teams: { meetings: 1 } },
      undefined,
      /users\/0\/dailyCounts\/teams\/meetings is not a known field/,
    ],
    [
      'a workload it does not know',
      { copilot: { prompts: 1 } },
      undefined,
      /users\/0\/dailyCounts\/copilot is not a known field/,
    ],
    ['a negative count', { email: { send: -1 } }, undefined, /users\/0\/dailyCounts\/email\/send must be >= 0/],
    [
      'a count past the bound',
      { email: { send: 501 } },
      undefined,
      /users\/0\/dailyCounts\/email\/send must be <= 500/,
    ],
    [
      'mail received below mail read',
      { email: { read: 5, receive: 4 } },
      undefined,
      /users\/0\/dailyCounts\/email\/receive is less than the mail read: 4/,
    ],
  ])('refuses %s, naming the field', (_, counts, unlicense, message) => {
    expect(() => loadTenant(scenario(counts, unlicense), { now })).toThrow(message)
  })
})
