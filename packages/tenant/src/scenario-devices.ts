import { SKYPE_DEVICES } from './skype-devices'
import { TEAMS_DEVICE_MODEL, TEAMS_DEVICES } from './teams-device-usage'
import type { WorkloadModel } from './workload-activity'
import { YAMMER_DEVICES } from './yammer-devices'

/** The services whose devices a scenario can list, each with its device names (tenant.schema.json's `devices`). */
export const DEVICE_WORKLOADS = {
  teams: TEAMS_DEVICES,
  yammer: YAMMER_DEVICES,
  skypeForBusiness: SKYPE_DEVICES,
} as const

export type DeviceWorkload = keyof typeof DEVICE_WORKLOADS

/** As a scenario file lists them: per service, the devices the user works on. */
export type DeviceLists = Partial<Record<DeviceWorkload, readonly string[]>>

/** As the tenant holds them: per service, a bitmask over its device list. */
export type DeviceMasks = Partial<Record<DeviceWorkload, number>>

export function deviceMasks(lists: DeviceLists | undefined): DeviceMasks | undefined {
  if (!lists) return undefined
  const masks: DeviceMasks = {}
  for (const [workload, names] of Object.entries(lists) as [DeviceWorkload, readonly string[]][]) {
    const devices: readonly string[] = DEVICE_WORKLOADS[workload]
    masks[workload] = names.reduce((mask, name) => mask | (1 << devices.indexOf(name)), 0)
  }
  return masks
}

/** The lists a scenario file would hold for `deviceMasks`' result, in each service's device order. */
export function deviceLists(masks: DeviceMasks): DeviceLists {
  const lists: DeviceLists = {}
  for (const [workload, mask] of Object.entries(masks) as [DeviceWorkload, number][]) {
    lists[workload] = DEVICE_WORKLOADS[workload].filter((_, device) => (mask >>> device) & 1)
  }
  return lists
}

/**
 * The Teams clients as the device model's rates: one day's use on every Teams-active day for each
 * client listed, none for the others. Teams draws its clients day by day (a main one, a phone now
 * and then), where Viva Engage and Skype for Business draw one set of devices per user.
 */
export function teamsDeviceRates(mask: number | undefined): [WorkloadModel, Float64Array] | undefined {
  if (mask === undefined) return undefined
  return [TEAMS_DEVICE_MODEL, Float64Array.from(TEAMS_DEVICES, (_, device) => (mask >>> device) & 1)]
}
