import { emailActivityCounts } from './definitions/email-activity-counts'
import { emailActivityUserCounts } from './definitions/email-activity-user-counts'
import { emailActivityUserDetail } from './definitions/email-activity-user-detail'
import { emailAppUsageAppsUserCounts } from './definitions/email-app-usage-apps-user-counts'
import { emailAppUsageUserCounts } from './definitions/email-app-usage-user-counts'
import { emailAppUsageUserDetail } from './definitions/email-app-usage-user-detail'
import { emailAppUsageVersionsUserCounts } from './definitions/email-app-usage-versions-user-counts'
import { legacyDetail } from './definitions/legacy-detail'
import { legacyServices } from './definitions/legacy-services'
import { legacyUsers } from './definitions/legacy-users'
import { m365AppPlatformUserCounts } from './definitions/m365-app-platform-user-counts'
import { m365AppUserCounts } from './definitions/m365-app-user-counts'
import { m365AppUserDetail } from './definitions/m365-app-user-detail'
import { mailboxUsageDetail } from './definitions/mailbox-usage-detail'
import { mailboxUsageMailboxCounts } from './definitions/mailbox-usage-mailbox-counts'
import { mailboxUsageQuotaStatusMailboxCounts } from './definitions/mailbox-usage-quota-status-mailbox-counts'
import { mailboxUsageStorage } from './definitions/mailbox-usage-storage'
import {
  microsoft365CopilotUsageUserDetail,
  microsoft365CopilotUsageUserDetailV2,
} from './definitions/microsoft365-copilot-usage-user-detail'
import {
  microsoft365CopilotUserCountSummary,
  microsoft365CopilotUserCountSummaryV2,
} from './definitions/microsoft365-copilot-user-count-summary'
import {
  microsoft365CopilotUserCountTrend,
  microsoft365CopilotUserCountTrendV2,
} from './definitions/microsoft365-copilot-user-count-trend'
import { office365ActivationCounts } from './definitions/office365-activation-counts'
import { office365ActivationsUserCounts } from './definitions/office365-activations-user-counts'
import { office365ActivationsUserDetail } from './definitions/office365-activations-user-detail'
import { office365ActiveUserCounts } from './definitions/office365-active-user-counts'
import { office365ActiveUserDetail } from './definitions/office365-active-user-detail'
import { office365GroupsActivityCounts } from './definitions/office365-groups-activity-counts'
import { office365GroupsActivityDetail } from './definitions/office365-groups-activity-detail'
import { office365GroupsActivityFileCounts } from './definitions/office365-groups-activity-file-counts'
import { office365GroupsActivityGroupCounts } from './definitions/office365-groups-activity-group-counts'
import { office365GroupsActivityStorage } from './definitions/office365-groups-activity-storage'
import { office365ServicesUserCounts } from './definitions/office365-services-user-counts'
import { oneDriveActivityFileCounts } from './definitions/onedrive-activity-file-counts'
import { oneDriveActivityUserCounts } from './definitions/onedrive-activity-user-counts'
import { oneDriveActivityUserDetail } from './definitions/onedrive-activity-user-detail'
import { oneDriveUsageAccountCounts } from './definitions/onedrive-usage-account-counts'
import { oneDriveUsageAccountDetail } from './definitions/onedrive-usage-account-detail'
import { oneDriveUsageFileCounts } from './definitions/onedrive-usage-file-counts'
import { oneDriveUsageStorage } from './definitions/onedrive-usage-storage'
import { sharePointActivityFileCounts } from './definitions/sharepoint-activity-file-counts'
import { sharePointActivityPages } from './definitions/sharepoint-activity-pages'
import { sharePointActivityUserCounts } from './definitions/sharepoint-activity-user-counts'
import { sharePointActivityUserDetail } from './definitions/sharepoint-activity-user-detail'
import { sharePointSiteUsageDetail } from './definitions/sharepoint-site-usage-detail'
import { sharePointSiteUsageFileCounts } from './definitions/sharepoint-site-usage-file-counts'
import { sharePointSiteUsagePages } from './definitions/sharepoint-site-usage-pages'
import { sharePointSiteUsageSiteCounts } from './definitions/sharepoint-site-usage-site-counts'
import { sharePointSiteUsageStorage } from './definitions/sharepoint-site-usage-storage'
import { skypeForBusinessActivityCounts } from './definitions/skype-for-business-activity-counts'
import { skypeForBusinessActivityUserCounts } from './definitions/skype-for-business-activity-user-counts'
import { skypeForBusinessActivityUserDetail } from './definitions/skype-for-business-activity-user-detail'
import { skypeForBusinessDeviceUsageDistributionUserCounts } from './definitions/skype-for-business-device-usage-distribution-user-counts'
import { skypeForBusinessDeviceUsageUserCounts } from './definitions/skype-for-business-device-usage-user-counts'
import { skypeForBusinessDeviceUsageUserDetail } from './definitions/skype-for-business-device-usage-user-detail'
import { skypeForBusinessOrganizerActivityCounts } from './definitions/skype-for-business-organizer-activity-counts'
import { skypeForBusinessOrganizerActivityMinuteCounts } from './definitions/skype-for-business-organizer-activity-minute-counts'
import { skypeForBusinessOrganizerActivityUserCounts } from './definitions/skype-for-business-organizer-activity-user-counts'
import { skypeForBusinessParticipantActivityCounts } from './definitions/skype-for-business-participant-activity-counts'
import { skypeForBusinessParticipantActivityMinuteCounts } from './definitions/skype-for-business-participant-activity-minute-counts'
import { skypeForBusinessParticipantActivityUserCounts } from './definitions/skype-for-business-participant-activity-user-counts'
import { skypeForBusinessPeerToPeerActivityCounts } from './definitions/skype-for-business-peer-to-peer-activity-counts'
import { skypeForBusinessPeerToPeerActivityMinuteCounts } from './definitions/skype-for-business-peer-to-peer-activity-minute-counts'
import { skypeForBusinessPeerToPeerActivityUserCounts } from './definitions/skype-for-business-peer-to-peer-activity-user-counts'
import { teamsDeviceUsageDistributionTotalUserCounts } from './definitions/teams-device-usage-distribution-total-user-counts'
import { teamsDeviceUsageDistributionUserCounts } from './definitions/teams-device-usage-distribution-user-counts'
import { teamsDeviceUsageTotalUserCounts } from './definitions/teams-device-usage-total-user-counts'
import { teamsDeviceUsageUserCounts } from './definitions/teams-device-usage-user-counts'
import { teamsDeviceUsageUserDetail } from './definitions/teams-device-usage-user-detail'
import { teamsTeamActivityCounts } from './definitions/teams-team-activity-counts'
import { teamsTeamActivityDetail } from './definitions/teams-team-activity-detail'
import { teamsTeamActivityDistributionCounts } from './definitions/teams-team-activity-distribution-counts'
import { teamsTeamCounts } from './definitions/teams-team-counts'
import { teamsUserActivityCounts } from './definitions/teams-user-activity-counts'
import { teamsUserActivityDistributionTotalUserCounts } from './definitions/teams-user-activity-distribution-total-user-counts'
import { teamsUserActivityDistributionUserCounts } from './definitions/teams-user-activity-distribution-user-counts'
import { teamsUserActivityTotalCounts } from './definitions/teams-user-activity-total-counts'
import { teamsUserActivityTotalDistributionCounts } from './definitions/teams-user-activity-total-distribution-counts'
import { teamsUserActivityTotalUserCounts } from './definitions/teams-user-activity-total-user-counts'
import { teamsUserActivityUserCounts } from './definitions/teams-user-activity-user-counts'
import { teamsUserActivityUserDetail } from './definitions/teams-user-activity-user-detail'
import { yammerActivityCounts } from './definitions/yammer-activity-counts'
import { yammerActivityUserCounts } from './definitions/yammer-activity-user-counts'
import { yammerActivityUserDetail } from './definitions/yammer-activity-user-detail'
import { yammerDeviceUsageDistributionUserCounts } from './definitions/yammer-device-usage-distribution-user-counts'
import { yammerDeviceUsageUserCounts } from './definitions/yammer-device-usage-user-counts'
import { yammerDeviceUsageUserDetail } from './definitions/yammer-device-usage-user-detail'
import { yammerGroupsActivityCounts } from './definitions/yammer-groups-activity-counts'
import { yammerGroupsActivityDetail } from './definitions/yammer-groups-activity-detail'
import { yammerGroupsActivityGroupCounts } from './definitions/yammer-groups-activity-group-counts'
import type { AnyReportDefinition } from './report-definition'

