import { generateTenant } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { csvLines } from './csv-writer'
import { ALL_REPORTS, reportSlug } from './report-registry'

// Copied from docs/graph-reports.md §2.1, §2.2, §2.3 and §2.5 and docs/usage-reports.md §1, §5, §6, §7 and §8: the oracle.
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
  getM365AppUserDetail: 39,
  getOffice365ActivationsUserDetail: 11,
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

  it('gives every JSON field a distinct camelCase name', () => {
    for (const report of ALL_REPORTS.filter((r) => r.jsonType)) {
      const fields = report.columns.map((column) => column.field)
      expect(new Set(fields).size).toBe(fields.length)
      for (const field of fields) expect(field).toMatch(/^[a-z][A-Za-z0-9]*$/)
    }
  })
})
