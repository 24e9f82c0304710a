import { SERVICES, type Service } from '@fake-graph/tenant'
import type { Column } from './column'
import type { DetailRow } from './detail-rows'
import { type UserStateHeaders, userStateColumns } from './user-state-columns'

export interface DetailHeaders {
  readonly refreshDate: string
  readonly userPrincipalName: string
  readonly displayName: string
  readonly isDeleted: string
  readonly deletedDate: string
  readonly hasLicense: (label: string) => string
  readonly lastActivityDate: (label: string) => string
  readonly licenseAssignDate: (label: string) => string
  readonly assignedProducts: string
}

/**
 * The Detail columns for the given services, in report order. The current and legacy forms
 * differ only in their headers and in whether Teams is present.
 */
export function detailColumns(
  services: readonly Service[],
  labels: Readonly<Record<Service, string>>,
  headers: DetailHeaders,
): Column<DetailRow>[] {
  const per = (
    header: (label: string) => string,
    field: (service: string) => string,
    kind: 'bool' | 'date',
    value: (row: DetailRow, bit: number) => boolean | number | null,
  ): Column<DetailRow>[] =>
    services.map((service) => {
      const bit = SERVICES.indexOf(service)
      const name = service.charAt(0).toUpperCase() + service.slice(1)
      return { header: header(labels[service]), field: field(name), kind, value: (row) => value(row, bit) }
    })
  return [
    ...userColumns(headers),
    ...per(
      headers.hasLicense,
      (name) => `has${name}License`,
      'bool',
      (row, bit) => row.licenseAssignDates[bit] != null,
    ),
    ...per(
      headers.lastActivityDate,
      (name) => `${lower(name)}LastActivityDate`,
      'date',
      (row, bit) => row.lastActivityDates[bit] ?? null,
    ),
    ...per(
      headers.licenseAssignDate,
      (name) => `${lower(name)}LicenseAssignDate`,
      'date',
      (row, bit) => row.licenseAssignDates[bit] ?? null,
    ),
    assignedProductsColumn(headers.assignedProducts),
  ]
}

/**
 * The user columns' headers; without `displayName` there is no Display Name column (OneDrive,
 * SharePoint). Deletion is told by Is Deleted and Deleted Date, by Viva Engage's User State and
 * State Change Date, or not at all (the Skype for Business device Detail).
 */
export type UserHeaders = Pick<DetailHeaders, 'refreshDate' | 'userPrincipalName'> & {
  readonly displayName?: string
} & (Pick<DetailHeaders, 'isDeleted' | 'deletedDate'> | UserStateHeaders | NoDeletionHeaders)

/** No deletion columns at all. */
interface NoDeletionHeaders {
  readonly isDeleted?: never
  readonly userState?: never
}

/** The columns every per-user Detail report opens with: refresh date, who, and whether deleted. */
export function userColumns<Row extends DetailRow>(headers: UserHeaders): Column<Row>[] {
  const displayName: Column<Row>[] =
    headers.displayName === undefined
      ? []
      : [{ header: headers.displayName, field: 'displayName', kind: 'text', value: (row) => row.displayName }]
  return [
    { header: headers.refreshDate, field: 'reportRefreshDate', kind: 'date', value: (row) => row.refreshDate },
    {
      header: headers.userPrincipalName,
      field: 'userPrincipalName',
      kind: 'text',
      value: (row) => row.userPrincipalName,
    },
    ...displayName,
    ...deletionOf<Row>(headers),
  ]
}

function deletionOf<Row extends DetailRow>(headers: UserHeaders): Column<Row>[] {
  if ('userState' in headers && headers.userState !== undefined) return userStateColumns<Row>(headers)
  if ('deletedDate' in headers) return deletionColumns<Row>(headers)
  return []
}

function deletionColumns<Row extends DetailRow>(
  headers: Pick<DetailHeaders, 'isDeleted' | 'deletedDate'>,
): Column<Row>[] {
  return [
    { header: headers.isDeleted, field: 'isDeleted', kind: 'bool', value: (row) => row.user.isDeleted },
    { header: headers.deletedDate, field: 'deletedDate', kind: 'date', value: (row) => row.user.deletedDate },
  ]
}

/** The user's products, as every per-user Detail report lists them. */
export function assignedProductsColumn<Row extends DetailRow>(header: string): Column<Row> {
  return { header, field: 'assignedProducts', kind: 'products', value: (row) => row.user.assignedProducts }
}

function lower(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1)
}