/** The current functions, served on v1.0 and beta unless a definition's `versions` says otherwise. */
export const CURRENT_REPORTS: readonly AnyReportDefinition[] = [
  office365ActiveUserDetail,
  office365ActiveUserCounts,
  office365ServicesUserCounts,
  emailActivityUserDetail,
  emailActivityCounts,
  emailActivityUserCounts,
  oneDriveActivityUserDetail,
  oneDriveActivityUserCounts,
  oneDriveActivityFileCounts,
  sharePointActivityUserDetail,
  sharePointActivityUserCounts,
  sharePointActivityFileCounts,
  sharePointActivityPages,
  teamsUserActivityUserDetail,
  teamsUserActivityCounts,
  teamsUserActivityUserCounts,
  teamsDeviceUsageUserDetail,
  teamsDeviceUsageUserCounts,
  teamsDeviceUsageDistributionUserCounts,
  yammerActivityUserDetail,
  yammerActivityCounts,
  yammerActivityUserCounts,
  yammerDeviceUsageUserDetail,
  yammerDeviceUsageUserCounts,
  yammerDeviceUsageDistributionUserCounts,
  skypeForBusinessActivityUserDetail,
  skypeForBusinessActivityCounts,
  skypeForBusinessActivityUserCounts,
  m365AppUserDetail,
  m365AppUserCounts,
  m365AppPlatformUserCounts,
  office365ActivationsUserDetail,
  office365ActivationCounts,
  office365ActivationsUserCounts,
  emailAppUsageUserDetail,
  emailAppUsageAppsUserCounts,
  emailAppUsageUserCounts,
  emailAppUsageVersionsUserCounts,
  microsoft365CopilotUsageUserDetail,
  microsoft365CopilotUserCountSummary,
  microsoft365CopilotUserCountTrend,
  skypeForBusinessPeerToPeerActivityCounts,
  skypeForBusinessPeerToPeerActivityUserCounts,
  skypeForBusinessPeerToPeerActivityMinuteCounts,
  skypeForBusinessOrganizerActivityCounts,
  skypeForBusinessOrganizerActivityUserCounts,
  skypeForBusinessOrganizerActivityMinuteCounts,
  skypeForBusinessParticipantActivityCounts,
  skypeForBusinessParticipantActivityUserCounts,
  skypeForBusinessParticipantActivityMinuteCounts,
  skypeForBusinessDeviceUsageUserDetail,
  skypeForBusinessDeviceUsageDistributionUserCounts,
  skypeForBusinessDeviceUsageUserCounts,
  teamsUserActivityTotalCounts,
  teamsUserActivityTotalUserCounts,
  teamsUserActivityDistributionUserCounts,
  teamsUserActivityDistributionTotalUserCounts,
  teamsUserActivityTotalDistributionCounts,
  teamsDeviceUsageTotalUserCounts,
  teamsDeviceUsageDistributionTotalUserCounts,
  mailboxUsageDetail,
  mailboxUsageMailboxCounts,
  mailboxUsageQuotaStatusMailboxCounts,
  mailboxUsageStorage,
  office365GroupsActivityDetail,
  office365GroupsActivityCounts,
  office365GroupsActivityGroupCounts,
  office365GroupsActivityStorage,
  office365GroupsActivityFileCounts,
  teamsTeamActivityDetail,
  teamsTeamActivityCounts,
  teamsTeamActivityDistributionCounts,
  teamsTeamCounts,
  yammerGroupsActivityDetail,
  yammerGroupsActivityCounts,
  yammerGroupsActivityGroupCounts,
  oneDriveUsageAccountDetail,
  oneDriveUsageAccountCounts,
  oneDriveUsageFileCounts,
  oneDriveUsageStorage,
  sharePointSiteUsageDetail,
  sharePointSiteUsageFileCounts,
  sharePointSiteUsageSiteCounts,
  sharePointSiteUsageStorage,
  sharePointSiteUsagePages,
]

