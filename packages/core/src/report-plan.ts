import type { GraphVersion } from '@fake-graph/reports'
import {
  type AnyReportDefinition,
  findLegacyView,
  findReport,
  type Period,
  parsePeriod,
  reportSlug,
  type Selection,
} from '@fake-graph/reports'
import { type Day, parseDay } from '@fake-graph/tenant'
import { planCopilot } from './copilot-plan'
import { type ErrorOverrides, raise } from './error-cases'
import { type ODataArgument, type ODataCall, parseODataCall } from './odata-call'
import { type Fail, queryOptions } from './query-options'
import { limitParameter } from './request-limits'

/** What a report request asks for, once validated and after the ignore rules. */
export interface ReportPlan {
  readonly definition: AnyReportDefinition
  readonly selection: Selection
  readonly version: GraphVersion
  /**
   * `legacy` is the seed's `/content` form; `legacy-inline` its first revision, answered with 200;
   * `copilot` a function under `/copilot/reports`, whose CSV is answered with 200 too.
   */
  readonly form: 'function' | 'legacy' | 'legacy-inline' | 'copilot'
  readonly format: 'csv' | 'json'
  readonly top?: number
  readonly skip: number
  /** The report as the journal names it (`getOffice365ActiveUserDetail`, `Office365ActiveUsers-Detail`), and the parameters as sent. */
  readonly functionName: string
  readonly params: Readonly<Record<string, string | null>>
}

export interface PlanContext {
  /** The clock's UTC day: the date window counts back from it. */
  readonly today: Day
  readonly errors?: ErrorOverrides
}

const NAMESPACE = /^microsoft\.graph\./i
const COPILOT_REPORTS = 'reports/'
/** The enforced window of the current functions (docs/graph-reports.md §3, HIGH), and the seed's (docs/graph-reports.md §7). */
const CURRENT_WINDOW = 28
const LEGACY_WINDOW = 30
/** The selection a plan of a function without parameters carries, for the link's claims. */
const NO_PARAMETERS_PERIOD = 7

/**
 * The report a URL names, as far as it can be read, for the journal of a request that failed
 * before it was planned: `getOffice365ActiveUserCounts` for `…/getOffice365ActiveUserCounts(period='D9')`.
 */
export function namedReport(url: URL): string | undefined {
  const [, reports, path] = leadingSegments(decodePath(url.pathname))
  const copilotHome = reports === 'copilot' && path.startsWith(COPILOT_REPORTS)
  if (reports.toLowerCase() !== 'reports' && !copilotHome) return undefined
  const callText = copilotHome ? path.slice(COPILOT_REPORTS.length) : path
  return /^[A-Za-z0-9]+/.exec(callText.replace(NAMESPACE, ''))?.[0]
}

