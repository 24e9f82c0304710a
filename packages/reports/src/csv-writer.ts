import { chunkedStream } from './chunked-stream'
import { csvCellWriter } from './csv-cell'
import type { AnyReportDefinition } from './report-definition'
import type { ReportRequest } from './report-request'

export interface CsvOptions {
  /** CRLF by default: most real captures use it (spec 2, LOW). */
  lineEnding?: '\r\n' | '\n'
  /** The real download starts with a UTF-8 BOM (spec 2, HIGH). */
  bom?: boolean
}

/** The report's CSV, line by line: BOM and header first, a line ending after every line. */
export function* csvLines(
  definition: AnyReportDefinition,
  request: ReportRequest,
  options: CsvOptions = {},
): Generator<string> {
  const end = options.lineEnding ?? '\r\n'
  const writers = definition.columns.map(csvCellWriter)
  const count = writers.length
  yield `${options.bom === false ? '' : '\uFEFF'}${definition.columns.map((column) => column.header).join(',')}${end}`
  // join() builds one flat string per line; `+=` would leave a rope for the encoder to flatten.
  const cells: string[] = new Array(count)
  for (const row of definition.rows(request)) {
    for (let i = 0; i < count; i++) cells[i] = (writers[i] as (row: unknown) => string)(row)
    yield cells.join(',') + end
  }
}

/** The report's CSV as a byte stream; memory stays flat however many rows there are. */
export function renderCsv(
  definition: AnyReportDefinition,
  request: ReportRequest,
  options?: CsvOptions,
): ReadableStream<Uint8Array> {
  return chunkedStream(csvLines(definition, request, options))
}
