import { formatDay } from '@fake-graph/tenant'
import type { CellKind, CellValue } from './column'
import { isoDuration } from './iso-duration'

/** A cell as the beta JSON spells it: booleans, nulls, a products array, the period as a string,
 * null for a tally's zero, as its CSV cell is empty, and a duration as its CSV text. */
export function formatJsonCell(kind: CellKind, value: CellValue): unknown {
  // A client's versions are a list, empty for a client not used (docs/usage-reports.md §11).
  if (kind === 'versions') return value === null ? [] : [value]
  if (value === null) return null
  switch (kind) {
    case 'date':
      return formatDay(value as number)
    case 'period':
      return String(value)
    case 'tally':
      return value === 0 ? null : value
    case 'duration':
      return isoDuration(value as number)
    case 'durationTally':
      return value === 0 ? null : isoDuration(value as number)
    default:
      return value
  }
}

/** A cell as the newer, nested JSON spells it: the period as a number, an empty date as `""` (spec §2.5). */
export function formatNestedJsonCell(kind: CellKind, value: CellValue): unknown {
  if (kind === 'period') return value
  if (kind === 'date' && value === null) return ''
  return formatJsonCell(kind, value)
}
