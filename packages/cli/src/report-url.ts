import { findReport } from '@fake-graph/reports'

/** What `generate` was asked for, as flags. */
export interface ReportFlags {
  readonly report: string
  readonly view?: string
  readonly period?: string
  readonly date?: string
  readonly format: 'csv' | 'json'
}

const GRAPH = 'https://graph.microsoft.com'
const SEED_FORM = /^(microsoft\.graph\.)?office365activeusers$/i

/**
 * The URL a client would call for the flags, as written: the fake checks it as Graph would, so
 * `generate` refuses exactly what `serve` refuses, in Graph's words.
 */
export function reportUrl({ report, view, period, date, format }: ReportFlags): string {
  if (SEED_FORM.test(report)) {
    // The seed's form: every argument quoted, the date over the period (Graph's own rule).
    const args = [
      ...(view === undefined ? [] : [`view='${view}'`]),
      date === undefined ? `period='${period ?? 'D7'}'` : `date='${date}'`,
    ]
    return `${GRAPH}/beta/reports/${report}(${args.join(',')})/content`
  }
  // A function without parameters is called bare unless the flags give one, which Graph refuses.
  const bare = findReport(report.replace(/^microsoft\.graph\./i, ''))?.takesNoParameters && !period && !date
  const args = [
    ...(period !== undefined || date === undefined ? [`period='${period ?? 'D7'}'`] : []),
    ...(date === undefined ? [] : [`date=${date}`]),
  ]
  const call = bare ? report : `${report}(${args.join(',')})`
  return format === 'json'
    ? `${GRAPH}/beta/reports/${call}?$format=application/json&$top=10000`
    : `${GRAPH}/v1.0/reports/${call}`
}
