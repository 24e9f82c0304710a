import type { ByteSink } from './byte-sink'
import type { Column } from './column'
import { type CsvCellWriter, csvCellWriter } from './csv-cell'

/** Writes a row as one CSV line, line ending included. */
export type CsvLine<Row> = (row: Row, sink: ByteSink) => void

const lines = new WeakMap<readonly Column<never>[], Map<string, CsvLine<never>>>()

/**
 * The function that writes a row as one CSV line. Kept per column list and line ending, so that
 * the machine code V8 makes for it serves every later render.
 */
export function csvLine<Row>(columns: readonly Column<Row>[], lineEnding: string): CsvLine<Row> {
  let byEnding = lines.get(columns)
  if (!byEnding) {
    byEnding = new Map()
    lines.set(columns, byEnding)
  }
  let line = byEnding.get(lineEnding) as CsvLine<Row> | undefined
  if (!line) {
    const writers = columns.map((column, i) => csvCellWriter(column.kind, i < columns.length - 1 ? ',' : lineEnding))
    line = compiledCsvLine(columns, writers) ?? loopedCsvLine(columns, writers)
    byEnding.set(lineEnding, line as CsvLine<never>)
  }
  return line
}

/**
 * The line as one statement per cell, `w0(v0(row), sink); w1(v1(row), sink); …`. In a loop over
 * the columns, all values and writers share one call site that sees two dozen targets, and V8
 * inlines none of them; here each has a site of its own and is inlined. The 100,000-user Detail
 * CSV renders about 1.3× faster for it (bench/foundation.bench.ts). The source holds indexes,
 * never data. Undefined where code generation is refused: a page whose Content-Security-Policy
 * lacks 'unsafe-eval', as MSW in a browser may run under.
 */
function compiledCsvLine<Row>(
  columns: readonly Column<Row>[],
  writers: readonly CsvCellWriter[],
): CsvLine<Row> | undefined {
  const names = columns.flatMap((_, i) => [`v${i}`, `w${i}`])
  const functions = columns.flatMap((column, i) => [column.value, writers[i]])
  const cells = columns.map((_, i) => `w${i}(v${i}(row), sink)`).join('; ')
  try {
    const make = new Function(...names, `return function csvLine(row, sink) { ${cells} }`)
    return make(...functions) as CsvLine<Row>
  } catch {
    return undefined
  }
}

/** The same line, cell by cell in a loop: where code generation is refused. */
function loopedCsvLine<Row>(columns: readonly Column<Row>[], writers: readonly CsvCellWriter[]): CsvLine<Row> {
  return (row, sink) => {
    for (let i = 0; i < columns.length; i++) (writers[i] as CsvCellWriter)((columns[i] as Column<Row>).value(row), sink)
  }
}
