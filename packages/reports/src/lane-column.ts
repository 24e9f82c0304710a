import type { CellKind, Column } from './column'

/** A row of a counts or tally report: its numbers, one lane per column. */
export interface LaneRow {
  readonly numbers: readonly number[]
}

/** The column that reads lane `lane` of a row's numbers: every counts report's columns but its dates. */
export function laneColumn<Row extends LaneRow>(
  header: string,
  field: string,
  lane: number,
  kind: CellKind = 'count',
): Column<Row> {
  return { header, field, kind, value: (row) => row.numbers[lane] as number }
}
