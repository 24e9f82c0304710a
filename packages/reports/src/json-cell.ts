import { formatDay } from '@fake-graph/tenant'
import type { CellKind, CellValue } from './column'

/** A cell as the beta JSON spells it: booleans, nulls, a products array, and the period as a string. */
export function formatJsonCell(kind: CellKind, value: CellValue): unknown {
  if (value === null) return null
  switch (kind) {
    case 'date':
      return formatDay(value as number)
    case 'period':
      return String(value)
    default:
      return value
  }
}
