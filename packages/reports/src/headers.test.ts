import { generateTenant } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { csvLines } from './csv-writer'
import { ALL_REPORTS, reportSlug } from './report-registry'
import { inVersion } from './report-version'

// Copied from docs/graph-reports.md §2.1, §2.2, §2.3 and §2.5 and docs/usage-reports.md §1, §5 to §12, §16 and §17: the oracle.
const SPEC_HEADERS: Record<string, string> = {
  getOffice365ActiveUserDetail:
    'Report Refresh Date,User Principal Name,Display Name,Is Deleted,Deleted Date,Has Exchange License,Has OneDrive License,Has SharePoint License,Has Skype For Business License,Has Yammer License,Has Teams License,Exchange Last Activity Date,OneDrive Last Activity Date,SharePoint Last Activity Date,Skype For Business Last Activity Date,Yammer Last Activity Date,Teams Last Activity Date,Exchange License Assign Date,OneDrive License Assign Date,SharePoint License Assign Date,Skype For Business License Assign Date,Yammer License Assign Date,Teams License Assign Date,Assigned Products',
  getOffice365ActiveUserCounts:
    'Report Refresh Date,Office 365,Exchange,OneDrive,SharePoint,Skype For Business,Yammer,Teams,Report Date,Report Period',
  getOffice365ServicesUserCounts:
    'Report Refresh Date,Exchange Active,Exchange Inactive,OneDrive Active,OneDrive Inactive,SharePoint Active,SharePoint Inactive,Skype For Business Active,Skype For Business Inactive,Yammer Active,Yammer Inactive,Teams Active,Teams Inactive,Office 365 Active,Office 365 Inactive,Report Period',
  'Office365ActiveUsers-Detail':
    'Data as of,User principal name,DisplayName,Deleted,Deleted date,License For Exchange,License For OndDrive,License For SharePoint,License For Skype For Business,License For Yammer,Last Activity Date For Exchange,Last Activity Date For OndDrive,Last Activity Date For SharePoint,Last Activity Date For Skype For Business,Last Activity Date For Yammer,License Assigned Date For Exchange,License Assigned Date For OndDrive,License Assigned Date For SharePoint,License Assigned Date For Skype For Business,License Assigned Date For Yammer,Products assigned',
  'Office365ActiveUsers-Users':
    'Data as of,Office 365,Exchange,OneDrive,SharePoint,Skype For Business,Yammer,Last activity date(UTC),Reporting period in days',
  'Office365ActiveUsers-Services':
    'Data as of,ExchangeActive,ExchangeInActive,OneDriveActive,OneDriveInActive,SharePointActive,SharePointInActive,SkypeActive,SkypeInActive,YammerActive,YammerInActive,Reporting period in days',
  getEmailActivityUserDetail:
    'Report Refresh Date,User Principal Name,Display Name,Is Deleted,Deleted Date,Last Activity Date,Send Count,Receive Count,Read Count,Meeting Created Count,Meeting Interacted Count,Assigned Products,Report Period',
  getEmailActivityCounts:
    'Report Refresh Date,Send,Receive,Read,Meeting Created,Meeting Interacted,Report Date,Report Period',
  getEmailActivityUserCounts:
    'Report Refresh Date,Send,Receive,Read,Meeting Created,Meeting Interacted,Report Date,Report Period',
  getOneDriveActivityUserDetail:
    'Report Refresh Date,User Principal Name,Is Deleted,Deleted Date,Last Activity Date,Viewed Or Edited File Count,Synced File Count,Shared Internally File Count,Shared Externally File Count,Assigned Products,Report Period',
  getOneDriveActivityUserCounts:
    'Report Refresh Date,Viewed Or Edited,Synced,Shared Internally,Shared Externally,Report Date,Report Period',
  getOneDriveActivityFileCounts:
    'Report Refresh Date,Viewed Or Edited,Synced,Shared Internally,Shared Externally,Report Date,Report Period',
  getSharePointActivityUserDetail:
    'Report Refresh Date,User Principal Name,Is Deleted,Deleted Date,Last Activity Date,Viewed Or Edited File Count,Synced File Count,Shared Internally File Count,Shared Externally File Count,Visited Page Count,Assigned Products,Report Period',
  getSharePointActivityFileCounts:
    'Report Refresh Date,Viewed Or Edited,Synced,Shared Internally,Shared Externally,Report Date,Report Period',
  getSharePointActivityUserCounts:
    'Report Refresh Date,Visited Page,Viewed Or Edited,Synced,Shared Internally,Shared Externally,Report Date,Report Period',
  getSharePointActivityPages: 'Report Refresh Date,Visited Page Count,Report Date,Report Period',
  // usage-reports.md §1.18, version v1; v2 adds the columns §1.18 lists, in the order docs/usage-reports.md §12 chose.
  getMicrosoft365CopilotUsageUserDetail:
    'Report Refresh Date,User Principal Name,Display Name,Last Activity Date,Copilot Chat Last Activity Date,Microsoft Teams Copilot Last Activity Date,Word Copilot Last Activity Date,Excel Copilot Last Activity Date,PowerPoint Copilot Last Activity Date,Outlook Copilot Last Activity Date,OneNote Copilot Last Activity Date,Loop Copilot Last Activity Date,Report Period',
  getMicrosoft365CopilotUserCountSummary:
    'Report Refresh Date,Report Period,Microsoft Teams Enabled Users,Microsoft Teams Active Users,Word Enabled Users,Word Active Users,PowerPoint Enabled Users,PowerPoint Active Users,Outlook Enabled Users,Outlook Active Users,Excel Enabled Users,Excel Active Users,OneNote Enabled Users,OneNote Active Users,Loop Enabled Users,Loop Active Users,Any App Enabled Users,Any App Active Users,Copilot Chat Enabled Users,Copilot Chat Active Users',
  getMicrosoft365CopilotUserCountTrend:
    'Report Refresh Date,Report Date,Microsoft Teams Enabled Users,Microsoft Teams Active Users,Word Enabled Users,Word Active Users,PowerPoint Enabled Users,PowerPoint Active Users,Outlook Enabled Users,Outlook Active Users,Excel Enabled Users,Excel Active Users,OneNote Enabled Users,OneNote Active Users,Loop Enabled Users,Loop Active Users,Any App Enabled Users,Any App Active Users,Copilot Chat Enabled Users,Copilot Chat Active Users,Report Period',
  'getMicrosoft365CopilotUsageUserDetail-v2':
    'Report Refresh Date,User Principal Name,Display Name,Last Activity Date,Copilot Chat Last Activity Date,Microsoft Teams Copilot Last Activity Date,Word Copilot Last Activity Date,Excel Copilot Last Activity Date,PowerPoint Copilot Last Activity Date,Outlook Copilot Last Activity Date,OneNote Copilot Last Activity Date,Loop Copilot Last Activity Date,Prompts submitted for all apps,Prompts submitted for Copilot Chat (work),Prompts submitted for Copilot Chat (web),Active Usage Days for all apps,Copilot Chat (work) Last Activity Date,Copilot Chat (web) Last Activity Date,Microsoft 365 Copilot Last Activity Date,Edge Last Activity Date,Copilot Agent Last Activity Date,Report Period',
  'getMicrosoft365CopilotUserCountSummary-v2':
    'Report Refresh Date,Report Period,Microsoft Teams Enabled Users,Microsoft Teams Active Users,Word Enabled Users,Word Active Users,PowerPoint Enabled Users,PowerPoint Active Users,Outlook Enabled Users,Outlook Active Users,Excel Enabled Users,Excel Active Users,OneNote Enabled Users,OneNote Active Users,Loop Enabled Users,Loop Active Users,Any App Enabled Users,Any App Active Users,Copilot Chat Enabled Users,Copilot Chat Active Users,Edge Enabled Users,Edge Active Users,Microsoft 365 Copilot Enabled Users,Microsoft 365 Copilot Active Users,Copilot Chat (work) Enabled Users,Copilot Chat (work) Active Users,Copilot Chat (web) Enabled Users,Copilot Chat (web) Active Users,Total Prompts Submitted,Average Prompts Submitted',
  'getMicrosoft365CopilotUserCountTrend-v2':
    'Report Refresh Date,Report Date,Microsoft Teams Enabled Users,Microsoft Teams Active Users,Word Enabled Users,Word Active Users,PowerPoint Enabled Users,PowerPoint Active Users,Outlook Enabled Users,Outlook Active Users,Excel Enabled Users,Excel Active Users,OneNote Enabled Users,OneNote Active Users,Loop Enabled Users,Loop Active Users,Any App Enabled Users,Any App Active Users,Copilot Chat Enabled Users,Copilot Chat Active Users,Edge Enabled Users,Edge Active Users,Microsoft 365 Copilot Enabled Users,Microsoft 365 Copilot Active Users,Copilot Chat (work) Enabled Users,Copilot Chat (work) Active Users,Copilot Chat (web) Enabled Users,Copilot Chat (web) Active Users,Prompts Submitted,Report Period',
  // Teams (usage-reports spec §1.10, §1.11): the real exports' order, from cli-microsoft365's 2022 samples.
  getTeamsUserActivityUserDetail:
    'Report Refresh Date,User Id,User Principal Name,Last Activity Date,Is Deleted,Deleted Date,Assigned Products,Team Chat Message Count,Private Chat Message Count,Call Count,Meeting Count,Meetings Organized Count,Meetings Attended Count,Ad Hoc Meetings Organized Count,Ad Hoc Meetings Attended Count,Scheduled One-time Meetings Organized Count,Scheduled One-time Meetings Attended Count,Scheduled Recurring Meetings Organized Count,Scheduled Recurring Meetings Attended Count,Audio Duration,Video Duration,Screen Share Duration,Audio Duration In Seconds,Video Duration In Seconds,Screen Share Duration In Seconds,Has Other Action,Urgent Messages,Post Messages,Tenant Display Name,Shared Channel Tenant Display Names,Reply Messages,Is Licensed,Report Period',
  getTeamsUserActivityCounts:
    'Report Refresh Date,Report Date,Team Chat Messages,Private Chat Messages,Calls,Meetings,Meetings Organized Count,Meetings Attended Count,Audio Duration,Video Duration,Screen Share Duration,Post Messages,Reply Messages,Report Period',
  getTeamsUserActivityUserCounts:
    'Report Refresh Date,Report Date,Team Chat Messages,Private Chat Messages,Calls,Meetings,Other Actions,Report Period',
  getTeamsDeviceUsageUserDetail:
    'Report Refresh Date,User Id,User Principal Name,Last Activity Date,Is Deleted,Deleted Date,Used Web,Used Windows Phone,Used iOS,Used Mac,Used Android Phone,Used Windows,Used Chrome OS,Used Linux,Is Licensed,Report Period',
  getTeamsDeviceUsageUserCounts:
    'Report Refresh Date,Web,Windows Phone,Android Phone,iOS,Mac,Windows,Chrome OS,Linux,Report Date,Report Period',
  getTeamsDeviceUsageDistributionUserCounts:
    'Report Refresh Date,Web,Windows Phone,Android Phone,iOS,Mac,Windows,Chrome OS,Linux,Report Period',
  getYammerActivityUserDetail:
    'Report Refresh Date,User Principal Name,Display Name,User State,State Change Date,Last Activity Date,Posted Count,Read Count,Liked Count,Assigned Products,Report Period',
  getYammerActivityCounts: 'Report Refresh Date,Liked,Posted,Read,Report Date,Report Period',
  getYammerActivityUserCounts: 'Report Refresh Date,Liked,Posted,Read,Report Date,Report Period',
  getYammerDeviceUsageUserDetail:
    'Report Refresh Date,User Principal Name,Display Name,User State,State Change Date,Last Activity Date,Used Web,Used Windows Phone,Used Android Phone,Used iPhone,Used iPad,Used Others,Report Period',
  getYammerDeviceUsageUserCounts:
    'Report Refresh Date,Web,Windows Phone,Android Phone,iPhone,iPad,Other,Report Date,Report Period',
  getYammerDeviceUsageDistributionUserCounts:
    'Report Refresh Date,Web,Windows Phone,Android Phone,iPhone,iPad,Other,Report Period',
  getSkypeForBusinessActivityUserDetail:
    'Report Refresh Date,User Principal Name,Is Deleted,Deleted Date,Last Activity Date,Total Peer-to-peer Session Count,Total Organized Conference Count,Total Participated Conference Count,Peer-to-peer Last Activity Date,Organized Conference Last Activity Date,Participated Conference Last Activity Date,Peer-to-peer IM Count,Peer-to-peer Audio Count,Peer-to-peer Audio Minutes,Peer-to-peer Video Count,Peer-to-peer Video Minutes,Peer-to-peer App Sharing Count,Peer-to-peer File Transfer Count,Organized Conference IM Count,Organized Conference Audio/Video Count,Organized Conference Audio/Video Minutes,Organized Conference App Sharing Count,Organized Conference Web Count,Organized Conference Dial-in/out 3rd Party Count,Organized Conference Dial-in/out Microsoft Count,Organized Conference Dial-in Microsoft Minutes,Organized Conference Dial-out Microsoft Minutes,Participated Conference IM Count,Participated Conference Audio/Video Count,Participated Conference Audio/Video Minutes,Participated Conference App Sharing Count,Participated Conference Web Count,Participated Conference Dial-in/out 3rd Party Count,Assigned Products,Report Period',
  getSkypeForBusinessActivityCounts:
    'Report Refresh Date,Report Date,Report Period,Peer-to-peer,Organized,Participated',
  getSkypeForBusinessActivityUserCounts:
    'Report Refresh Date,Report Date,Report Period,Peer-to-peer,Organized,Participated',
  getM365AppUserDetail:
    'Report Refresh Date,User Principal Name,Last Activation Date,Last Activity Date,Report Period,Windows,Mac,Mobile,Web,Outlook,Word,Excel,PowerPoint,OneNote,Teams,Outlook (Windows),Word (Windows),Excel (Windows),PowerPoint (Windows),OneNote (Windows),Teams (Windows),Outlook (Mac),Word (Mac),Excel (Mac),PowerPoint (Mac),OneNote (Mac),Teams (Mac),Outlook (Mobile),Word (Mobile),Excel (Mobile),PowerPoint (Mobile),OneNote (Mobile),Teams (Mobile),Outlook (Web),Word (Web),Excel (Web),PowerPoint (Web),OneNote (Web),Teams (Web)',
  getM365AppUserCounts: 'Report Refresh Date,Report Period,Report Date,Outlook,Word,Excel,PowerPoint,OneNote,Teams',
  getM365AppPlatformUserCounts: 'Report Refresh Date,Report Period,Report Date,Windows,Mac,Mobile,Web',
  getOffice365ActivationsUserDetail:
    'Report Refresh Date,User Principal Name,Display Name,Product Type,Last Activated Date,Windows,Mac,Windows 10 Mobile,iOS,Android,Activated On Shared Computer',
  getOffice365ActivationCounts: 'Report Refresh Date,Product Type,Windows,Mac,Android,iOS,Windows 10 Mobile',
  getOffice365ActivationsUserCounts: 'Report Refresh Date,Product Type,Assigned,Activated,Shared Computer Activation',
  getEmailAppUsageUserDetail:
    'Report Refresh Date,User Principal Name,Display Name,Is Deleted,Deleted Date,Last Activity Date,Mail For Mac,Outlook For Mac,Outlook For Windows,Outlook For Mobile,Other For Mobile,Outlook For Web,POP3 App,IMAP4 App,SMTP App,Report Period',
  getEmailAppUsageAppsUserCounts:
    'Report Refresh Date,Mail For Mac,Outlook For Mac,Outlook For Windows,Outlook For Mobile,Other For Mobile,Outlook For Web,POP3 App,IMAP4 App,SMTP App,Report Period',
  getEmailAppUsageUserCounts:
    'Report Refresh Date,Mail For Mac,Outlook For Mac,Outlook For Windows,Outlook For Mobile,Other For Mobile,Outlook For Web,POP3 App,IMAP4 App,SMTP App,Report Date,Report Period',
  getEmailAppUsageVersionsUserCounts:
    'Report Refresh Date,Outlook 2016,Outlook 2013,Outlook 2010,Outlook 2007,Undetermined,Report Period,Outlook M365,Outlook 2019',
  getSkypeForBusinessPeerToPeerActivityCounts:
    'Report Refresh Date,Report Date,Report Period,IM,Audio,Video,App Sharing,File Transfer',
  getSkypeForBusinessPeerToPeerActivityUserCounts:
    'Report Refresh Date,Report Date,Report Period,IM,Audio,Video,App Sharing,File Transfer',
  getSkypeForBusinessPeerToPeerActivityMinuteCounts: 'Report Refresh Date,Report Date,Report Period,Audio,Video',
  getSkypeForBusinessOrganizerActivityCounts:
    'Report Refresh Date,Report Date,Report Period,IM,Audio/Video,App Sharing,Web,Dial-in/out 3rd Party,Dial-in/out Microsoft',
  getSkypeForBusinessOrganizerActivityUserCounts:
    'Report Refresh Date,Report Date,Report Period,IM,Audio/Video,App Sharing,Web,Dial-in/out 3rd Party,Dial-in/out Microsoft',
  getSkypeForBusinessOrganizerActivityMinuteCounts:
    'Report Refresh Date,Report Date,Report Period,Audio/Video,Dial-in Microsoft,Dial-out Microsoft',
  getSkypeForBusinessParticipantActivityCounts:
    'Report Refresh Date,Report Date,Report Period,IM,Audio/Video,App Sharing,Web,Dial-in/out 3rd Party',
  getSkypeForBusinessParticipantActivityUserCounts:
    'Report Refresh Date,Report Date,Report Period,IM,Audio/Video,App Sharing,Web,Dial-in/out 3rd Party',
  getSkypeForBusinessParticipantActivityMinuteCounts: 'Report Refresh Date,Report Date,Report Period,Audio/Video',
  getSkypeForBusinessDeviceUsageUserDetail:
    'Report Refresh Date,User Principal Name,Last Activity Date,Used Windows,Used Windows Phone,Used Android Phone,Used iPhone,Used iPad,Report Period',
  getSkypeForBusinessDeviceUsageDistributionUserCounts:
    'Report Refresh Date,Windows,Windows Phone,Android Phone,iPhone,iPad,Report Period',
  getSkypeForBusinessDeviceUsageUserCounts:
    'Report Refresh Date,Windows,Windows Phone,Android Phone,iPhone,iPad,Report Date,Report Period',
  // Teams' beta-only reports (docs/usage-reports.md §20): the beta reference pages' headers.
  getTeamsUserActivityTotalCounts:
    'Report Refresh Date,Report Date,Team Chat Messages,Post Messages,Reply Messages,Private Chat Messages,Calls,Meetings,Audio Duration,Video Duration,Screen Share Duration,Meetings Organized,Meetings Attended,Report Period',
  getTeamsUserActivityTotalUserCounts:
    'Report Refresh Date,Report Date,Team Chat Messages,Private Chat Messages,Calls,Meetings,Other Actions,Report Period',
  getTeamsUserActivityDistributionUserCounts:
    'Report Refresh Date,Team Chat Messages,Private Chat Messages,Calls,Meetings,Report Period',
  getTeamsUserActivityDistributionTotalUserCounts:
    'Report Refresh Date,Team Chat Messages,Private Chat Messages,Calls,Meetings,Report Period',
  getTeamsUserActivityTotalDistributionCounts:
    'Report Refresh Date,Team Chat Messages,Private Chat Messages,Calls,Meetings,Meetings Organized,Meetings Attended,Audio Duration,Video Duration,Screen Share Duration,Post Messages,Reply Messages,Report Period',
  getTeamsDeviceUsageTotalUserCounts:
    'Report Refresh Date,Web,Windows Phone,Android Phone,iOS,Mac,Windows,Chrome OS,Linux,Report Date,Report Period',
  getTeamsDeviceUsageDistributionTotalUserCounts:
    'Report Refresh Date,Web,Windows Phone,Android Phone,iOS,Mac,Windows,Chrome OS,Linux,Report Period',
  getMailboxUsageDetail:
    'Report Refresh Date,User Principal Name,Display Name,Is Deleted,Deleted Date,Created Date,Last Activity Date,Item Count,Storage Used (Byte),Issue Warning Quota (Byte),Prohibit Send Quota (Byte),Prohibit Send/Receive Quota (Byte),Deleted Item Count,Deleted Item Size (Byte),Deleted Item Quota (Byte),Has Archive,Report Period',
  getMailboxUsageMailboxCounts: 'Report Refresh Date,Total,Active,Report Date,Report Period',
  getMailboxUsageQuotaStatusMailboxCounts:
    'Report Refresh Date,Under Limit,Warning Issued,Send Prohibited,Send/Receive Prohibited,Indeterminate,Report Date,Report Period',
  getMailboxUsageStorage: 'Report Refresh Date,Storage Used (Byte),Report Date,Report Period',
  // Groups, Teams team activity, Engage groups (usage-reports spec §1.6, §1.12, §1.13): the Groups Detail as the
  // real export (cli-microsoft365, 2023) has it, Group Id before Report Period.
  getOffice365GroupsActivityDetail:
    'Report Refresh Date,Group Display Name,Is Deleted,Owner Principal Name,Last Activity Date,Group Type,Member Count,External Member Count,Exchange Received Email Count,SharePoint Active File Count,Yammer Posted Message Count,Yammer Read Message Count,Yammer Liked Message Count,Exchange Mailbox Total Item Count,Exchange Mailbox Storage Used (Byte),SharePoint Total File Count,SharePoint Site Storage Used (Byte),Group Id,Report Period',
  getOffice365GroupsActivityCounts:
    'Report Refresh Date,Exchange Emails Received,Yammer Messages Posted,Yammer Messages Read,Yammer Messages Liked,Report Date,Report Period',
  getOffice365GroupsActivityGroupCounts: 'Report Refresh Date,Total,Active,Report Date,Report Period',
  getOffice365GroupsActivityStorage:
    'Report Refresh Date,Mailbox Storage Used (Byte),Site Storage Used (Byte),Report Date,Report Period',
  getOffice365GroupsActivityFileCounts: 'Report Refresh Date,Total,Active,Report Date,Report Period',
  getTeamsTeamActivityDetail:
    'Report Refresh Date,Team Name,Team Id,Team Type,Last Activity Date,Report Period,Active Users,Active Channels,Guests,Reactions,Meetings Organized,Post Messages,Reply Messages,Channel Messages,Urgent Messages,Mentions,Active Shared Channels,Active External Users',
  getTeamsTeamActivityCounts:
    'Report Refresh Date,Report Period,Report Date,Active Users,Active Channels,Guests,Reactions,Meetings Organized,Post Messages,Channel Messages,Active Shared Channels,Active External Users,Reply Messages,Urgent Messages,Mentions',
  getTeamsTeamActivityDistributionCounts:
    'Report Refresh Date,Report Period,Active Users,Active Channels,Guests,Reactions,Meetings Organized,Post Messages,Channel Messages,Active Shared Channels,Active External Users,Reply Messages,Urgent Messages,Mentions',
  getTeamsTeamCounts:
    'Report Refresh Date,Report Date,Public Teams,Active Public Teams,Private Teams,Active Private Teams',
  getYammerGroupsActivityDetail:
    'Report Refresh Date,Group Display Name,Is Deleted,Owner Principal Name,Last Activity Date,Group Type,Office 365 Connected,Member Count,Posted Count,Read Count,Liked Count,Report Period',
  getYammerGroupsActivityCounts: 'Report Refresh Date,Liked,Posted,Read,Report Date,Report Period',
  getYammerGroupsActivityGroupCounts: 'Report Refresh Date,Total,Active,Report Date,Report Period',
  // usage-reports spec §1.7 and §1.8, as docs/usage-reports.md §16 and §17 give them.
  getOneDriveUsageAccountDetail:
    'Report Refresh Date,Site URL,Owner Display Name,Is Deleted,Last Activity Date,File Count,Active File Count,Storage Used (Byte),Storage Allocated (Byte),Owner Principal Name,Report Period',
  getOneDriveUsageAccountCounts: 'Report Refresh Date,Site Type,Total,Active,Report Date,Report Period',
  getOneDriveUsageFileCounts: 'Report Refresh Date,Site Type,Total,Active,Report Date,Report Period',
  getOneDriveUsageStorage: 'Report Refresh Date,Site Type,Storage Used (Byte),Report Date,Report Period',
  getSharePointSiteUsageDetail:
    'Report Refresh Date,Site Id,Site URL,Owner Display Name,Is Deleted,Last Activity Date,File Count,Active File Count,Page View Count,Visited Page Count,Storage Used (Byte),Storage Allocated (Byte),Root Web Template,Owner Principal Name,Report Period',
  getSharePointSiteUsageFileCounts: 'Report Refresh Date,Site Type,Total,Active,Report Date,Report Period',
  getSharePointSiteUsageSiteCounts: 'Report Refresh Date,Site Type,Total,Active,Report Date,Report Period',
  getSharePointSiteUsageStorage: 'Report Refresh Date,Site Type,Storage Used (Byte),Report Date,Report Period',
  getSharePointSiteUsagePages: 'Report Refresh Date,Site Type,Page View Count,Report Date,Report Period',
}
/** Where Graph's reference documents another order or other names than the real export (spec §1.10). */
const DOCUMENTED_HEADERS: Record<string, string> = {
  getTeamsUserActivityUserDetail:
    'Report Refresh Date,Tenant Display Name,Shared Channel Tenant Display Names,User Id,User Principal Name,Last Activity Date,Is Deleted,Deleted Date,Assigned Products,Team Chat Message Count,Private Chat Message Count,Call Count,Meeting Count,Post Messages,Reply Messages,Urgent Messages,Meetings Organized Count,Meetings Attended Count,Ad Hoc Meetings Organized Count,Ad Hoc Meetings Attended Count,Scheduled One-time Meetings Organized Count,Scheduled One-time Meetings Attended Count,Scheduled Recurring Meetings Organized Count,Scheduled Recurring Meetings Attended Count,Audio Duration,Video Duration,Screen Share Duration,Audio Duration In Seconds,Video Duration In Seconds,Screen Share Duration In Seconds,Has Other Action,Is Licensed,Report Period',
  getTeamsUserActivityCounts:
    'Report Refresh Date,Report Date,Team Chat Messages,Post Messages,Reply Messages,Private Chat Messages,Calls,Meetings,Audio Duration,Video Duration,Screen Share Duration,Meetings Organized,Meetings Attended,Report Period',
  getMailboxUsageDetail:
    'Report Refresh Date,User Principal Name,Display Name,Is Deleted,Deleted Date,Created Date,Last Activity Date,Item Count,Storage Used (Byte),Issue Warning Quota (Byte),Prohibit Send Quota (Byte),Prohibit Send/Receive Quota (Byte),Deleted Item Count,Deleted Item Size (Byte),Report Period',
  // The reference has no Group Id; the documented order keeps it, after Report Period.
  getOffice365GroupsActivityDetail:
    'Report Refresh Date,Group Display Name,Is Deleted,Owner Principal Name,Last Activity Date,Group Type,Member Count,External Member Count,Exchange Received Email Count,SharePoint Active File Count,Yammer Posted Message Count,Yammer Read Message Count,Yammer Liked Message Count,Exchange Mailbox Total Item Count,Exchange Mailbox Storage Used (Byte),SharePoint Total File Count,SharePoint Site Storage Used (Byte),Report Period,Group Id',
}
/** Columns of the real export that the reference lacks altogether (spec §1.5, §2.1). */
const UNDOCUMENTED_COLUMNS: Record<string, readonly string[]> = {
  getMailboxUsageDetail: ['Deleted Item Quota (Byte)', 'Has Archive'],
}
/** Beta's header where it is not v1.0's: usage-reports spec §1.8, the doc's header line. */
const BETA_HEADERS: Record<string, string> = {
  getSharePointSiteUsageDetail:
    'Report Refresh Date,Site Id,Site URL,Owner Display Name,Is Deleted,Last Activity Date,Site Sensitivity Label Id,External Sharing,Unmanaged Device Policy,Geo Location,File Count,Active File Count,Page View Count,Visited Page Count,Anonymous Link Count,Company Link Count,Secure Link For Guest Count,Secure Link For Member Count,Storage Used (Byte),Storage Allocated (Byte),Root Web Template,Owner Principal Name,Report Period',
}
const COLUMN_COUNTS: Record<string, number> = {
  getOffice365ActiveUserDetail: 24,
  getOffice365ActiveUserCounts: 10,
  getOffice365ServicesUserCounts: 16,
  'Office365ActiveUsers-Detail': 21,
  getEmailActivityUserDetail: 13,
  getEmailActivityCounts: 8,
  getOneDriveActivityUserDetail: 11,
  getSharePointActivityUserDetail: 12,
  getSharePointActivityUserCounts: 8,
  getSharePointActivityPages: 4,
  getMicrosoft365CopilotUsageUserDetail: 13,
  getMicrosoft365CopilotUserCountSummary: 20,
  getTeamsUserActivityUserDetail: 33,
  getTeamsDeviceUsageUserDetail: 16,
  getYammerActivityUserDetail: 11,
  getYammerDeviceUsageUserDetail: 13,
  getSkypeForBusinessActivityUserDetail: 35,
  getSkypeForBusinessActivityCounts: 6,
  getM365AppUserDetail: 39,
  getOffice365ActivationsUserDetail: 11,
  getSkypeForBusinessOrganizerActivityCounts: 9,
  getSkypeForBusinessDeviceUsageUserDetail: 9,
  getMailboxUsageDetail: 17,
  getOneDriveUsageAccountDetail: 11,
  getSharePointSiteUsageDetail: 15,
}

