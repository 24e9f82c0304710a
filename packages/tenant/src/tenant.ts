import type { Day } from './day'
import type { TenantGroup } from './groups'
import type { HeldList } from './held-list'
import type { ListedSite } from './listed-sites'
import type { DeviceMasks } from './scenario-devices'
import type { WorkloadModel } from './workload-activity'

export interface Organization {
  readonly id: string
  readonly name: string
  /** The initial `*.onmicrosoft.com` domain, used in every user principal name. */
  readonly domain: string
}

/**
 * One user as the reports see them. Dates are `Day`s; per-service arrays are indexed like
 * `SERVICES`.
 */
export interface TenantUser {
  readonly id: string
  readonly userPrincipalName: string
  readonly displayName: string
  readonly isDeleted: boolean
  readonly deletedDate: Day | null
  readonly assignedProducts: readonly string[]
  /** Per service: the day its licence was assigned, or null when the service is not licensed. */
  readonly licenseAssignDates: readonly (Day | null)[]
  /** Per service: the last activity before the activity window, for long-dormant users. */
  readonly lastActivityBeforeWindow: readonly (Day | null)[]
  /**
   * One byte per day of the tenant's activity window (index 0 is `tenant.firstDay`): the
   * bitmask of the services the user was active in that day.
   */
  readonly activity: Uint8Array
  /**
   * Per service, the last active day up to the refresh date. Derived from the two fields above
   * when the user is built, because every period report needs it and a scan costs a full window.
   */
  readonly lastActivityDates: readonly (Day | null)[]
  /**
   * What every workload's daily counts (mail sent, read…) derive from, so that they can be
   * worked out on demand rather than held. A hash of the id, itself derived from the seed and
   * index of a generated user, so a scenario made from a generated tenant keeps its counts.
   */
  readonly workloadSeed: number
  /**
   * A scenario's own daily counts (tenant.schema.json's `dailyCounts`): per workload model, a
   * rate per lane, NaN where the drawn one stands. Absent for a generated user.
   */
  readonly dailyRates?: ReadonlyMap<WorkloadModel, Float64Array>
  /** A scenario's own devices, per service a bitmask over its device list; absent where drawn. */
  readonly devices?: DeviceMasks
  /**
   * A scenario's own Microsoft 365 Apps, as pairs of `appBit`: of the pairs `set` covers (all of
   * them for a file's `apps`, the Outlook ones for `emailClients` alone), those in `used` are used
   * on every day they can be and the others never. Absent where drawn.
   */
  readonly officeApps?: { readonly set: number; readonly used: number }
  /** A scenario's own mail clients, a bit per `EMAIL_CLIENTS`, each used on every Exchange-active day; absent where drawn. */
  readonly emailClients?: number
  /**
   * A scenario's own Copilot use: the surfaces (bits of `COPILOT_APPS`) used on every day of any
   * activity, where drawn ones will not do, and the day the licence was assigned. Absent where drawn.
   */
  readonly copilot?: { readonly apps?: number; readonly since?: Day }
  /** A scenario's own mailbox facts (its size on the refresh date, an archive); absent when derived. */
  readonly mailbox?: { readonly storageUsedInBytes?: number; readonly hasArchive?: boolean }
  /** A scenario's own OneDrive facts (its quota); absent when derived. */
  readonly oneDrive?: { readonly storageAllocatedInBytes?: number }
}

export interface Tenant {
  readonly organization: Organization
  /** The last day that has data. It trails the clock by the lag (24 to 48 hours in production). */
  readonly refreshDate: Day
  /** The first day of the activity window. */
  readonly firstDay: Day
  readonly userCount: number
  /**
   * Changes whenever the users change (an editable scenario); absent for a tenant that never
   * changes. Lets callers cache what they render from it.
   */
  readonly revision?: number
  /**
   * Users in a stable order, from the one at index `from` (0 by default): a page of a report
   * resumes there without walking the users before it. A generated tenant may derive them
   * lazily on every pass.
   */
  users(from?: number): Iterable<TenantUser>
  /**
   * The user at `index` alone, where the tenant can give it without starting a pass: a group's
   * owner, read once per group of a report. `userAt` falls back to `users(index)` without it.
   */
  user?(index: number): TenantUser | undefined
  /**
   * The Microsoft 365 groups a scenario lists, in order; absent where they are derived from the
   * organisation and the users (`tenantGroups`).
   */
  readonly groups?: HeldList<TenantGroup>
  /**
   * The SharePoint sites made without a group that a scenario lists, in order; absent where they
   * are derived from the organisation (`tenantSites`).
   */
  readonly sites?: HeldList<ListedSite>
}

/**
 * Days of activity every tenant holds: the longest period (180 days) plus the longest date
 * window (the seed form's 30 days), so that every report and form can be answered.
 */
export const ACTIVITY_WINDOW_DAYS = 210
