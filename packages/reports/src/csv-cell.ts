import { formatDay } from '@fake-graph/tenant'
import type { CellKind, CellValue, Column } from './column'

const NEEDS_QUOTES = /[",\r\n]/

/**
 * RFC 4180, quoting only the cells that need it. Hand-written rather than csv-stringify because
 * that library alone runs below the 100 MB/s the Detail stream must reach (see bench/); the
 * unit tests hold this to csv-stringify's output on random cells.
 */
export function quoteCsv(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

// Product lists are shared between users (see the tenant), so each is formatted once.
const productCells = new WeakMap<readonly string[], string>()

function productsCell(products: readonly string[]): string {
  let cell = productCells.get(products)
  if (cell === undefined) {
    cell = quoteCsv(products.join('+'))
    productCells.set(products, cell)
  }
  return cell
}

/** A cell as the real CSV spells it: True/False, YYYY-MM-DD, empty for null, products joined by `+`. */
export function formatCsvCell(kind: CellKind, value: CellValue): string {
  if (value === null) return ''
  switch (kind) {
    case 'bool':
      return value ? 'True' : 'False'
    case 'date':
      return formatDay(value as number)
    case 'count':
    case 'period':
      return String(value)
    case 'products':
      return productsCell(value as readonly string[])
    case 'text':
      return quoteCsv(value as string)
  }
}

/**
 * The formatter for one column, chosen once per render rather than once per cell: the Detail
 * stream formats millions of cells and must reach 100 MB/s.
 */
export function csvCellWriter<Row>(column: Column<Row>): (row: Row) => string {
  const value = column.value
  switch (column.kind) {
    case 'bool':
      return (row) => {
        const cell = value(row)
        return cell === null ? '' : cell ? 'True' : 'False'
      }
    case 'date':
      return (row) => {
        const cell = value(row)
        return cell === null ? '' : formatDay(cell as number)
      }
    case 'text':
      return (row) => {
        const cell = value(row)
        return cell === null ? '' : quoteCsv(cell as string)
      }
    default:
      return (row) => formatCsvCell(column.kind, value(row))
  }
}
