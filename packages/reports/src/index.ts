/* Report definitions, one per report and form */
export { ALL_REPORTS, CURRENT_REPORTS, findLegacyView, findReport, reportSlug } from './report-registry'
export { emailActivityCounts } from './definitions/email-activity-counts'
export { emailActivityUserCounts } from './definitions/email-activity-user-counts'
export { emailActivityUserDetail } from './definitions/email-activity-user-detail'
export { legacyDetail } from './definitions/legacy-detail'
export { legacyServices } from './definitions/legacy-services'
export { legacyUsers } from './definitions/legacy-users'
export { office365ActiveUserCounts } from './definitions/office365-active-user-counts'
export { office365ActiveUserDetail } from './definitions/office365-active-user-detail'
export { office365ServicesUserCounts } from './definitions/office365-services-user-counts'

/* Writers: CSV and the beta JSON, as streams that yield to other work */
export { csvLines, renderCsv } from './csv-writer'
export { quoteCsv } from './csv-cell'
export { renderJsonPage } from './json-writer'
export { timeSlice } from './time-slice'

/* Periods, as Graph spells them */
export { isPeriod, PERIODS, parsePeriod } from './report-request'

export type { CellKind, CellValue, Column } from './column'
export type { CountsRow } from './counts-columns'
export type { CsvOptions } from './csv-writer'
export type { DetailRow } from './detail-rows'
export type { WorkloadDay } from './workload-counts'
export type { WorkloadDetailRow } from './workload-detail-rows'
export type { JsonPageOptions } from './json-writer'
export type { AnyReportDefinition, ReportDefinition } from './report-definition'
export type { Period, ReportRequest, Selection } from './report-request'
