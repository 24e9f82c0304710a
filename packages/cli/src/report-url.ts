import { reportPath } from '@fake-graph/core'
import { findReport, homeVersion } from '@fake-graph/reports'

/** What `generate` was asked for, as flags. */
export interface ReportFlags {
  readonly report: string
  readonly view?: string
  readonly period?: string
  readonly date?: string
  readonly format: 'csv' | 'json'
}

const GRAPH = 'https://graph.microsoft.com'
const NAMESPACE = /^microsoft\.graph\./i
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
  const definition = findReport(report.replace(NAMESPACE, ''))
  // A function without parameters is called bare unless the flags give one, which Graph refuses.
  const bare = definition?.takesNoParameters && !period && !date
  const args = [
    ...(period !== undefined || date === undefined ? [`period='${period ?? 'D7'}'`] : []),
    ...(date === undefined ? [] : [`date=${date}`]),
  ]
  // The JSON is beta's; the Copilot reports answer it there by default (docs/usage-reports.md §12).
  // The CSV is v1.0's, or beta's for a function only beta serves (§20).
  const copilot = definition?.home === 'copilot'
  const path = reportPath(
    { name: report, home: definition?.home, takesNoParameters: bare },
    args.join(','),
    format === 'json' ? 'beta' : homeVersion(definition),
  )
  if (format === 'csv') return `${GRAPH}${path}`
  return `${GRAPH}${path}?${copilot ? '' : '$format=application/json&'}$top=10000`
}
