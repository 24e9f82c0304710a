import {
  type Day,
  existedDuring,
  type SiteFacts,
  siteActivityBetween,
  siteLastActivity,
  type TenantSite,
  tenantSites,
} from '@fake-graph/tenant'
import type { Column } from './column'
import { concealedId } from './concealed-id'
import { nameConcealer } from './concealed-name'
import type { Idle } from './idle'
import type { ReportDefinition } from './report-definition'
import { type ReportRequest, selectionSpan } from './report-request'
import { type AddSite, type SiteDay, siteCountsReport } from './site-counts'
import { refreshDateColumn, reportPeriodColumn } from './standard-columns'

/** One site of the site-usage Detail: who owns it, and its facts over the period or on the date. */
export interface SiteUsageRow extends SiteFacts {
  readonly index: number
  readonly refreshDate: Day
  readonly site: TenantSite
  readonly siteId: string
  readonly siteUrl: string
  readonly ownerDisplayName: string
  readonly ownerPrincipalName: string
  readonly lastActivityDate: Day | null
  readonly period: number
}

/**
 * Every site the report lists, from the site at index `start`: each that existed on a day of the
 * period, or on the date.
 * A period's files and storage are as of its last day; its page views and files acted on are the
 * days' sums, at most the files the site holds; its visited pages the most visited on one day, a
 * floor of the distinct pages that nothing else gives [I].
 */
export function* siteUsageRows(
  { tenant, selection, concealNames, blankSiteUrls }: ReportRequest,
  start = 0,
): Generator<SiteUsageRow | Idle> {
  const span = selectionSpan(tenant, selection)
  if (!span) return
  const { from, to, period } = span
  const conceal = concealNames ? nameConcealer(tenant) : undefined
  const day: SiteFacts = { files: 0, activeFiles: 0, pageViews: 0, visitedPages: 0, storageUsed: 0 }
  for (const site of tenantSites(tenant).sites(start)) {
    // Listed if it existed on a day of the span: a site is gone on the day it was deleted.
    if (!existedDuring(site.createdDate, site.deletedDate, from, to)) continue
    const { activeFiles, pageViews, visitedPages, lastActive } = siteActivityBetween(site, from, to, day)
    // The files and storage the row reports are the last day's.
    site.on(to, day)
    const { files, storageUsed } = day
    yield {
      index: site.index,
      refreshDate: tenant.refreshDate,
      site,
      siteId: conceal ? (concealedId(site.id) as string) : site.id,
      siteUrl: blankSiteUrls ? '' : conceal ? conceal('siteUrl', site.id) : site.url,
      ownerDisplayName: conceal ? conceal('displayName', site.ownerId) : site.ownerDisplayName,
      ownerPrincipalName: conceal ? conceal('userPrincipalName', site.ownerId) : site.ownerPrincipalName,
      // Active in the span, its last active day is known; else look back to the window's start.
      lastActivityDate: lastActive ?? siteLastActivity(site, tenant.firstDay, from - 1, day),
      files,
      activeFiles: Math.min(files, activeFiles),
      pageViews,
      visitedPages,
      storageUsed,
      period,
    }
  }
}

type SiteColumn = Column<SiteUsageRow>
const count = (header: string, field: string, value: (row: SiteUsageRow) => number): SiteColumn => ({
  header,
  field,
  kind: 'count',
  value,
})

