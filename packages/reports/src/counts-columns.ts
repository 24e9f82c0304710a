import { SERVICES, type Service } from '@fake-graph/tenant'
import type { Column } from './column'
import type { DailyCount } from './daily-counts'
import type { Period } from './report-request'

export interface CountsRow extends DailyCount {
  readonly period: Period
}

export interface CountsHeaders {
  readonly refreshDate: string
  readonly reportDate: string
  readonly reportPeriod: string
}

/** Refresh date, Office 365, one column per service, report date, period. */
export function countsColumns(
  services: readonly Service[],
  labels: Readonly<Record<Service, string>>,
  headers: CountsHeaders,
): Column<CountsRow>[] {
  return [
    { header: headers.refreshDate, field: 'reportRefreshDate', kind: 'date', value: (row) => row.refreshDate },
    { header: 'Office 365', field: 'office365', kind: 'count', value: (row) => row.office365 },
    ...services.map((service): Column<CountsRow> => {
      const bit = SERVICES.indexOf(service)
      return { header: labels[service], field: service, kind: 'count', value: (row) => row.services[bit] as number }
    }),
    { header: headers.reportDate, field: 'reportDate', kind: 'date', value: (row) => row.reportDate },
    { header: headers.reportPeriod, field: 'reportPeriod', kind: 'period', value: (row) => row.period },
  ]
}
