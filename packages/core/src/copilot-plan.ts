import type { GraphVersion } from '@fake-graph/reports'
import { type AnyReportDefinition, findReport, type Period, type Selection } from '@fake-graph/reports'
import type { ODataCall } from './odata-call'
import { type Fail, queryOptions } from './query-options'
import type { ReportPlan } from './report-plan'

/** Where a Copilot call arrived, and what the planner had read of it. */
export interface CopilotCall {
  readonly url: URL
  readonly version: GraphVersion
  /** Whether it came to `/copilot/reports/`; otherwise to the legacy `/beta/reports/`. */
  readonly copilotHome: boolean
  readonly params: Readonly<Record<string, string | null>>
  readonly fail: Fail
}

/**
 * A Microsoft 365 Copilot report call (docs/usage-reports.md §12). Under `/copilot/reports/` on
 * v1.0 and beta it takes `period` and an optional report `version` (`v1`, `v2`), and its CSV is
 * answered directly; the legacy `/beta/reports/` path takes `period` alone and answers CSV through
 * the 302 as before. Beta defaults to JSON, v1.0 to CSV.
 */
export function planCopilot(found: AnyReportDefinition | undefined, call: ODataCall, at: CopilotCall): ReportPlan {
  const { fail, copilotHome, version } = at
  // Only the Copilot reports live under /copilot, and their legacy path was beta's alone.
  if (found?.home !== 'copilot' || (!copilotHome && version !== 'beta')) {
    throw fail('unknownSegment', { segment: call.segment })
  }
  if (call.rest.length > 0) throw fail('unknownSegment', { segment: call.rest[0] as string })
  const takes = copilotHome ? ['period', 'version'] : ['period']
  const names = [...call.args.keys()]
  if (!call.args.has('period') || names.some((name) => !takes.includes(name))) {
    throw fail('unknownSegment', { segment: call.segment })
  }
  const definition = reportVersion(found, call, fail)
  const query = queryOptions(at.url, fail, version === 'beta' ? 'json' : 'csv')
  return {
    definition,
    selection: copilotSelection(definition, call, copilotHome, fail),
    version,
    form: copilotHome ? 'copilot' : 'function',
    format: query.format,
    top: query.top,
    skip: query.skip,
    functionName: definition.name,
    params: at.params,
  }
}

/** The definition of the report version asked for: `v1` when `version` is absent or null. */
function reportVersion(v1: AnyReportDefinition, call: ODataCall, fail: Fail): AnyReportDefinition {
  const argument = call.args.get('version')
  if (argument === undefined || argument.value === null) return v1
  const asked = argument.quoted ? argument.value.toLowerCase() : undefined
  if (asked === 'v1') return v1
  const v2 = asked === 'v2' ? findReport(v1.name, 'v2') : undefined
  if (!v2) throw fail('invalidReportVersion', { version: argument.value })
  return v2
}

/**
 * A quoted `Dn` of the version's periods (`D30` in v1, `D28` in v2), or, under `/copilot/reports/`,
 * `ALL`: every one of them, the longest as the period (docs/usage-reports.md §12). The legacy
 * path's pages predate `ALL`, which it refuses as before.
 */
function copilotSelection(
  definition: AnyReportDefinition,
  call: ODataCall,
  copilotHome: boolean,
  fail: Fail,
): Selection {
  const argument = call.args.get('period')
  const periods = definition.periods ?? []
  if (!argument || argument.value === null) throw fail('missingPeriod')
  if (copilotHome && argument.quoted && argument.value.toUpperCase() === 'ALL') {
    return { period: periods[periods.length - 1] as Period, allPeriods: true }
  }
  const days = Number(argument.quoted ? /^[Dd](\d{1,3})$/.exec(argument.value)?.[1] : Number.NaN)
  const period = periods.find((candidate) => candidate === days)
  if (period === undefined) {
    const supported = periods.map((days) => `D${days}`)
    throw fail('invalidCopilotPeriod', {
      period: argument.value,
      periods: (copilotHome ? [...supported, 'ALL'] : supported).join(', '),
    })
  }
  return { period }
}
