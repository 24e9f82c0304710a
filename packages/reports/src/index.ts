/* Report definitions: the registry, and how a function is found */
export {
  ALL_REPORTS,
  COPILOT_V2_REPORTS,
  CURRENT_REPORTS,
  findLegacyView,
  findReport,
  reportSlug,
} from './report-registry'

/* The seed's legacy views and the active users (docs/graph-reports.md) */
export { legacyDetail } from './definitions/legacy-detail'
export { legacyServices } from './definitions/legacy-services'
export { legacyUsers } from './definitions/legacy-users'
export { office365ActiveUserCounts } from './definitions/office365-active-user-counts'
export { office365ActiveUserDetail } from './definitions/office365-active-user-detail'
export { office365ServicesUserCounts } from './definitions/office365-services-user-counts'

/* Email activity, email app usage and mailbox usage (docs/usage-reports.md §1, §11, §18) */
export { emailActivityCounts } from './definitions/email-activity-counts'
export { emailActivityUserCounts } from './definitions/email-activity-user-counts'
export { emailActivityUserDetail } from './definitions/email-activity-user-detail'
export { emailAppUsageUserDetail } from './definitions/email-app-usage-user-detail'
export { emailAppUsageAppsUserCounts } from './definitions/email-app-usage-apps-user-counts'
export { emailAppUsageUserCounts } from './definitions/email-app-usage-user-counts'
export { emailAppUsageVersionsUserCounts } from './definitions/email-app-usage-versions-user-counts'
export { mailboxUsageDetail } from './definitions/mailbox-usage-detail'
export { mailboxUsageMailboxCounts } from './definitions/mailbox-usage-mailbox-counts'
export { mailboxUsageQuotaStatusMailboxCounts } from './definitions/mailbox-usage-quota-status-mailbox-counts'
export { mailboxUsageStorage } from './definitions/mailbox-usage-storage'

/* OneDrive and SharePoint activity and usage (§5, §16, §17) */
export { oneDriveActivityFileCounts } from './definitions/onedrive-activity-file-counts'
export { oneDriveActivityUserCounts } from './definitions/onedrive-activity-user-counts'
export { oneDriveActivityUserDetail } from './definitions/onedrive-activity-user-detail'
export { sharePointActivityFileCounts } from './definitions/sharepoint-activity-file-counts'
export { sharePointActivityPages } from './definitions/sharepoint-activity-pages'
export { sharePointActivityUserCounts } from './definitions/sharepoint-activity-user-counts'
export { sharePointActivityUserDetail } from './definitions/sharepoint-activity-user-detail'
export { oneDriveUsageAccountDetail } from './definitions/onedrive-usage-account-detail'
export { oneDriveUsageAccountCounts } from './definitions/onedrive-usage-account-counts'
export { oneDriveUsageFileCounts } from './definitions/onedrive-usage-file-counts'
export { oneDriveUsageStorage } from './definitions/onedrive-usage-storage'
export { sharePointSiteUsageDetail } from './definitions/sharepoint-site-usage-detail'
export { sharePointSiteUsageFileCounts } from './definitions/sharepoint-site-usage-file-counts'
export { sharePointSiteUsageSiteCounts } from './definitions/sharepoint-site-usage-site-counts'
export { sharePointSiteUsageStorage } from './definitions/sharepoint-site-usage-storage'
export { sharePointSiteUsagePages } from './definitions/sharepoint-site-usage-pages'

/* Teams user activity, devices and the beta-only totals (§6, §20) */
export { teamsUserActivityUserDetail } from './definitions/teams-user-activity-user-detail'
export { teamsUserActivityCounts } from './definitions/teams-user-activity-counts'
export { teamsUserActivityUserCounts } from './definitions/teams-user-activity-user-counts'
export { teamsDeviceUsageUserDetail } from './definitions/teams-device-usage-user-detail'
export { teamsDeviceUsageUserCounts } from './definitions/teams-device-usage-user-counts'
export { teamsDeviceUsageDistributionUserCounts } from './definitions/teams-device-usage-distribution-user-counts'
export { teamsUserActivityTotalCounts } from './definitions/teams-user-activity-total-counts'
export { teamsUserActivityTotalUserCounts } from './definitions/teams-user-activity-total-user-counts'
export { teamsUserActivityDistributionUserCounts } from './definitions/teams-user-activity-distribution-user-counts'
export { teamsUserActivityDistributionTotalUserCounts } from './definitions/teams-user-activity-distribution-total-user-counts'
export { teamsUserActivityTotalDistributionCounts } from './definitions/teams-user-activity-total-distribution-counts'
export { teamsDeviceUsageTotalUserCounts } from './definitions/teams-device-usage-total-user-counts'
export { teamsDeviceUsageDistributionTotalUserCounts } from './definitions/teams-device-usage-distribution-total-user-counts'

/* Viva Engage activity and devices (§7) */
export { yammerActivityUserDetail } from './definitions/yammer-activity-user-detail'
export { yammerActivityCounts } from './definitions/yammer-activity-counts'
export { yammerActivityUserCounts } from './definitions/yammer-activity-user-counts'
export { yammerDeviceUsageUserDetail } from './definitions/yammer-device-usage-user-detail'
export { yammerDeviceUsageUserCounts } from './definitions/yammer-device-usage-user-counts'
export { yammerDeviceUsageDistributionUserCounts } from './definitions/yammer-device-usage-distribution-user-counts'

