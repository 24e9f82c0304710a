import { readFileSync } from 'node:fs'
import { loadTenant, type Tenant, type TenantRecord } from '@fake-graph/tenant'
import { parse } from 'csv-parse/sync'
import { csvLines } from './csv-writer'
import type { AnyReportDefinition } from './report-definition'
import type { ReportRequest } from './report-request'

/** Renders a report and parses it back, keyed by header: what a client reading the CSV sees. */
export function readCsv(report: AnyReportDefinition, request: ReportRequest): Record<string, string>[] {
  const text = [...csvLines(report, request)].join('')
  return parse(text, { bom: true, columns: true, record_delimiter: '\r\n' })
}

/** The clock the scenario tests read the small tenant at: its refresh date is the file's own. */
export const SCENARIO_NOW = new Date('2026-11-27T00:00:00Z')

/** fixtures/tenants/contoso-small.json as a tenant, its record changed by `edit` first. */
export function smallScenarioTenant(edit: (record: TenantRecord) => void): Tenant {
  const record: TenantRecord = JSON.parse(
    readFileSync(new URL('../../../fixtures/tenants/contoso-small.json', import.meta.url), 'utf8'),
  )
  edit(record)
  return loadTenant(record, { now: SCENARIO_NOW })
}
