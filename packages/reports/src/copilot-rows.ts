import { CopilotUsage, type Day, isCopilotUser } from '@fake-graph/tenant'
import { nameConcealer } from './concealed-name'
import { ANY_USE, type CopilotSurface } from './copilot-surfaces'
import type { AddUser } from './day-tally'
import { IDLE, type Idle, USERS_PER_IDLE } from './idle'
import { periodOf } from './period-of'
import type { Period, ReportRequest } from './report-request'

/**
 * Copilot's telemetry is a day behind the other reports (72 hours at most: spec §2.3), so its
 * refresh date is the tenant's less one day.
 */
export const COPILOT_EXTRA_LAG_DAYS = 1

/** One Copilot-licensed user of the Detail, with what its columns show worked out once. */
export interface CopilotUserRow {
  readonly index: number
  readonly refreshDate: Day
  readonly userPrincipalName: string
  readonly displayName: string
  readonly period: Period
  readonly lastActivityDate: Day | null
  /** Per surface asked for, the last day of use up to the refresh date, or null. */
  readonly lastUse: readonly (Day | null)[]
  /** Per prompt surface asked for, the prompts submitted in the period. */
  readonly prompts: readonly number[]
  /** Days in the period with any use of Copilot. */
  readonly activeDays: number
}

/** What a Detail row is worked out for: its last-use and prompt columns. */
export interface CopilotDetailShape {
  readonly lastUse: readonly CopilotSurface[]
  readonly prompts: readonly CopilotSurface[]
  /** The report version's periods, which `period='ALL'` lists each user once per. */
  readonly periods: readonly Period[]
}

/** The refresh date, period and first day of a Copilot report's window. */
export function copilotWindow(request: ReportRequest, report: string) {
  const period = periodOf(report, request.selection)
  const refreshDate = request.tenant.refreshDate - (request.copilotDelayDays ?? COPILOT_EXTRA_LAG_DAYS)
  return { period, refreshDate, from: refreshDate - period + 1 }
}

/**
 * The periods a Copilot report renders, in order: the one asked for, or for `period='ALL'` every
 * period its version supports ("report usage for 7, 30, 90, and 180 days", docs/usage-reports.md §12).
 */
export function copilotPeriods(
  request: ReportRequest,
  report: string,
  supported: readonly Period[],
): readonly Period[] {
  const { selection } = request
  return 'period' in selection && selection.allPeriods ? supported : [periodOf(report, selection)]
}

/**
 * The Detail's users: every user who holds a Copilot licence and is not deleted, whether or not
 * they used it (spec §1.18: the reports cover licensed users only). For `ALL`, a row per period
 * of each user in turn, their last use the same in each.
 */
export function* copilotUserRows(
  request: ReportRequest,
  report: string,
  shape: CopilotDetailShape,
  start = 0,
): Generator<CopilotUserRow | Idle> {
  const { tenant } = request
  const { refreshDate } = copilotWindow(request, report)
  const periods = copilotPeriods(request, report, shape.periods)
  const conceal = request.concealNames ? nameConcealer(tenant) : undefined
  let index = Math.max(0, start)
  let passed = 0
  for (const user of tenant.users(index)) {
    const at = index++
    if (!isCopilotUser(user)) {
      if (++passed % USERS_PER_IDLE === 0) yield IDLE
      continue
    }
    const usage = new CopilotUsage(user, tenant.firstDay)
    const userPrincipalName = conceal ? conceal('userPrincipalName', user.id) : user.userPrincipalName
    const displayName = conceal ? conceal('displayName', user.id) : user.displayName
    const lastActivityDate = usage.lastUse(ANY_USE, refreshDate)
    const lastUse = shape.lastUse.map((surface) => usage.lastUse(surface.bits, refreshDate))
    for (const period of periods) {
      const from = refreshDate - period + 1
      yield {
        index: at,
        refreshDate,
        userPrincipalName,
        displayName,
        period,
        lastActivityDate,
        lastUse,
        prompts: shape.prompts.map((surface) => promptsIn(usage, surface.bits, from, refreshDate)),
        activeDays: shape.prompts.length === 0 ? 0 : activeDaysIn(usage, from, refreshDate),
      }
    }
  }
}

/**
 * Adds a licensed user to a tally of `2 × surfaces + 1` lanes per slot: each surface's enabled
 * users, then its active users, then the prompts. A slot is a day of `[from, to]`, or the whole
 * window when `perDay` is false. A surface's enabled users held the licence by then and may use
 * one of its apps; its active users used one then.
 */
export function addCopilotUser(
  firstDay: Day,
  surfaces: readonly CopilotSurface[],
  from: Day,
  to: Day,
  perDay: boolean,
): AddUser {
  const count = surfaces.length
  const prompts = 2 * count
  const lanes = prompts + 1
  const used = new Uint8Array(count)
  return (user, tally) => {
    if (!isCopilotUser(user)) return
    const usage = new CopilotUsage(user, firstDay)
    const enabled = surfaces.map((surface) => surface.apps.some((app) => usage.enabledFor(app)))
    used.fill(0)
    for (let day = from; day <= to; day++) {
      const base = perDay ? (day - from) * lanes : 0
      const bits = usage.usedBits(day)
      for (let s = 0; s < count; s++) {
        const active = (bits & (surfaces[s] as CopilotSurface).bits) !== 0
        if (perDay) {
          if (enabled[s] && usage.since <= day) tally[base + s] = (tally[base + s] as number) + 1
          if (active) tally[base + count + s] = (tally[base + count + s] as number) + 1
        } else if (active) used[s] = 1
      }
      if (bits !== 0) tally[base + prompts] = (tally[base + prompts] as number) + usage.prompts(ANY_USE, day)
    }
    if (perDay) return
    for (let s = 0; s < count; s++) {
      if (enabled[s] && usage.since <= to) tally[s] = (tally[s] as number) + 1
      tally[count + s] = (tally[count + s] as number) + (used[s] as number)
    }
  }
}

function promptsIn(usage: CopilotUsage, bits: number, from: Day, to: Day): number {
  let prompts = 0
  for (let day = from; day <= to; day++) prompts += usage.prompts(bits, day)
  return prompts
}

function activeDaysIn(usage: CopilotUsage, from: Day, to: Day): number {
  let days = 0
  for (let day = from; day <= to; day++) if (usage.usedBits(day) !== 0) days++
  return days
}
