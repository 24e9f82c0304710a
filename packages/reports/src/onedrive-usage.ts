import {
  type Day,
  existedDuring,
  lastActivityAsOf,
  type OneDriveFacts,
  OneDriveStore,
  oneDriveCreated,
  oneDriveExists,
  oneDriveQuota,
  oneDriveUrl,
  SERVICES,
  type Tenant,
  type TenantUser,
} from '@fake-graph/tenant'
import type { Column } from './column'
import { nameConcealer } from './concealed-name'
import { IDLE, type Idle, USERS_PER_IDLE } from './idle'
import type { ReportDefinition } from './report-definition'
import { type ReportRequest, selectionSpan } from './report-request'
import { type AddSite, type SiteDay, siteCountsReport } from './site-counts'
import { refreshDateColumn, reportPeriodColumn } from './standard-columns'

const BIT = SERVICES.indexOf('oneDrive')

/** One OneDrive of the account Detail: its owner, and its files and storage over the period or on the date. */
export interface OneDriveAccountRow extends OneDriveFacts {
  /** The owner's place in the tenant: a page of rows resumes there. */
  readonly index: number
  readonly refreshDate: Day
  readonly siteUrl: string
  readonly ownerDisplayName: string
  readonly ownerPrincipalName: string
  readonly isDeleted: boolean
  readonly lastActivityDate: Day | null
  readonly storageAllocated: number
  readonly period: number
}

/**
 * Every OneDrive the report lists, from the user at index `start`: for a period, each made by the
 * refresh date whose owner was not deleted before the period began; for a date, each that existed
 * that day, every one of them whether used or not, as a storage report lists what is stored.
 */
export function* oneDriveAccountRows(
  { tenant, selection, concealNames, blankSiteUrls }: ReportRequest,
  start = 0,
): Generator<OneDriveAccountRow | Idle> {
  const span = selectionSpan(tenant, selection)
  if (!span) return
  const { forDate, from, to, period } = span
  const conceal = concealNames ? nameConcealer(tenant) : undefined
  let index = Math.max(0, start)
  let passed = 0
  for (const user of tenant.users(index)) {
    const at = index++
    if (!listed(user, from, to)) {
      if (++passed % USERS_PER_IDLE === 0) yield IDLE
      continue
    }
    const facts = new OneDriveStore(user, tenant.firstDay).over(from, to)
    yield {
      index: at,
      refreshDate: tenant.refreshDate,
      siteUrl: blankSiteUrls
        ? ''
        : conceal
          ? conceal('siteUrl', user.id)
          : oneDriveUrl(tenant.organization, user.userPrincipalName),
      ownerDisplayName: conceal ? conceal('displayName', user.id) : user.displayName,
      ownerPrincipalName: conceal ? conceal('userPrincipalName', user.id) : user.userPrincipalName,
      isDeleted: user.isDeleted,
      lastActivityDate: forDate
        ? (lastActivityAsOf(user.activity, user.lastActivityBeforeWindow, tenant.firstDay, to)[BIT] ?? null)
        : (user.lastActivityDates[BIT] ?? null),
      files: facts.files,
      activeFiles: facts.activeFiles,
      storageUsed: facts.storageUsed,
      storageAllocated: oneDriveQuota(user),
      period,
    }
  }
}

/** Listed for [from, to]: it existed on a day of the span (gone on its owner's deletion day). */
function listed(user: TenantUser, from: Day, to: Day): boolean {
  const created = oneDriveCreated(user)
  return created !== null && existedDuring(created, user.deletedDate, from, to)
}

/** The account Detail's columns, in the real export's order (spec §1.7, docs/usage-reports.md §16). */
export function oneDriveAccountColumns(): Column<OneDriveAccountRow>[] {
  return [
    refreshDateColumn(),
    { header: 'Site URL', field: 'siteUrl', kind: 'text', value: (row) => row.siteUrl },
    { header: 'Owner Display Name', field: 'ownerDisplayName', kind: 'text', value: (row) => row.ownerDisplayName },
    { header: 'Is Deleted', field: 'isDeleted', kind: 'bool', value: (row) => row.isDeleted },
    { header: 'Last Activity Date', field: 'lastActivityDate', kind: 'date', value: (row) => row.lastActivityDate },
    { header: 'File Count', field: 'fileCount', kind: 'count', value: (row) => row.files },
    { header: 'Active File Count', field: 'activeFileCount', kind: 'count', value: (row) => row.activeFiles },
    { header: 'Storage Used (Byte)', field: 'storageUsedInBytes', kind: 'count', value: (row) => row.storageUsed },
    {
      header: 'Storage Allocated (Byte)',
      field: 'storageAllocatedInBytes',
      kind: 'count',
      value: (row) => row.storageAllocated,
    },
    {
      header: 'Owner Principal Name',
      field: 'ownerPrincipalName',
      kind: 'text',
      value: (row) => row.ownerPrincipalName,
    },
    reportPeriodColumn(),
  ]
}

/** `getOneDriveUsageAccountDetail`'s definition: one row per OneDrive, in the tenant's user order. */
export function oneDriveAccountDetail(): ReportDefinition<OneDriveAccountRow> {
  return {
    name: 'getOneDriveUsageAccountDetail',
    summary: 'OneDrive account Detail, every OneDrive with its owner, files and storage',
    jsonType: 'oneDriveUsageAccountDetail',
    acceptsDate: true,
    columns: oneDriveAccountColumns(),
    rows: oneDriveAccountRows,
    position: (row) => row.index,
  }
}

/**
 * What one OneDrive adds to each day of a counts report, lane by lane from `what`: a day it
 * existed adds its facts as the Detail for that date shows them, so each day's counts are the
 * sums of that date's Detail.
 */
function addOneDrive(
  tenant: Tenant,
  what: (facts: OneDriveFacts, into: Float64Array, at: number) => void,
): AddSite<TenantUser> {
  const facts: OneDriveFacts = { files: 0, activeFiles: 0, storageUsed: 0 }
  return (user, from, days, tally, lanes) => {
    const created = oneDriveCreated(user)
    if (created === null || created > from + days - 1) return
    const walk = new OneDriveStore(user, tenant.firstDay).days()
    for (let day = Math.max(from, created); day < from + days; day++) {
      if (!oneDriveExists(user, day)) break
      walk(day, facts)
      what(facts, tally, (day - from) * lanes)
    }
  }
}

/** A OneDrive usage counts report: per day, Site Type, the `numbers`, summed over every OneDrive. */
export function oneDriveCountsReport(spec: {
  readonly name: string
  /** What the function answers, for the OpenAPI document. */
  readonly summary: string
  readonly jsonType: string
  readonly siteType: string
  readonly numbers: readonly { readonly header: string; readonly field: string }[]
  readonly what: (facts: OneDriveFacts, into: Float64Array, at: number) => void
}): ReportDefinition<SiteDay> {
  return siteCountsReport<TenantUser>({
    ...spec,
    sites: (request) => request.tenant.users(),
    add: (request) => addOneDrive(request.tenant, spec.what),
  })
}
