/* Validators for stored or re-exported reports */

export type { Diagnostic } from './diagnostic'
export { describeDiagnostic } from './diagnostic'
export type { CellSchema, ReportSchema } from './report-schemas'
/* The contracts */
export { REPORT_SCHEMAS, reportSchema } from './report-schemas'
export { validateReportCsv } from './validate-report-csv'
export { validateReportJson } from './validate-report-json'
