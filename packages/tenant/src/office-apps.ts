import type { Day } from './day'
import { SERVICES, type Service } from './services'
import type { TenantUser } from './tenant'
import { mix, unit } from './workload-activity'

/** The apps of the Microsoft 365 Apps usage reports, in their column order (spec §1.14). */
export const OFFICE_APPS = ['outlook', 'word', 'excel', 'powerPoint', 'oneNote', 'teams'] as const
export type OfficeApp = (typeof OFFICE_APPS)[number]

/** The platforms of the same reports, in their column order. */
export const APP_PLATFORMS = ['windows', 'mac', 'mobile', 'web'] as const
export type AppPlatform = (typeof APP_PLATFORMS)[number]

/** Bit `platform * 6 + app` of a use mask says the app was used on that platform. */
export const appBit = (platform: number, app: number): number => 1 << (platform * OFFICE_APPS.length + app)

/** Every pair of one app, on any platform: `mask & APP_MASKS[app]` tells whether the app was used. */
export const APP_MASKS: readonly number[] = OFFICE_APPS.map((_, app) =>
  APP_PLATFORMS.reduce((mask, _platform, platform) => mask | appBit(platform, app), 0),
)
/** Every app of one platform. */
export const PLATFORM_MASKS: readonly number[] = APP_PLATFORMS.map((_, platform) =>
  OFFICE_APPS.reduce((mask, _app, app) => mask | appBit(platform, app), 0),
)

/**
 * The products that carry the Microsoft 365 Apps (the desktop suite), with the product type
 * their activations report under (spec §1.2). E1, F3, Business Basic and the Exchange plans carry
 * only the web and mobile apps, so their holders neither activate nor appear in the apps reports [I].
 */
export const OFFICE_APPS_PRODUCTS: ReadonlyMap<string, string> = new Map([
  ['OFFICE 365 E3', 'MICROSOFT 365 APPS FOR ENTERPRISE'],
  ['MICROSOFT 365 E3', 'MICROSOFT 365 APPS FOR ENTERPRISE'],
  ['MICROSOFT 365 E5', 'MICROSOFT 365 APPS FOR ENTERPRISE'],
  ['OFFICE 365 E5 WITHOUT AUDIO CONFERENCING', 'MICROSOFT 365 APPS FOR ENTERPRISE'],
  ['MICROSOFT 365 APPS FOR ENTERPRISE', 'MICROSOFT 365 APPS FOR ENTERPRISE'],
  ['MICROSOFT 365 BUSINESS PREMIUM', 'MICROSOFT 365 APPS FOR BUSINESS'],
])

// A tenant holds a few hundred distinct product lists, shared between users: look each up once.
const productTypes = new WeakMap<readonly string[], string | null>()

/** The Microsoft 365 Apps product type a user's licences give, or undefined without one. */
export function officeAppsProductType(user: TenantUser): string | undefined {
  return suiteOf(user.assignedProducts)
}

/** The Microsoft 365 Apps product type a list of products gives, or undefined without one. */
export function suiteOf(products: readonly string[]): string | undefined {
  let type = productTypes.get(products)
  if (type === undefined) {
    type = products.map((product) => OFFICE_APPS_PRODUCTS.get(product)).find(Boolean) ?? null
    productTypes.set(products, type)
  }
  return type ?? undefined
}

/** The service an app needs the user to hold: Outlook reads a mailbox, Teams is Teams (`appsUsedOn`). */
export const OFFICE_APP_SERVICES: Partial<Record<OfficeApp, Service>> = { outlook: 'exchange', teams: 'teams' }

/** Distinct from the other workloads' salts: the apps draws are independent of the mail counts. */
const SALT = 0x6170_7073
const EXCHANGE = 1 << SERVICES.indexOf(OFFICE_APP_SERVICES.outlook as Service)
const TEAMS = 1 << SERVICES.indexOf(OFFICE_APP_SERVICES.teams as Service)
/** Every pair of every app. */
export const ALL_PAIRS = (1 << (OFFICE_APPS.length * APP_PLATFORMS.length)) - 1
export const OUTLOOK_PAIRS = APP_MASKS[OFFICE_APPS.indexOf('outlook')] as number
const TEAMS_PAIRS = APP_MASKS[OFFICE_APPS.indexOf('teams')] as number
/** Desktop and phone pairs are used three days in four of the days they could be, the web one in two. */
const FREQUENT_PAIRS = (PLATFORM_MASKS[0] as number) | (PLATFORM_MASKS[1] as number) | (PLATFORM_MASKS[2] as number)

