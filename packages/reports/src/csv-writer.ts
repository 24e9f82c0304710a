import { chunkedStream } from './chunked-stream'
import { csvLine } from './csv-line'
import { IDLE } from './idle'
import type { AnyReportDefinition } from './report-definition'
import type { ReportRequest } from './report-request'

export interface CsvOptions {
  /** CRLF by default, as third-party clients' test files have it; no real capture settles it (docs/graph-reports.md §2, LOW). */
  lineEnding?: '\r\n' | '\n'
  /** The real download starts with a UTF-8 BOM (docs/graph-reports.md §2, HIGH). */
  bom?: boolean
}

/** The report's CSV, line by line: BOM and header first, a line ending after every line; '' while rows are worked out. */
export function* csvLines(
  definition: AnyReportDefinition,
  request: ReportRequest,
  options: CsvOptions = {},
): Generator<string> {
  const end = options.lineEnding ?? '\r\n'
  yield `${options.bom === false ? '' : '\uFEFF'}${definition.columns.map((column) => column.header).join(',')}${end}`
  const line = csvLine(definition.columns, end)
  for (const row of definition.rows(request)) yield row === IDLE ? '' : line(row)
}

/** The report's CSV as a byte stream; memory stays flat however many rows there are. */
export function renderCsv(
  definition: AnyReportDefinition,
  request: ReportRequest,
  options?: CsvOptions,
): ReadableStream<Uint8Array> {
  return chunkedStream(csvLines(definition, request, options))
}
