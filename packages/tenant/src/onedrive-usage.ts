import type { Day } from './day'
import { existsOn } from './lifespan'
import { ONEDRIVE_MODEL } from './onedrive-activity'
import { SERVICES } from './services'
import type { Organization, TenantUser } from './tenant'
import { activeDays, mix, unit, workloadCounter, workloadSpan } from './workload-activity'

const BIT = SERVICES.indexOf('oneDrive')
const SALT = 0x6f647573
/** One scratch for a span's action totals: `over` fills and reads it within one call. */
const SPAN: number[] = new Array(ONEDRIVE_MODEL.lanes).fill(0)
/** Per organisation, the start of its OneDrive addresses and the address form of its domain. */
const ADDRESSES = new WeakMap<
  Organization,
  { readonly host: string; readonly domain: string; readonly suffix: string }
>()
const NOT_ADDRESSABLE = /[^A-Za-z0-9]/g

/** What every OneDrive is allocated unless an admin changes it: 1 TB (docs/usage-reports.md §16). */
export const ONEDRIVE_QUOTA_BYTES = 1024 ** 4

/** A OneDrive on one day, or over a span ending that day: its files, those acted on, and bytes stored. */
export interface OneDriveFacts {
  files: number
  activeFiles: number
  storageUsed: number
}

/** The OneDrive's quota: the scenario's, or the default (docs/usage-reports.md §16). */
export function oneDriveQuota(user: TenantUser): number {
  return user.oneDrive?.storageAllocatedInBytes ?? ONEDRIVE_QUOTA_BYTES
}

/**
 * The day a user's OneDrive was provisioned, or null for a user without one: the day the OneDrive
 * licence was assigned [I], since a licensed user's OneDrive is made for them.
 */
export function oneDriveCreated(user: TenantUser): Day | null {
  return user.licenseAssignDates[BIT] ?? null
}

/** Whether the user's OneDrive existed on `day`: provisioned by then, its owner not deleted by then. */
export function oneDriveExists(user: TenantUser, day: Day): boolean {
  const created = oneDriveCreated(user)
  return created !== null && existsOn(created, user.deletedDate, day)
}

/**
 * A OneDrive's address, as SharePoint makes it: the tenant's `-my` host and the owner's user
 * principal name with every character but letters and digits turned into `_`.
 */
export function oneDriveUrl(organization: Organization, userPrincipalName: string): string {
  let address = ADDRESSES.get(organization)
  if (!address) {
    const tenant = organization.domain.split('.')[0] as string
    const domain = `@${organization.domain}`
    address = {
      host: `https://${tenant}-my.sharepoint.com/personal/`,
      domain,
      suffix: domain.replace(NOT_ADDRESSABLE, '_'),
    }
    ADDRESSES.set(organization, address)
  }
  // Every generated name is in the tenant's domain: only the part before it needs its characters replaced.
  const local = userPrincipalName.endsWith(address.domain)
    ? userPrincipalName.slice(0, userPrincipalName.length - address.domain.length)
    : undefined
  // join() gives a flat string, which the CSV writer copies without flattening a rope.
  return local === undefined
    ? [address.host, userPrincipalName.replace(NOT_ADDRESSABLE, '_')].join('')
    : [address.host, local.replace(NOT_ADDRESSABLE, '_'), address.suffix].join('')
}

/**
 * One user's OneDrive, derived from the workload seed: files and storage are running totals over
 * the user's OneDrive-active days, as the activity counts are (workload-activity.ts), so any day
 * costs a count of active days and two hashes, and nothing is held per day. Files only grow: a
 * deleted file sits in the recycle bin, which the quota counts. A file acted on is one viewed,
 * edited, synced or shared that day; the activity reports count each action's files, and the
 * most of them is a floor for the files touched [I].
 */
export class OneDriveStore {
  private readonly seed: number
  /** Files at the start of the window: zero for a OneDrive made inside it. */
  private readonly baseFiles: number
  /** Files added per active day. */
  private readonly newFiles: number
  private readonly bytesPerFile: number
  /** Bytes that versions of edited files add per active day. */
  private readonly versionBytes: number

  constructor(
    private readonly user: TenantUser,
    private readonly firstDay: Day,
  ) {
    const s = (user.workloadSeed ^ SALT) | 0
    this.seed = s
    const created = oneDriveCreated(user) ?? firstDay
    const used = user.lastActivityDates[BIT] != null
    // A log-normal library, median about 150 files for a user who works in OneDrive, a handful for one who does not.
    this.baseFiles =
      created >= firstDay
        ? 0
        : used
          ? Math.round(150 * Math.exp(1.1 * (unit(s, 1) + unit(s, 2) + unit(s, 3) - 1.5)))
          : Math.floor(12 * unit(s, 4) ** 2)
    this.newFiles = used ? 0.2 + 2.5 * unit(s, 5) ** 2 : 0
    // Office documents are a few hundred kilobytes; pictures and recordings pull the mean up.
    this.bytesPerFile = 600_000 * Math.exp(0.9 * (unit(s, 6) + unit(s, 7) - 1))
    this.versionBytes = this.bytesPerFile * (0.1 + 0.8 * unit(s, 8))
  }

  /** Files after `k` active days of the window: the first active day saves at least one. */
  files(k: number): number {
    return this.baseFiles + (k > 0 ? 1 : 0) + Math.floor(this.newFiles * (k + this.psi(0, k)))
  }

  /** Bytes stored after `k` active days (`files` of them, when known). */
  storageUsed(k: number, files = this.files(k)): number {
    return Math.round(files * this.bytesPerFile) + Math.floor(this.versionBytes * (k + this.psi(1, k)))
  }

  /** The OneDrive over [from, to]: files and storage as of `to`, the files acted on in the span. */
  over(from: Day, to: Day): OneDriveFacts {
    const actions = SPAN
    actions.fill(0)
    const k = workloadSpan(ONEDRIVE_MODEL, this.user, this.firstDay, from, to, actions)
    const files = this.files(k)
    const most = Math.max(actions[0] as number, actions[1] as number, actions[2] as number, actions[3] as number)
    return { files, activeFiles: Math.min(files, most), storageUsed: this.storageUsed(k, files) }
  }

  /**
   * A walker over consecutive days, as a counts report asks: each call writes one day's facts
   * into `out` and costs a byte test and two hashes, not a scan of the window.
   */
  days(): (day: Day, out: OneDriveFacts) => void {
    const counter = workloadCounter(ONEDRIVE_MODEL, this.user, this.firstDay)
    const lanes = new Int32Array(ONEDRIVE_MODEL.lanes)
    let last = Number.NaN
    let k = 0
    return (day, out) => {
      const active = counter(day, lanes)
      k =
        day === last + 1
          ? k + (active ? 1 : 0)
          : activeDays(ONEDRIVE_MODEL, this.user, this.firstDay, this.firstDay, day)
      last = day
      out.files = this.files(k)
      out.activeFiles = active ? Math.min(out.files, Math.max(...lanes)) : 0
      out.storageUsed = this.storageUsed(k, out.files)
    }
  }

  private psi(lane: number, k: number): number {
    return k === 0 ? 0 : (mix(this.seed, lane, k) & 0xff) / 256
  }
}
