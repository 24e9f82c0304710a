import { EMAIL_ACTIONS, EMAIL_MODEL } from './email-activity'
import { ONEDRIVE_ACTIONS, ONEDRIVE_MODEL } from './onedrive-activity'
import { type DeviceMasks, teamsDeviceRates } from './scenario-devices'
import { SHAREPOINT_ACTIONS, SHAREPOINT_MODEL } from './sharepoint-activity'
import { SKYPE_ACTIONS, SKYPE_MODEL } from './skype-activity'
import { TEAMS_ACTIONS, TEAMS_MODEL } from './teams-activity'
import type { WorkloadModel } from './workload-activity'
import { YAMMER_ACTIONS, YAMMER_MODEL } from './yammer-activity'

/**
 * The workloads whose counts a scenario can set, each with the actions it may name: every lane
 * drawn for a user, not the sums of others (Teams meetings, durations) nor the spread that makes
 * durations vary. The names are tenant.schema.json's `dailyCounts`.
 */
export const COUNTED_WORKLOADS = {
  email: { model: EMAIL_MODEL, actions: EMAIL_ACTIONS },
  oneDrive: { model: ONEDRIVE_MODEL, actions: ONEDRIVE_ACTIONS },
  sharePoint: { model: SHAREPOINT_MODEL, actions: SHAREPOINT_ACTIONS },
  teams: {
    model: TEAMS_MODEL,
    actions: TEAMS_ACTIONS.filter(
      (action, lane) =>
        !TEAMS_MODEL.sums?.some((sum) => sum.lane === lane) &&
        !action.endsWith('ExtraSeconds') &&
        action !== 'otherActions',
    ),
  },
  yammer: { model: YAMMER_MODEL, actions: YAMMER_ACTIONS },
  skypeForBusiness: { model: SKYPE_MODEL, actions: SKYPE_ACTIONS },
} as const satisfies Record<string, { model: WorkloadModel; actions: readonly string[] }>

export type CountedWorkload = keyof typeof COUNTED_WORKLOADS

/** As a scenario file writes them: per workload, per action, how many on each active day. */
export type DailyCounts = Partial<Record<CountedWorkload, Readonly<Record<string, number>>>>

/** The most a scenario may set an action to a day: Teams' call seconds over the window still fit 32 bits. */
export const MAX_DAILY_COUNT = 500

/**
 * Per model, one rate per lane, NaN where the scenario left the drawn one: what `WorkloadTotals`
 * reads, from the counts and the Teams clients a scenario sets. Undefined when the user sets
 * neither, so that generated users carry nothing.
 */
export function dailyRates(
  counts: DailyCounts | undefined,
  devices: DeviceMasks | undefined,
): ReadonlyMap<WorkloadModel, Float64Array> | undefined {
  const rates = new Map<WorkloadModel, Float64Array>()
  const teamsDevices = teamsDeviceRates(devices?.teams)
  if (teamsDevices) rates.set(...teamsDevices)
  for (const [workload, actions] of Object.entries(counts ?? {}) as [CountedWorkload, Record<string, number>][]) {
    const { model } = COUNTED_WORKLOADS[workload]
    const names: readonly string[] = laneNames(workload)
    const lanes = new Float64Array(model.lanes).fill(Number.NaN)
    for (const [action, count] of Object.entries(actions)) lanes[names.indexOf(action)] = count
    rates.set(model, lanes)
  }
  return rates.size > 0 ? rates : undefined
}

/** Every lane's name of a workload, settable or not: the lane of an action is its index here. */
function laneNames(workload: CountedWorkload): readonly string[] {
  return workload === 'teams' ? TEAMS_ACTIONS : COUNTED_WORKLOADS[workload].actions
}

/** The counts a scenario file would hold for `dailyRates`' result, if it set any: what `toUserRecord` writes back. */
export function dailyCountsOf(rates: ReadonlyMap<WorkloadModel, Float64Array> | undefined): DailyCounts | undefined {
  if (!rates) return undefined
  let counts: Partial<Record<CountedWorkload, Record<string, number>>> | undefined
  for (const workload of Object.keys(COUNTED_WORKLOADS) as CountedWorkload[]) {
    const lanes = rates.get(COUNTED_WORKLOADS[workload].model)
    if (!lanes) continue
    const names = laneNames(workload)
    const actions: Record<string, number> = {}
    lanes.forEach((count, lane) => {
      if (!Number.isNaN(count)) actions[names[lane] as string] = count
    })
    counts = { ...counts, [workload]: actions }
  }
  return counts
}
