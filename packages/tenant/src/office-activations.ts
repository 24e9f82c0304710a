import type { Day } from './day'
import { officeAppsProductType, officeAppsUser, PLATFORM_MASKS } from './office-apps'
import type { TenantUser } from './tenant'
import { unit } from './workload-activity'

/** The activation report's devices, in the Detail's column order (spec §1.2). */
export const ACTIVATION_DEVICES = ['windows', 'mac', 'windows10Mobile', 'ios', 'android'] as const
export type ActivationDevice = (typeof ACTIVATION_DEVICES)[number]

/** Add-ons activated apart from the suite, with the product type they report under [U]. */
const ADD_ON_TYPES: ReadonlyMap<string, string> = new Map([
  ['PROJECT PLAN 3', 'PROJECT'],
  ['VISIO PLAN 2', 'VISIO'],
])

/** The product types in the order the reports list them. */
export const ACTIVATION_PRODUCT_TYPES = [
  'MICROSOFT 365 APPS FOR ENTERPRISE',
  'MICROSOFT 365 APPS FOR BUSINESS',
  'PROJECT',
  'VISIO',
] as const

/** One user's activations of one product type. */
export interface Activation {
  readonly productType: string
  /** Devices activated, one per `ACTIVATION_DEVICES`. */
  readonly devices: readonly number[]
  readonly sharedComputer: boolean
  /** The latest activation, or null for a licence never activated. */
  readonly lastActivatedDate: Day | null
}

const SALT = 0x6163_7476
/** How far back a last activation may lie: about a year, most of them recent. */
const ACTIVATION_HISTORY_DAYS = 365

/**
 * A user's activations, one per product type held, from the workload seed alone. A deleted user
 * has none, nor does a user without a licence that activates. Each platform the apps reports show
 * the user on has a device activated (the web needs none), so the two families agree [I].
 */
export function officeActivations(user: TenantUser, refreshDate: Day): Activation[] {
  if (user.isDeleted) return []
  const seed = (user.workloadSeed ^ SALT) | 0
  const activations: Activation[] = []
  const assigned = licensedSince(user)
  const suite = officeAppsProductType(user)
  if (suite) {
    const { adopted } = officeAppsUser(user)
    const on = (platform: number) => (adopted & (PLATFORM_MASKS[platform] as number)) !== 0
    const extra = (stream: number) => (unit(seed, stream) < 0.3 ? 1 : 0) + (unit(seed, stream + 1) < 0.08 ? 1 : 0)
    const windows = on(0) ? 1 + extra(1) : 0
    const mac = on(1) ? 1 + (unit(seed, 4) < 0.1 ? 1 : 0) : 0
    const phone = on(2)
    const ios = phone && unit(seed, 5) < 0.55 ? 1 + (unit(seed, 6) < 0.25 ? 1 : 0) : 0
    const android = phone && (ios === 0 || unit(seed, 7) < 0.05) ? 1 : 0
    activations.push(activation(suite, [windows, mac, 0, ios, android], unit(seed, 8) < 0.03, seed, 9))
  }
  user.assignedProducts.forEach((product, position) => {
    const type = ADD_ON_TYPES.get(product)
    if (!type) return
    // A desktop add-on: on Windows only, and left unactivated by one holder in five.
    const stream = 20 + position * 4
    const windows = unit(seed, stream) < 0.8 ? 1 + (unit(seed, stream + 1) < 0.2 ? 1 : 0) : 0
    activations.push(activation(type, [windows, 0, 0, 0, 0], false, seed, stream + 2))
  })
  return activations

  function activation(
    productType: string,
    devices: number[],
    sharedComputer: boolean,
    seed: number,
    stream: number,
  ): Activation {
    const activated = sharedComputer || devices.some((count) => count > 0)
    const back = Math.floor(unit(seed, stream) ** 2 * ACTIVATION_HISTORY_DAYS)
    const lastActivatedDate = activated ? Math.max(assigned ?? refreshDate, refreshDate - back) : null
    return { productType, devices, sharedComputer, lastActivatedDate }
  }
}

/** The user's earliest licence: no activation comes before it. */
function licensedSince(user: TenantUser): Day | null {
  let since: Day | null = null
  for (const day of user.licenseAssignDates) if (day !== null && (since === null || day < since)) since = day
  return since
}