/* Skype for Business (§8, §19) */
export { skypeForBusinessActivityUserDetail } from './definitions/skype-for-business-activity-user-detail'
export { skypeForBusinessActivityCounts } from './definitions/skype-for-business-activity-counts'
export { skypeForBusinessActivityUserCounts } from './definitions/skype-for-business-activity-user-counts'
export { skypeForBusinessPeerToPeerActivityCounts } from './definitions/skype-for-business-peer-to-peer-activity-counts'
export { skypeForBusinessPeerToPeerActivityUserCounts } from './definitions/skype-for-business-peer-to-peer-activity-user-counts'
export { skypeForBusinessPeerToPeerActivityMinuteCounts } from './definitions/skype-for-business-peer-to-peer-activity-minute-counts'
export { skypeForBusinessOrganizerActivityCounts } from './definitions/skype-for-business-organizer-activity-counts'
export { skypeForBusinessOrganizerActivityUserCounts } from './definitions/skype-for-business-organizer-activity-user-counts'
export { skypeForBusinessOrganizerActivityMinuteCounts } from './definitions/skype-for-business-organizer-activity-minute-counts'
export { skypeForBusinessParticipantActivityCounts } from './definitions/skype-for-business-participant-activity-counts'
export { skypeForBusinessParticipantActivityUserCounts } from './definitions/skype-for-business-participant-activity-user-counts'
export { skypeForBusinessParticipantActivityMinuteCounts } from './definitions/skype-for-business-participant-activity-minute-counts'
export { skypeForBusinessDeviceUsageUserDetail } from './definitions/skype-for-business-device-usage-user-detail'
export { skypeForBusinessDeviceUsageDistributionUserCounts } from './definitions/skype-for-business-device-usage-distribution-user-counts'
export { skypeForBusinessDeviceUsageUserCounts } from './definitions/skype-for-business-device-usage-user-counts'

/* Microsoft 365 Apps and Office activations (§9, §10) */
export { m365AppUserDetail } from './definitions/m365-app-user-detail'
export { m365AppUserCounts } from './definitions/m365-app-user-counts'
export { m365AppPlatformUserCounts } from './definitions/m365-app-platform-user-counts'
export { office365ActivationsUserDetail } from './definitions/office365-activations-user-detail'
export { office365ActivationCounts } from './definitions/office365-activation-counts'
export { office365ActivationsUserCounts } from './definitions/office365-activations-user-counts'

/* Microsoft 365 Copilot (§12) */
export {
  microsoft365CopilotUsageUserDetail,
  microsoft365CopilotUsageUserDetailV2,
} from './definitions/microsoft365-copilot-usage-user-detail'
export {
  microsoft365CopilotUserCountSummary,
  microsoft365CopilotUserCountSummaryV2,
} from './definitions/microsoft365-copilot-user-count-summary'
export {
  microsoft365CopilotUserCountTrend,
  microsoft365CopilotUserCountTrendV2,
} from './definitions/microsoft365-copilot-user-count-trend'

/* Groups, teams and Engage communities (§13–§15) */
export { office365GroupsActivityDetail } from './definitions/office365-groups-activity-detail'
export { office365GroupsActivityCounts } from './definitions/office365-groups-activity-counts'
export { office365GroupsActivityGroupCounts } from './definitions/office365-groups-activity-group-counts'
export { office365GroupsActivityStorage } from './definitions/office365-groups-activity-storage'
export { office365GroupsActivityFileCounts } from './definitions/office365-groups-activity-file-counts'
export { teamsTeamActivityDetail } from './definitions/teams-team-activity-detail'
export { teamsTeamActivityCounts } from './definitions/teams-team-activity-counts'
export { teamsTeamActivityDistributionCounts } from './definitions/teams-team-activity-distribution-counts'
export { teamsTeamCounts } from './definitions/teams-team-counts'
export { yammerGroupsActivityDetail } from './definitions/yammer-groups-activity-detail'
export { yammerGroupsActivityCounts } from './definitions/yammer-groups-activity-counts'
export { yammerGroupsActivityGroupCounts } from './definitions/yammer-groups-activity-group-counts'

/* Writers: CSV and the beta JSON, as streams that yield to other work */
export { csvLines, renderCsv } from './csv-writer'
export { quoteCsv } from './csv-cell'
export { renderJsonPage } from './json-writer'
export { timeSlice } from './time-slice'

/* The column order where the real export and the reference disagree (decision 0015) */
export { COLUMN_ORDERS, inColumnOrder } from './column-order'
/* The header a version serves, where v1.0 and beta differ (SharePoint site usage) */
export { homeVersion, inVersion } from './report-version'

/* Periods, as Graph spells them */
export { isPeriod, PERIODS, parsePeriod } from './report-request'
export { COPILOT_EXTRA_LAG_DAYS } from './copilot-rows'
export { COPILOT_PERIODS } from './copilot-surfaces'

export type { CellKind, CellValue, Column } from './column'
export type { ColumnOrder } from './column-order'
export type { GraphVersion } from './report-version'
export type { CountsRow } from './counts-columns'
export type { CsvOptions } from './csv-writer'
export type { DetailRow } from './detail-rows'
export type { ClientTally, EmailAppsRow } from './email-apps'
export type { ActivationRow, ActivationTotals } from './office-activations'
export type { AppsDay } from './office-apps'
export type { AppsDetailRow } from './office-apps-detail'
export type { WorkloadDay } from './workload-counts'
export type { WorkloadDetailRow } from './detail-rows'
export type { WorkloadDistribution } from './workload-distribution-report'
export type { JsonPageOptions } from './json-writer'
export type { AnyReportDefinition, NestedJson, ReportDefinition } from './report-definition'
export type { Period, ReportRequest, Selection } from './report-request'
