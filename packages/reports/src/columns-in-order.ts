import type { Column } from './column'

/**
 * The columns named by `headers`, in that order: one set of columns, two orders where the real
 * export and the reference disagree (decision 0015). A missing name fails at load, not in a report.
 */
export function columnsInOrder<Row>(columns: readonly Column<Row>[], headers: readonly string[]): Column<Row>[] {
  const byHeader = new Map(columns.map((column) => [column.header, column]))
  return headers.map((header) => {
    const column = byHeader.get(header)
    if (!column) throw new Error(`Failed to order the columns: there is no column "${header}"`)
    return column
  })
}