describe('report headers', () => {
  const tenant = generateTenant({ seed: 1, users: 5, now: new Date('2026-11-27T00:00:00Z') })

  it('defines each report of docs/graph-reports.md §2 exactly once', () => {
    expect(ALL_REPORTS.map(reportSlug).sort()).toEqual(Object.keys(SPEC_HEADERS).sort())
  })

  it.each(ALL_REPORTS.map((report) => [reportSlug(report), report] as const))(
    '%s starts with a BOM and the documented header, byte for byte',
    (slug, report) => {
      const [first] = csvLines(report, { tenant, selection: { period: 7 } })
      expect(first).toBe(`\uFEFF${SPEC_HEADERS[slug]}\r\n`)
      const expected = COLUMN_COUNTS[slug]
      if (expected) expect(report.columns.length).toBe(expected)
    },
  )

  it('documents another order only where the reference differs, the same columns by name but those it lacks', () => {
    const documented = ALL_REPORTS.filter((report) => report.documentedColumns)
    expect(documented.map(reportSlug).sort()).toEqual(Object.keys(DOCUMENTED_HEADERS).sort())
    for (const report of documented) {
      const headers = (report.documentedColumns ?? []).map((column) => column.header)
      expect(headers.join(',')).toBe(DOCUMENTED_HEADERS[reportSlug(report)])
      expect(headers.join(',')).not.toBe(report.columns.map((column) => column.header).join(','))
      const lacks = UNDOCUMENTED_COLUMNS[reportSlug(report)] ?? []
      expect(headers.length).toBe(report.columns.length - lacks.length)
      for (const name of lacks) {
        expect(headers).not.toContain(name)
        expect(report.columns.map((column) => column.header)).toContain(name)
      }
    }
  })

  it('serves beta its own header only where the spec gives one, 23 columns of the site usage Detail', () => {
    const differing = ALL_REPORTS.filter((report) => inVersion(report, 'beta') !== inVersion(report, 'v1.0'))
    expect(differing.map(reportSlug)).toEqual(Object.keys(BETA_HEADERS))
    for (const report of differing) {
      const [first] = csvLines(inVersion(report, 'beta'), { tenant, selection: { period: 7 } })
      expect(first).toBe(`\uFEFF${BETA_HEADERS[reportSlug(report)]}\r\n`)
      expect(inVersion(report, 'beta').columns.length).toBe(23)
      // The same form on every call: the CSV writer compiles one line per column list.
      expect(inVersion(report, 'beta')).toBe(inVersion(report, 'beta'))
    }
  })

  it('gives every JSON field a distinct camelCase name', () => {
    for (const report of ALL_REPORTS.filter((r) => r.jsonType).flatMap((r) => [r, inVersion(r, 'beta')])) {
      const fields = report.columns.map((column) => column.field)
      expect(new Set(fields).size).toBe(fields.length)
      for (const field of fields) expect(field).toMatch(/^[a-z][A-Za-z0-9]*$/)
    }
  })
})
