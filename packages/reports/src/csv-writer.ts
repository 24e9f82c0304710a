import { ByteSink } from './byte-sink'
import { byteStream } from './byte-stream'
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

/** The first line: BOM and header, line ending included. */
function csvHeader(definition: AnyReportDefinition, options: CsvOptions): string {
  const header = definition.columns.map((column) => column.header).join(',')
  return `${options.bom === false ? '' : '\uFEFF'}${header}${options.lineEnding ?? '\r\n'}`
}

/** The report's CSV as a byte stream; memory stays flat however many rows there are. */
export function renderCsv(
  definition: AnyReportDefinition,
  request: ReportRequest,
  options: CsvOptions = {},
): ReadableStream<Uint8Array> {
  const line = csvLine(definition.columns, options.lineEnding ?? '\r\n')
  const sink = new ByteSink()
  sink.text(csvHeader(definition, options))
  const write = (row: unknown, sink: ByteSink) => {
    if (row !== IDLE) line(row, sink)
  }
  return byteStream(definition.rows(request)[Symbol.iterator](), write, sink)
}

/** The same CSV line by line, as text: BOM and header first; '' while rows are worked out. */
export function* csvLines(
  definition: AnyReportDefinition,
  request: ReportRequest,
  options: CsvOptions = {},
): Generator<string> {
  yield csvHeader(definition, options)
  const line = csvLine(definition.columns, options.lineEnding ?? '\r\n')
  const sink = new ByteSink()
  for (const row of definition.rows(request)) {
    if (row !== IDLE) line(row, sink)
    yield sink.takeText()
  }
}
