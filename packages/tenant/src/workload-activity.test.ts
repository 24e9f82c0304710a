import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EMAIL_MODEL } from './email-activity'
import { generateTenant } from './generate-tenant'
import { ONEDRIVE_MODEL } from './onedrive-activity'
import { SERVICES } from './services'
import { SHAREPOINT_MODEL } from './sharepoint-activity'
import { SKYPE_MODEL, SKYPE_SESSIONS } from './skype-activity'
import { TEAMS_MODEL, teamsLane } from './teams-activity'
import { TEAMS_DEVICE_MODEL, TEAMS_DEVICES } from './teams-device-usage'
import {
  activeDays,
  floorLaneOf,
  lastDaysOfLanes,
  workloadCounter,
  workloadTotals,
  workloadTotalsThrough,
} from './workload-activity'
import { YAMMER_MODEL } from './yammer-activity'

const now = new Date('2026-11-27T00:00:00Z')
const MODELS = [
  EMAIL_MODEL,
  ONEDRIVE_MODEL,
  SHAREPOINT_MODEL,
  TEAMS_MODEL,
  TEAMS_DEVICE_MODEL,
  YAMMER_MODEL,
  SKYPE_MODEL,
]

describe.each(MODELS.map((model) => [`${model.service} (${model.lanes} lanes)`, model] as const))(
  '%s counts per user and day',
  (_, model) => {
    const bit = 1 << SERVICES.indexOf(model.service)

    it('exist exactly on the workload’s active days, the floor lane at least one, and sum to the span totals', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: 170 }), (seed, back) => {
          const tenant = generateTenant({ seed, users: 30, now })
          const out = new Int32Array(model.lanes)
          const from = tenant.refreshDate - back
          const wrong: string[] = []
          for (const user of tenant.users()) {
            const counter = workloadCounter(model, user, tenant.firstDay)
            const floorLane = floorLaneOf(model, user)
            const summed = new Array(model.lanes).fill(0)
            for (let day = tenant.firstDay; day <= tenant.refreshDate; day++) {
              const active = ((user.activity[day - tenant.firstDay] as number) & bit) !== 0
              const counted = counter(day, out)
              const fine = active ? counted && (out[floorLane] as number) >= 1 : !counted && out.every((n) => n === 0)
              if (!fine) wrong.push(`${user.userPrincipalName} on day ${day}: ${[...out]}`)
              if (day >= from) for (let lane = 0; lane < model.lanes; lane++) summed[lane] += out[lane] as number
            }
            expect(workloadTotals(model, user, tenant.firstDay, from, tenant.refreshDate)).toEqual(summed)
          }
          expect(wrong).toEqual([])
        }),
        { numRuns: 15 },
      )
    })
  },
)

describe.each(MODELS.map((model) => [model.service, model] as const))('%s totals through two days', (_, model) => {
  it('are the totals of each span from the window start, computed apart', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: -20, max: 215 }),
        fc.integer({ min: 0, max: 215 }),
        (seed, a, b) => {
          const tenant = generateTenant({ seed, users: 40, now })
          const early = tenant.firstDay + Math.min(a, b)
          const late = tenant.firstDay + Math.max(a, b)
          for (const user of tenant.users())
            expect(workloadTotalsThrough(model, user, tenant.firstDay, early, late)).toEqual([
              workloadTotals(model, user, tenant.firstDay, tenant.firstDay, early),
              workloadTotals(model, user, tenant.firstDay, tenant.firstDay, late),
            ])
        },
      ),
      { numRuns: 20 },
    )
  })
})

describe('two workloads of one user', () => {
  it('draw independently: OneDrive and SharePoint file views differ for users active in both', () => {
    const tenant = generateTenant({ seed: 42, users: 200, now })
    const pairs = [...tenant.users()].map((user) => [
      workloadTotals(ONEDRIVE_MODEL, user, tenant.firstDay, tenant.firstDay, tenant.refreshDate)[0],
      workloadTotals(SHAREPOINT_MODEL, user, tenant.firstDay, tenant.firstDay, tenant.refreshDate)[0],
    ])
    const both = pairs.filter(([a, b]) => (a as number) > 0 && (b as number) > 0)
    expect(both.length).toBeGreaterThan(20)
    expect(both.filter(([a, b]) => a === b).length).toBeLessThan(both.length / 10)
  })
})

describe('Teams counts', () => {
  const tenant = generateTenant({ seed: 7, users: 300, now })
  const totals = [...tenant.users()].map((user) =>
    workloadTotals(TEAMS_MODEL, user, tenant.firstDay, tenant.firstDay, tenant.refreshDate),
  )
  const at = (row: number[], action: Parameters<typeof teamsLane>[0]) => row[teamsLane(action)] as number

  it('hold their sums: team chat is posts plus replies, meetings organized include each kind, audio covers video', () => {
    const wrong = totals.filter(
      (row) =>
        at(row, 'teamChatMessages') !== at(row, 'postMessages') + at(row, 'replyMessages') ||
        at(row, 'meetings') !== at(row, 'meetingsOrganized') + at(row, 'meetingsAttended') ||
        at(row, 'meetingsOrganized') <
          at(row, 'adHocMeetingsOrganized') +
            at(row, 'scheduledOneTimeMeetingsOrganized') +
            at(row, 'scheduledRecurringMeetingsOrganized') ||
        at(row, 'audioSeconds') < at(row, 'videoSeconds'),
    )
    expect(wrong).toEqual([])
    expect(totals.filter((row) => at(row, 'meetingsOrganized') > 0).length).toBeGreaterThan(50)
    expect(totals.filter((row) => at(row, 'audioSeconds') > 3600).length).toBeGreaterThan(50)
  })

  it('give each user a main client, mostly Windows, on every Teams-active day', () => {
    const mains = [...tenant.users()].map((user) => TEAMS_DEVICES[floorLaneOf(TEAMS_DEVICE_MODEL, user)])
    const windows = mains.filter((name) => name === 'windows').length
    expect(windows).toBeGreaterThan(mains.length * 0.5)
    expect(windows).toBeLessThan(mains.length * 0.75)
    expect(new Set(mains).size).toBeGreaterThanOrEqual(4)
  })
})

describe('the last days of groups of lanes', () => {
  it('is the last day on or before the date whose counts in those lanes rose, found by walking every day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: 200 }), (seed, back) => {
        const tenant = generateTenant({ seed, users: 60, now })
        const asOf = tenant.refreshDate - back
        const out = new Int32Array(SKYPE_MODEL.lanes)
        for (const user of tenant.users()) {
          const counter = workloadCounter(SKYPE_MODEL, user, tenant.firstDay)
          const last = Object.values(SKYPE_SESSIONS).map(() => null as number | null)
          let days = 0
          for (let day = tenant.firstDay; day <= asOf; day++) {
            if (!counter(day, out)) continue
            days++
            Object.values(SKYPE_SESSIONS).forEach((lanes, i) => {
              if (lanes.some((lane) => (out[lane] as number) > 0)) last[i] = day
            })
          }
          const found = lastDaysOfLanes(SKYPE_MODEL, user, tenant.firstDay, asOf, Object.values(SKYPE_SESSIONS))
          expect(found).toEqual(last)
          expect(activeDays(SKYPE_MODEL, user, tenant.firstDay, tenant.firstDay, asOf)).toBe(days)
        }
      }),
      { numRuns: 15 },
    )
  })
})