/** Parses and validates a Graph reports URL. Throws a `GraphError` for anything Graph refuses. */
export function planReport(url: URL, context: PlanContext): ReportPlan {
  const fail: Fail = (errorCase, values) => raise(context.errors, errorCase, values)
  for (const [key, value] of url.searchParams) limitParameter(key, value, context.errors)
  const [version, reports, path] = leadingSegments(decodePath(url.pathname))
  if (version !== 'v1.0' && version !== 'beta') throw fail('unknownSegment', { segment: version })
  // The Copilot reports' home is `/copilot/reports/` (docs/usage-reports.md §12).
  const copilotHome = reports === 'copilot' && path.startsWith(COPILOT_REPORTS)
  if (reports !== 'reports' && !copilotHome) throw fail('unknownSegment', { segment: reports })
  const callText = copilotHome ? path.slice(COPILOT_REPORTS.length) : path
  const call: (ODataCall & { bare?: true }) | undefined = parseODataCall(callText) ?? bareCall(callText)
  if (!call) throw fail('unknownSegment', { segment: callText.split(/[(/]/)[0] ?? callText })
  for (const [key, arg] of call.args) limitParameter(key, arg.raw, context.errors)
  const name = call.segment.replace(NAMESPACE, '')
  const params = Object.fromEntries([...call.args].map(([key, arg]) => [key, arg.value]))

  // The seed's form is always a call: bare, it is no function, as it was before bare calls were read.
  if (name.toLowerCase() === 'office365activeusers' && version === 'beta' && !copilotHome && !call.bare) {
    if (call.rest.length > 1 || (call.rest.length === 1 && call.rest[0] !== 'content')) {
      throw fail('unknownSegment', { segment: call.rest.find((s) => s !== 'content') ?? '' })
    }
    const { definition, selection } = legacySelection(call.args, context, fail)
    // The seed form predates $format and paging: its query options are ignored, and it is CSV.
    return {
      definition,
      selection,
      version,
      form: call.rest.length === 0 ? 'legacy-inline' : 'legacy',
      format: 'csv',
      skip: 0,
      functionName: reportSlug(definition),
      params,
    }
  }

  const definition = servedOn(findReport(name), version)
  if (copilotHome || definition?.home === 'copilot') {
    return planCopilot(definition, call, { url, version, copilotHome, params, fail })
  }
  if (!definition) throw fail('unknownSegment', { segment: call.segment })
  // A call without parentheses names no function that takes parameters, as before there were any without.
  if (call.bare && !definition.takesNoParameters) throw fail('unknownSegment', { segment: call.segment })
  if (call.rest.length > 0) throw fail('unknownSegment', { segment: call.rest[0] as string })
  if (definition.takesNoParameters) {
    // A function without parameters binds bare or with `()`; any argument binds no overload.
    if (call.args.size > 0) throw fail('unknownSegment', { segment: call.segment })
    const query = queryOptions(url, fail)
    if (query.format === 'json' && version === 'v1.0') throw fail('jsonOnV1')
    // The rows ignore the period; the link carries it as every link does (docs/usage-reports.md §10).
    return functionPlan(definition, { period: NO_PARAMETERS_PERIOD }, version, query, params)
  }
  const names = [...call.args.keys()]
  // OData binds a function by its parameter names: a set no overload takes matches nothing.
  const bindable = definition.acceptsDate
    ? names.length === 1 && ['period', 'date'].includes(names[0] as string)
    : names.length === 1 && names[0] === 'period'
  if (!bindable) throw fail('unknownSegment', { segment: call.segment })
  const period = call.args.get('period')
  const date = call.args.get('date') as ODataArgument
  if (!period && date.value === null) throw fail('unknownSegment', { segment: call.segment })
  const selection: Selection = period
    ? { period: currentPeriod(period, fail) }
    : { date: currentDate(date as ODataArgument & { value: string }, context, fail) }
  const query = queryOptions(url, fail)
  // v1.0 answers JSON only for the reports whose v1.0 pages document it (spec §2.6).
  if (query.format === 'json' && version === 'v1.0' && !definition.jsonOnV1) throw fail('jsonOnV1')
  return functionPlan(definition, selection, version, query, params)
}

/** The function if `version` serves it: v1.0 knows no beta-only name (docs/usage-reports.md §20). */
function servedOn(
  definition: AnyReportDefinition | undefined,
  version: ReportPlan['version'],
): AnyReportDefinition | undefined {
  return definition?.versions && !definition.versions.includes(version) ? undefined : definition
}

/** The plan of a current function on `/reports/`, once its arguments and query are read. */
function functionPlan(
  definition: AnyReportDefinition,
  selection: Selection,
  version: ReportPlan['version'],
  query: ReturnType<typeof queryOptions>,
  params: ReportPlan['params'],
): ReportPlan {
  const { format, top, skip } = query
  return { definition, selection, version, form: 'function', format, top, skip, functionName: definition.name, params }
}

function legacySelection(args: ReadonlyMap<string, ODataArgument>, context: PlanContext, fail: Fail) {
  for (const key of args.keys()) {
    if (!['view', 'period', 'date'].includes(key)) throw fail('unknownSegment', { segment: 'Office365ActiveUsers' })
  }
  const view = args.get('view')
  if (!view || view.value === null) throw fail('missingView')
  if (!view.quoted) throw fail('invalidView', { view: view.raw })
  const definition = findLegacyView(view.value)
  if (!definition) throw fail('invalidView', { view: view.value })
  const period = args.get('period')
  const date = args.get('date')
  // Detail with a date uses the date and ignores the period; other views ignore the date (docs/graph-reports.md §7).
  if (definition.acceptsDate && date && date.value !== null) {
    if (!date.quoted) throw fail('unquotedDate')
    return { definition, selection: { date: dateInWindow(date.value, date.value, LEGACY_WINDOW, context, fail) } }
  }
  if (!period || period.value === null) throw fail('missingPeriod')
  return { definition, selection: { period: quotedPeriod(period.value, period.quoted, fail) } }
}

function currentPeriod(period: ODataArgument, fail: Fail): Period {
  if (period.value === null) throw fail('missingPeriod')
  return quotedPeriod(period.value, period.quoted, fail)
}

/** A period in a function call is always quoted. */
function quotedPeriod(value: string, quoted: boolean, fail: Fail): Period {
  const period = quoted ? parsePeriod(value) : undefined
  if (period === undefined) throw fail('invalidPeriod', { period: value })
  return period
}

function currentDate(date: ODataArgument & { value: string }, context: PlanContext, fail: Fail): Day {
  if (date.quoted) throw fail('quotedDate')
  return dateInWindow(date.value, date.raw, CURRENT_WINDOW, context, fail)
}

/** A day 1 to `window` days before today (UTC); today has no data yet (docs/graph-reports.md §3). */
function dateInWindow(value: string, sent: string, window: number, context: PlanContext, fail: Fail): Day {
  const day = parseDay(value)
  if (day === undefined) throw fail('malformedDate', { date: sent })
  const age = context.today - day
  if (age < 1 || age > window) throw fail('dateOutOfWindow', { date: sent, days: window })
  return day
}

/**
 * `getOffice365ActivationCounts` or `getOffice365ActivationCounts/x`: a call without parentheses,
 * as the activations' pages write it (spec §1.2). Only a function without parameters binds it.
 */
function bareCall(text: string): (ODataCall & { bare: true }) | undefined {
  const [segment = '', ...rest] = text.split('/')
  if (!/^[A-Za-z][A-Za-z0-9.]*$/.test(segment)) return undefined
  return { segment, args: new Map(), rest: rest.filter(Boolean), bare: true }
}
/**
 * The version, the segment after it, and the rest (where the function call is: only it can hold
 * quotes). Split by hand, in one pass: the regex this replaces backtracked cubically on a path
 * holding a newline, and a 6 kB URL held the process for 16 s.
 */
function leadingSegments(path: string): [version: string, reports: string, rest: string] {
  const first = path.indexOf('/', 1)
  if (first < 0) return [path.slice(1), '', '']
  const second = path.indexOf('/', first + 1)
  if (second < 0) return [path.slice(1, first), path.slice(first + 1), '']
  return [path.slice(1, first), path.slice(first + 1, second), path.slice(second + 1)]
}

/** `%27`, `%28` and `%29` mean `'`, `(` and `)`; a path that is not valid percent-encoding is kept. */
function decodePath(pathname: string): string {
  if (!pathname.includes('%')) return pathname
  try {
    return decodeURIComponent(pathname)
  } catch {
    return pathname
  }
}