/** Per platform, then app, how likely a user of the platform is to use the app there at all. */
const ADOPTION = Float64Array.from(
  [
    [0.9, 0.85, 0.8, 0.6, 0.35, 0.85],
    [0.85, 0.85, 0.75, 0.6, 0.3, 0.8],
    [0.8, 0.25, 0.2, 0.1, 0.15, 0.75],
    [0.45, 0.45, 0.35, 0.25, 0.15, 0.3],
  ].flat(),
)

/** What a licensed user uses at all, drawn once per user: which platforms, and which apps on each. */
export interface OfficeAppsUser {
  /** The pairs the user ever uses; 0 without a Microsoft 365 Apps licence. */
  readonly adopted: number
  /** Of those, the ones a scenario says are used on every day they can be; the others are drawn day by day. */
  readonly everyDay: number
  readonly seed: number
}

/**
 * A user's platforms and apps, from the workload seed alone: a desktop for most (Windows mostly, a
 * Mac for one in ten, both for a few), a phone for about half, the web for four in ten.
 */
export function officeAppsUser(user: TenantUser): OfficeAppsUser {
  const seed = (user.workloadSeed ^ SALT) | 0
  if (officeAppsProductType(user) === undefined) return { adopted: 0, everyDay: 0, seed }
  const own = user.officeApps
  if (own?.set === ALL_PAIRS) return { adopted: own.used, everyDay: own.used, seed }
  // One holder in seven never installs the desktop apps, and so never activates them.
  const desktop = unit(seed, 4) < 0.15 ? Number.NaN : unit(seed, 1)
  const platforms =
    (desktop < 0.9 ? 1 : 0) | (desktop >= 0.88 ? 2 : 0) | (unit(seed, 2) < 0.5 ? 4 : 0) | (unit(seed, 3) < 0.4 ? 8 : 0)
  let adopted = 0
  // Loops rather than closures: this runs once per user of every apps, activations and mail row.
  for (let platform = 0; platform < APP_PLATFORMS.length; platform++) {
    if ((platforms & (1 << platform)) === 0) continue
    for (let app = 0; app < OFFICE_APPS.length; app++) {
      const pair = platform * OFFICE_APPS.length + app
      if (unit(seed, 16 + platform * 8 + app) < (ADOPTION[pair] as number)) adopted |= 1 << pair
    }
  }
  if (own) return { adopted: (adopted & ~own.set) | own.used, everyDay: own.used, seed }
  return { adopted, everyDay: 0, seed }
}

/**
 * The pairs used on the day at `offset` of the window. Only on a day the user was active in some
 * service, Outlook only on an Exchange-active day and Teams only on a Teams-active one, so that
 * the apps reports agree with the active-users reports by construction [I].
 */
export function appsUsedOn(apps: OfficeAppsUser, activity: Uint8Array, offset: number): number {
  const services = activity[offset] as number
  if (apps.adopted === 0 || services === 0) return 0
  const draw = mix(apps.seed, 1, offset) | (mix(apps.seed, 2, offset) & FREQUENT_PAIRS) | apps.everyDay
  let used = apps.adopted & draw
  if ((services & EXCHANGE) === 0) used &= ~OUTLOOK_PAIRS
  if ((services & TEAMS) === 0) used &= ~TEAMS_PAIRS
  return used
}

/** The pairs used on any day of [from, to], and the last day with any, as of `to`. */
export interface AppsUse {
  readonly used: number
  readonly lastActivityDate: Day | null
}

/** A user's use over [from, to], and their last day of any use on or before `to` within the window. */
export function appsUseBetween(
  user: TenantUser,
  firstDay: Day,
  from: Day,
  to: Day,
  apps = officeAppsUser(user),
): AppsUse {
  if (apps.adopted === 0) return { used: 0, lastActivityDate: null }
  let used = 0
  let lastActivityDate: Day | null = null
  const last = Math.min(to - firstDay, user.activity.length - 1)
  for (let offset = last; offset >= 0; offset--) {
    const day = appsUsedOn(apps, user.activity, offset)
    if (day === 0) continue
    lastActivityDate ??= firstDay + offset
    if (offset < from - firstDay) break
    used |= day
    if (used === apps.adopted) break
  }
  return { used, lastActivityDate }
}
