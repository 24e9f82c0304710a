/* Validators for stored or re-exported reports: each problem as row, column, value and expectation */
export { validateReportCsv } from './validate-report-csv'
export { validateReportJson } from './validate-report-json'
export { describeDiagnostic } from './diagnostic'

/* The report contracts the validators check, as in contracts/schemas/reports */
export { REPORT_SCHEMAS, reportSchema } from './report-schemas'

export type { Diagnostic } from './diagnostic'
export type { CellSchema, ReportSchema } from './report-schemas'
