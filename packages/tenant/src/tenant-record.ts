import { type DailyCounts, dailyCountsOf } from './daily-counts'
import { type Day, formatDay } from './day'
import type { EmailClient } from './email-apps'
import { heldFrom } from './held-list'
import { type GroupRecord, toGroupRecord } from './listed-groups'
import { type SiteRecord, toSiteRecord } from './listed-sites'
import { ALL_PAIRS } from './office-apps'
import { type AppLists, appLists, clientList } from './scenario-apps'
import { type CopilotRecord, copilotRecord } from './scenario-copilot'
import { type DeviceLists, deviceLists } from './scenario-devices'
import { SERVICES, type Service } from './services'
import type { Organization, Tenant, TenantUser } from './tenant'

/** A user as written in a scenario file and held in an editable scenario (see tenant.schema.json). */
export interface UserRecord {
  id: string
  userPrincipalName: string
  displayName: string
  deletedDate?: string | null
  assignedProducts?: string[]
  licenses?: Partial<Record<Service, string>>
  activity?: Partial<Record<Service, string[]>>
  /** The mailbox, where the derived one will not do (docs/usage-reports.md §18). */
  mailbox?: { storageUsedInBytes?: number; hasArchive?: boolean }
  /** The OneDrive, where the derived one will not do (docs/usage-reports.md §16). */
  oneDrive?: { storageAllocatedInBytes?: number }
  /** Per workload and action, how many on each of the user's active days, where the drawn ones will not do. */
  dailyCounts?: DailyCounts
  /** Per service (Teams, Viva Engage, Skype for Business), the devices the user works on, where the drawn ones will not do. */
  devices?: DeviceLists
  /** Per platform, the Microsoft 365 Apps the user uses there, where the drawn ones will not do. */
  apps?: AppLists
  /** The mail clients the user reads mail with, where the drawn ones will not do. */
  emailClients?: EmailClient[]
  /** The Copilot surfaces the user works in and the licence's date, where the drawn ones will not do. */
  copilot?: CopilotRecord
}

/** A whole scenario file (see tenant.schema.json). */
export interface TenantRecord {
  organization: Organization
  refreshDate: string
  users: UserRecord[]
  /** The tenant's Microsoft 365 groups, where the derived ones will not do (docs/usage-reports.md §21). */
  groups?: GroupRecord[]
  /** The tenant's SharePoint sites made without a group, where the derived ones will not do. */
  sites?: SiteRecord[]
}

/** Turns a user back into the record a scenario file would hold. */
export function toUserRecord(user: TenantUser, firstDay: Day): UserRecord {
  const licenses: Partial<Record<Service, string>> = {}
  const activity: Partial<Record<Service, string[]>> = {}
  SERVICES.forEach((service, bit) => {
    const assigned = user.licenseAssignDates[bit]
    if (assigned != null) licenses[service] = formatDay(assigned)
    const days: string[] = []
    const before = user.lastActivityBeforeWindow[bit]
    if (before != null) days.push(formatDay(before))
    user.activity.forEach((mask, offset) => {
      if (mask & (1 << bit)) days.push(formatDay(firstDay + offset))
    })
    if (days.length > 0) activity[service] = days
  })
  const dailyCounts = dailyCountsOf(user.dailyRates)
  return {
    id: user.id,
    userPrincipalName: user.userPrincipalName,
    displayName: user.displayName,
    deletedDate: user.deletedDate === null ? null : formatDay(user.deletedDate),
    assignedProducts: [...user.assignedProducts],
    licenses,
    activity,
    ...(user.mailbox ? { mailbox: { ...user.mailbox } } : {}),
    ...(user.oneDrive ? { oneDrive: { ...user.oneDrive } } : {}),
    ...(dailyCounts ? { dailyCounts } : {}),
    ...(user.devices ? { devices: deviceLists(user.devices) } : {}),
    ...(user.officeApps?.set === ALL_PAIRS ? { apps: appLists(user.officeApps.used) } : {}),
    ...(user.emailClients === undefined ? {} : { emailClients: clientList(user.emailClients) }),
    ...(user.copilot ? { copilot: copilotRecord(user.copilot) } : {}),
  }
}

export function toTenantRecord(tenant: Tenant): TenantRecord {
  const users = [...tenant.users()]
  return {
    organization: { ...tenant.organization },
    refreshDate: formatDay(tenant.refreshDate),
    users: users.map((user) => toUserRecord(user, tenant.firstDay)),
    ...(tenant.groups ? { groups: Array.from(heldFrom(tenant.groups), (group) => toGroupRecord(group, users)) } : {}),
    ...(tenant.sites ? { sites: Array.from(heldFrom(tenant.sites), (site) => toSiteRecord(site, users)) } : {}),
  }
}
