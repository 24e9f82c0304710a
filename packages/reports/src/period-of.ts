import type { Period, Selection } from './report-request'

/** The period of a selection; reports without a date form refuse a date rather than guess. */
export function periodOf(report: string, selection: Selection): Period {
  if ('period' in selection) return selection.period
  throw new RangeError(`Failed to render "${report}": it takes a period, not a date`)
}