/** The Copilot reports' version `v2`, found by `findReport(name, 'v2')`. */
export const COPILOT_V2_REPORTS: readonly AnyReportDefinition[] = [
  microsoft365CopilotUsageUserDetailV2,
  microsoft365CopilotUserCountSummaryV2,
  microsoft365CopilotUserCountTrendV2,
]

/** The seed's legacy `Office365ActiveUsers` views. */
export const LEGACY_VIEWS: readonly AnyReportDefinition[] = [legacyDetail, legacyUsers, legacyServices]

export const ALL_REPORTS: readonly AnyReportDefinition[] = [...CURRENT_REPORTS, ...COPILOT_V2_REPORTS, ...LEGACY_VIEWS]

/** The functions by lower-case name: every request looks one up, and the list grows with each family. */
const byName = (reports: readonly AnyReportDefinition[]) =>
  new Map(reports.map((report) => [report.name.toLowerCase(), report] as const))
const CURRENT_BY_NAME = byName(CURRENT_REPORTS)
const COPILOT_V2_BY_NAME = byName(COPILOT_V2_REPORTS)

/** A current function by name, case-insensitively, as Graph matches function names; `v2` finds a Copilot report's version 2. */
export function findReport(name: string, reportVersion?: 'v2'): AnyReportDefinition | undefined {
  return (reportVersion ? COPILOT_V2_BY_NAME : CURRENT_BY_NAME).get(name.toLowerCase())
}

/** A legacy view by name, case-insensitively (`'detail'` works, as `'d7'` does). */
export function findLegacyView(view: string): AnyReportDefinition | undefined {
  const wanted = view.toLowerCase()
  return LEGACY_VIEWS.find((report) => report.view?.toLowerCase() === wanted)
}

/** A stable slug for file names: `getOffice365ActiveUserDetail`, `Office365ActiveUsers-Detail`, `getMicrosoft365CopilotUserCountTrend-v2`. */
export function reportSlug(definition: AnyReportDefinition): string {
  if (definition.view) return `${definition.name}-${definition.view}`
  return definition.reportVersion === 'v2' ? `${definition.name}-v2` : definition.name
}
