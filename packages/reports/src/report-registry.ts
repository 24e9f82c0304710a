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
import { teamsDeviceUsageDistributionUserCounts } from './definitions/teams-device-usage-distribution-user-counts'
import { teamsDeviceUsageUserCounts } from './definitions/teams-device-usage-user-counts'
import { teamsDeviceUsageUserDetail } from './definitions/teams-device-usage-user-detail'
import { teamsUserActivityCounts } from './definitions/teams-user-activity-counts'
import { teamsUserActivityUserCounts } from './definitions/teams-user-activity-user-counts'
import { teamsUserActivityUserDetail } from './definitions/teams-user-activity-user-detail'
import { yammerActivityCounts } from './definitions/yammer-activity-counts'
import { yammerActivityUserCounts } from './definitions/yammer-activity-user-counts'
import { yammerActivityUserDetail } from './definitions/yammer-activity-user-detail'
import { yammerDeviceUsageDistributionUserCounts } from './definitions/yammer-device-usage-distribution-user-counts'
import { yammerDeviceUsageUserCounts } from './definitions/yammer-device-usage-user-counts'
import { yammerDeviceUsageUserDetail } from './definitions/yammer-device-usage-user-detail'
import type { AnyReportDefinition } from './report-definition'

/** The current functions, served on v1.0 and beta. */
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

/** A current function by name, case-insensitively, as Graph matches function names; `v2` finds a Copilot report's version 2. */
export function findReport(name: string, reportVersion?: 'v2'): AnyReportDefinition | undefined {
  const wanted = name.toLowerCase()
  return (reportVersion ? COPILOT_V2_REPORTS : CURRENT_REPORTS).find((report) => report.name.toLowerCase() === wanted)
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
