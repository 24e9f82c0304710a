/* Generated tenants: seeded, lazy, the same bytes for the same seed */
export { DEFAULT_LAG_DAYS, DEFAULT_SEED, generateTenant } from './generate-tenant'

/* Scenario tenants: a file, or an editable collection */
export { drain } from './drain'
export { loadingTenant, loadTenant } from './load-tenant'
export { eachDayOf, tenantForEachDay } from './tenant-for-each-day'
export { createScenario } from './scenario'
export { toTenantRecord, toUserRecord } from './tenant-record'
export { TenantError } from './tenant-error'

/* Days, as every report counts them */
export { dayOf, formatDay, memoiseByDay, parseDay } from './day'
export { lastActivityAsOf } from './last-activity'
export { existedDuring, existsOn } from './lifespan'

/* Workload counts per user and day, derived on demand */
export { EMAIL_ACTIONS, EMAIL_MODEL, emailCounter, emailTotals } from './email-activity'
export { ONEDRIVE_ACTIONS, ONEDRIVE_MODEL } from './onedrive-activity'
export { SHAREPOINT_ACTIONS, SHAREPOINT_MODEL } from './sharepoint-activity'
export { TEAMS_ACTIONS, TEAMS_MODEL, teamsLane } from './teams-activity'
export { TEAMS_DEVICE_MODEL, TEAMS_DEVICES } from './teams-device-usage'
export {
  SKYPE_ACTIONS,
  SKYPE_MINUTE_LANES,
  SKYPE_MODEL,
  SKYPE_SESSIONS,
  skypeMinutesPerSession,
} from './skype-activity'
export { YAMMER_ACTIONS, YAMMER_MODEL } from './yammer-activity'
export { YAMMER_DEVICES, yammerDevices } from './yammer-devices'
export { SKYPE_DEVICES, skypeDevices } from './skype-devices'
export { activeDays, floorLaneOf, lastDaysOfLanes, workloadCounter, workloadTotals } from './workload-activity'
export { COPILOT_APPS, COPILOT_LICENCE, CopilotUsage, isCopilotUser } from './copilot-activity'

/* Storage: each licensee's mailbox and OneDrive, growing with their activity */
export { LARGE_QUOTAS, Mailbox, QUOTA_STATUSES, STANDARD_QUOTAS } from './mailbox-usage'
export {
  ONEDRIVE_QUOTA_BYTES,
  OneDriveStore,
  oneDriveCreated,
  oneDriveExists,
  oneDriveQuota,
  oneDriveUrl,
} from './onedrive-usage'

/* Microsoft 365 Apps: which apps on which platforms, and the activations, derived on demand */
export {
  APP_MASKS,
  APP_PLATFORMS,
  appBit,
  appsUsedOn,
  appsUseBetween,
  OFFICE_APPS,
  OFFICE_APPS_PRODUCTS,
  officeAppsProductType,
  officeAppsUser,
  PLATFORM_MASKS,
} from './office-apps'
export {
  ACTIVATION_DEVICES,
  ACTIVATION_PRODUCT_TYPES,
  officeActivations,
  suiteActivation,
  suiteLastActivated,
} from './office-activations'
export {
  EMAIL_CLIENTS,
  emailAppsUser,
  emailClientsBetween,
  emailClientsOn,
  OUTLOOK_VERSIONS,
  UNDETERMINED,
} from './email-apps'

/* Microsoft 365 groups: each derived from the tenant and its index, its daily facts on demand */
export {
  groupExistsOn,
  tenantGroups,
} from './groups'
export {
  groupSiteActiveFileCount,
  groupSiteActiveFilesBetween,
  groupSiteFileCount,
  groupSiteStorageUsed,
} from './group-site'
export {
  groupEmailsReceived,
  groupEmailsReceivedBetween,
  groupMailboxItemCount,
  groupMailboxStorageUsed,
  groupMailLastActivity,
} from './group-mailbox'
export {
  engageLastActivity,
  GROUP_ENGAGE_ACTIONS,
  groupEngageBetween,
  groupEngageCounts,
  isEngageActiveOn,
} from './group-engage'
export { groupLastActivity, isGroupActiveOn } from './group-activity'
export {
  isTeamActiveOn,
  TEAM_ACTIONS,
  teamActivityBetween,
  teamActivityOn,
  teamLastActivity,
} from './group-team-activity'

/* SharePoint sites: the root, communication and team sites, then every group's */
export { siteActivityBetween, siteLastActivity, tenantSites } from './sharepoint-sites'

/* Vocabulary and randomness shared with the reports and the core */
export { SERVICE_LABELS, SERVICES } from './services'
export { createRandom, hashSeed } from './random'

export type { CopilotApp } from './copilot-activity'
export type { Day } from './day'
export type { MailboxQuotas, QuotaStatus } from './mailbox-usage'
export type { EmailAction, EmailCounter } from './email-activity'
export type { OneDriveFacts } from './onedrive-usage'
export type { TeamsAction } from './teams-activity'
export type { TeamsDevice } from './teams-device-usage'
export type { WorkloadCounter, WorkloadModel, WorkloadSum } from './workload-activity'
export type { Activation, ActivationDevice } from './office-activations'
export type { EmailAppsUser, EmailClient } from './email-apps'
export type { AppPlatform, AppsUse, OfficeApp, OfficeAppsUser } from './office-apps'
export type { GenerateTenantOptions } from './generate-tenant'
export type { TeamAction } from './group-team-activity'
export type { GroupSite, TenantGroup, TenantGroups, TenantGroupsOptions } from './groups'
export type { LoadTenantOptions } from './load-tenant'
export type { RootWebTemplate, SiteFacts, SiteGovernance, SiteSpan, TenantSite, TenantSites } from './sharepoint-sites'
export type { Product } from './product-catalog'
export type { Random } from './random'
export type { Scenario, UserCollection } from './scenario'
export type { Service } from './services'
export type { Organization, Tenant, TenantUser } from './tenant'
export { type HeldList, heldFrom } from './held-list'
export type { TenantRecord, UserRecord } from './tenant-record'
export type { GroupRecord } from './listed-groups'
export type { ListedSite, SiteRecord } from './listed-sites'
export type { AppLists } from './scenario-apps'
export type { CopilotRecord } from './scenario-copilot'
