import { parse } from 'csv-parse/sync'
import type { Diagnostic } from './diagnostic'
import { reportSchema } from './report-schemas'

const BOM = '\uFEFF'

/**
 * Checks a report CSV against its contract (`contracts/schemas/reports/<report>.schema.json`):
 * the BOM, CRLF line ends, the header name by name, and every cell of every row. An empty list
 * means the file is what Graph sends.
 *
 * @example
 * for (const problem of validateReportCsv(csv, 'getOffice365ActiveUserDetail')) console.log(describeDiagnostic(problem))
 * // row 3, column 4 "Is Deleted": "Yes" should be True or False
 */
export function validateReportCsv(csv: string | Uint8Array, report: string): Diagnostic[] {
  const schema = reportSchema(report)
  const text = typeof csv === 'string' ? csv : new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv)
  const diagnostics: Diagnostic[] = []
  if (!text.startsWith(BOM))
    diagnostics.push({
      row: null,
      column: null,
      value: text.slice(0, 3),
      expected: 'a file starting with a UTF-8 BOM (EF BB BF)',
    })
  const bare = text.replace(/^\uFEFF/, '')
  const lines = bare.split('\n')
  const bareLf = lines.findIndex((line, index) => index < lines.length - 1 && !line.endsWith('\r'))
  if (bareLf >= 0) diagnostics.push({ row: bareLf + 1, column: null, value: '\\n', expected: 'CRLF line ends' })

  let rows: string[][]
  try {
    rows = parse(bare, { relax_column_count: true, record_delimiter: ['\r\n', '\n'] })
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? null
    return [...diagnostics, { row: line, column: null, value: (error as Error).message, expected: 'RFC 4180 CSV' }]
  }
  const header = schema.$defs.csvHeader.prefixItems.map((cell) => cell.const as string)
  const [first = [], ...data] = rows
  header.forEach((name, index) => {
    if (first[index] !== name)
      diagnostics.push({
        row: 1,
        column: index + 1,
        header: name,
        value: first[index] ?? null,
        expected: `the header "${name}"`,
      })
  })
  if (first.length > header.length)
    diagnostics.push({
      row: 1,
      column: header.length + 1,
      value: first[header.length],
      expected: `${header.length} columns`,
    })

  const cells = schema.$defs.csvRow.prefixItems.map((cell) => ({ ...cell, regex: new RegExp(cell.pattern ?? '') }))
  data.forEach((row, index) => {
    const line = index + 2
    if (row.length !== cells.length) {
      diagnostics.push({ row: line, column: null, value: row.length, expected: `${cells.length} cells` })
      return
    }
    row.forEach((value, column) => {
      const cell = cells[column]
      if (cell && !cell.regex.test(value)) {
        diagnostics.push({
          row: line,
          column: column + 1,
          header: cell.title,
          value,
          expected: cell.description ?? `to match ${cell.pattern}`,
        })
      }
    })
  })
  return diagnostics
}