const OPENING: SiteColumn[] = [
  refreshDateColumn(),
  { header: 'Site Id', field: 'siteId', kind: 'text', value: (row) => row.siteId },
  { header: 'Site URL', field: 'siteUrl', kind: 'text', value: (row) => row.siteUrl },
  { header: 'Owner Display Name', field: 'ownerDisplayName', kind: 'text', value: (row) => row.ownerDisplayName },
  { header: 'Is Deleted', field: 'isDeleted', kind: 'bool', value: (row) => row.site.isDeleted },
  { header: 'Last Activity Date', field: 'lastActivityDate', kind: 'date', value: (row) => row.lastActivityDate },
]
const GOVERNANCE: SiteColumn[] = [
  {
    header: 'Site Sensitivity Label Id',
    field: 'siteSensitivityLabelId',
    kind: 'text',
    value: (row) => row.site.governance.sensitivityLabelId,
  },
  {
    header: 'External Sharing',
    field: 'externalSharing',
    kind: 'bool',
    value: (row) => row.site.governance.externalSharing,
  },
  {
    header: 'Unmanaged Device Policy',
    field: 'unmanagedDevicePolicy',
    kind: 'text',
    value: (row) => row.site.governance.unmanagedDevicePolicy,
  },
  { header: 'Geo Location', field: 'geoLocation', kind: 'text', value: (row) => row.site.governance.geoLocation },
]
const ACTIVITY: SiteColumn[] = [
  count('File Count', 'fileCount', (row) => row.files),
  count('Active File Count', 'activeFileCount', (row) => row.activeFiles),
  count('Page View Count', 'pageViewCount', (row) => row.pageViews),
  count('Visited Page Count', 'visitedPageCount', (row) => row.visitedPages),
]
const LINKS: SiteColumn[] = [
  count('Anonymous Link Count', 'anonymousLinkCount', (row) => row.site.governance.anonymousLinks),
  count('Company Link Count', 'companyLinkCount', (row) => row.site.governance.companyLinks),
  count('Secure Link For Guest Count', 'secureLinkForGuestCount', (row) => row.site.governance.guestLinks),
  count('Secure Link For Member Count', 'secureLinkForMemberCount', (row) => row.site.governance.memberLinks),
]
const CLOSING: SiteColumn[] = [
  count('Storage Used (Byte)', 'storageUsedInBytes', (row) => row.storageUsed),
  count('Storage Allocated (Byte)', 'storageAllocatedInBytes', (row) => row.site.storageAllocated),
  { header: 'Root Web Template', field: 'rootWebTemplate', kind: 'text', value: (row) => row.site.template },
  { header: 'Owner Principal Name', field: 'ownerPrincipalName', kind: 'text', value: (row) => row.ownerPrincipalName },
  reportPeriodColumn(),
]

/** `getSharePointSiteUsageDetail`: v1.0's 15 columns, and beta's 23 with the governance columns (spec §1.8). */
export function siteUsageDetail(): ReportDefinition<SiteUsageRow> {
  return {
    name: 'getSharePointSiteUsageDetail',
    summary:
      'SharePoint site Detail, every site with its owner, files, page views and storage (beta adds the governance columns)',
    jsonType: 'sharePointSiteUsageDetail',
    acceptsDate: true,
    columns: [...OPENING, ...ACTIVITY, ...CLOSING],
    betaColumns: [...OPENING, ...GOVERNANCE, ...ACTIVITY, ...LINKS, ...CLOSING],
    rows: siteUsageRows,
    position: (row) => row.index,
  }
}

/**
 * A site-usage counts report: per day, `what` of each site that existed that day, as that date's
 * Detail shows it, summed over every site of the tenant.
 */
export function siteUsageCountsReport(spec: {
  readonly name: string
  /** What the function answers, for the OpenAPI document. */
  readonly summary: string
  readonly jsonType: string
  readonly numbers: readonly { readonly header: string; readonly field: string }[]
  readonly what: (facts: SiteFacts, into: Float64Array, at: number) => void
}): ReportDefinition<SiteDay> {
  const add: AddSite<TenantSite> = (site, from, days, tally, lanes) => {
    const facts: SiteFacts = { files: 0, activeFiles: 0, pageViews: 0, visitedPages: 0, storageUsed: 0 }
    for (let day = Math.max(from, site.createdDate); day < from + days; day++) {
      if (!site.existsOn(day)) continue
      site.on(day, facts)
      spec.what(facts, tally, (day - from) * lanes)
    }
  }
  return siteCountsReport<TenantSite>({
    ...spec,
    siteType: 'All',
    sites: (request) => tenantSites(request.tenant).sites(),
    add: () => add,
  })
}
