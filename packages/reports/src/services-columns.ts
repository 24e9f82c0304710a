import { SERVICES, type Service } from '@fake-graph/tenant'
import type { Column } from './column'
import type { ServiceTotals } from './service-totals'

export interface ServicesHeaders {
  readonly refreshDate: string
  readonly active: (label: string) => string
  readonly inactive: (label: string) => string
  /** Whether the form has the Office 365 Active/Inactive pair (the legacy form does not). */
  readonly office365: boolean
  readonly reportPeriod: string
}

/** Refresh date, an active/inactive pair per service, optionally Office 365, then period. */
export function servicesColumns(
  services: readonly Service[],
  labels: Readonly<Record<Service, string>>,
  headers: ServicesHeaders,
): Column<ServiceTotals>[] {
  const pairs = services.flatMap((service): Column<ServiceTotals>[] => {
    const bit = SERVICES.indexOf(service)
    return [
      {
        header: headers.active(labels[service]),
        field: `${service}Active`,
        kind: 'count',
        value: (row) => row.active[bit] as number,
      },
      {
        header: headers.inactive(labels[service]),
        field: `${service}Inactive`,
        kind: 'count',
        value: (row) => row.inactive[bit] as number,
      },
    ]
  })
  const office365: Column<ServiceTotals>[] = headers.office365
    ? [
        { header: 'Office 365 Active', field: 'office365Active', kind: 'count', value: (row) => row.office365Active },
        {
          header: 'Office 365 Inactive',
          field: 'office365Inactive',
          kind: 'count',
          value: (row) => row.office365Inactive,
        },
      ]
    : []
  return [
    { header: headers.refreshDate, field: 'reportRefreshDate', kind: 'date', value: (row) => row.refreshDate },
    ...pairs,
    ...office365,
    { header: headers.reportPeriod, field: 'reportPeriod', kind: 'period', value: (row) => row.period },
  ]
}
