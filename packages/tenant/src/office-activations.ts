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
  const activations: Activation[] = []
  const suite = suiteActivation(user, refreshDate)
  if (suite) activations.push(suite)
  if (user.isDeleted) return activations
  const seed = (user.workloadSeed ^ SALT) | 0
  const products = user.assignedProducts
  for (let position = 0; position < products.length; position++) {
    const type = ADD_ON_TYPES.get(products[position] as string)
    if (!type) continue
    // A desktop add-on: on Windows only, and left unactivated by one holder in five.
    const stream = 20 + position * 4
    const windows = unit(seed, stream) < 0.8 ? 1 + (unit(seed, stream + 1) < 0.2 ? 1 : 0) : 0
    activations.push(activation(user, refreshDate, type, [windows, 0, 0, 0, 0], false, seed, stream + 2))
  }
  return activations
}

/**
 * The suite's activation alone, the first of `officeActivations`: what the apps Detail's Last
 * Activation Date shows, without the add-ons' draws. Undefined without the suite or once deleted.
 */
export function suiteActivation(
  user: TenantUser,
  refreshDate: Day,
  apps = officeAppsUser(user),
): Activation | undefined {
  if (user.isDeleted) return undefined
  const suite = officeAppsProductType(user)
  if (!suite) return undefined
  const seed = (user.workloadSeed ^ SALT) | 0
  const { adopted } = apps
  const windows = usesPlatform(adopted, 0) ? 1 + (unit(seed, 1) < 0.3 ? 1 : 0) + (unit(seed, 2) < 0.08 ? 1 : 0) : 0
  const mac = usesPlatform(adopted, 1) ? 1 + (unit(seed, 4) < 0.1 ? 1 : 0) : 0
  const phone = usesPlatform(adopted, 2)
  const ios = phone && unit(seed, 5) < 0.55 ? 1 + (unit(seed, 6) < 0.25 ? 1 : 0) : 0
  const android = phone && (ios === 0 || unit(seed, 7) < 0.05) ? 1 : 0
  const sharedComputer = unit(seed, 8) < 0.03
  const lastActivatedDate = suiteLastActivated(user, refreshDate, apps)
  return { productType: suite, devices: [windows, mac, 0, ios, android], sharedComputer, lastActivatedDate }
}

/** Whether the pairs `adopted` use any app on `platform` (`APP_PLATFORMS` order). */
function usesPlatform(adopted: number, platform: number): boolean {
  return (adopted & (PLATFORM_MASKS[platform] as number)) !== 0
}

/** Desktops and phones activate; the web does not. */
const ACTIVATING = (PLATFORM_MASKS[0] as number) | (PLATFORM_MASKS[1] as number) | (PLATFORM_MASKS[2] as number)

/**
 * The suite's Last Activated Date alone, for the apps Detail: two draws rather than the whole
 * activation. Activated when the user has a desktop or phone app (each has a device) or shares a
 * computer; null for a user without the suite, deleted, or who activated nothing.
 */
export function suiteLastActivated(user: TenantUser, refreshDate: Day, apps = officeAppsUser(user)): Day | null {
  if (user.isDeleted || officeAppsProductType(user) === undefined) return null
  const seed = (user.workloadSeed ^ SALT) | 0
  if ((apps.adopted & ACTIVATING) === 0 && unit(seed, 8) >= 0.03) return null
  return lastActivated(user, refreshDate, seed, 9)
}

/** A latest activation up to a year back, most of them recent, never before the first licence. */
function lastActivated(user: TenantUser, refreshDate: Day, seed: number, stream: number): Day {
  const back = Math.floor(unit(seed, stream) ** 2 * ACTIVATION_HISTORY_DAYS)
  return Math.max(licensedSince(user) ?? refreshDate, refreshDate - back)
}

function activation(
  user: TenantUser,
  refreshDate: Day,
  productType: string,
  devices: number[],
  sharedComputer: boolean,
  seed: number,
  stream: number,
): Activation {
  const activated = sharedComputer || devices.some((count) => count > 0)
  const lastActivatedDate = activated ? lastActivated(user, refreshDate, seed, stream) : null
  return { productType, devices, sharedComputer, lastActivatedDate }
}

/** The user's earliest licence: no activation comes before it. */
function licensedSince(user: TenantUser): Day | null {
  let since: Day | null = null
  for (const day of user.licenseAssignDates) if (day !== null && (since === null || day < since)) since = day
  return since
}
