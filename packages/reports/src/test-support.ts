import { parse } from 'csv-parse/sync'
import { csvLines } from './csv-writer'
import type { AnyReportDefinition } from './report-definition'
import type { ReportRequest } from './report-request'

/** Renders a report and parses it back, keyed by header: what a client reading the CSV sees. */
export function readCsv(report: AnyReportDefinition, request: ReportRequest): Record<string, string>[] {
  const text = [...csvLines(report, request)].join('')
  return parse(text, { bom: true, columns: true, record_delimiter: '\r\n' })
}
