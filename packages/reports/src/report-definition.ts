import type { Column } from './column'
import type { Idle } from './idle'
import type { Period, ReportRequest } from './report-request'
import type { GraphVersion } from './report-version'

export interface ReportDefinition<Row = never> {
  /** The Graph function, or `Office365ActiveUsers` for the seed's legacy form. */
  readonly name: string
  /** What the function answers, in a line: the OpenAPI document's summary of each of its paths. */
  readonly summary: string
  /** The legacy form's view (`Detail`, `Users`, `Services`); absent on current functions. */
  readonly view?: string
  /** The OData type of one JSON item; absent where the form has no JSON rendering. */
  readonly jsonType?: string
  /** How the JSON nests its values, for the newer reports (spec §2.5); absent for the flat shape. */
  readonly nested?: NestedJson
  /** Whether v1.0 answers `$format=application/json` too, as it does for Microsoft 365 Apps (spec §2.6). */
  readonly jsonOnV1?: boolean
  /**
   * Whether the function takes no parameters at all (the activations, spec §1.2): it is called
   * bare or with `()`, and its selection is the latest data rather than a period.
   */
  readonly takesNoParameters?: boolean
  /** Whether the report can be asked for one day (only the Detail reports can). */
  readonly acceptsDate: boolean
  /**
   * `copilot` for the reports served under `/copilot/reports`, which answer the CSV without a
   * 302 and default to JSON on beta (docs/usage-reports.md §12); absent for the classic reports.
   */
  readonly home?: 'copilot'
  /**
   * The versions that serve the function, both when absent. Graph's beta has functions that
   * v1.0 does not (the Teams totals, docs/usage-reports.md §20); v1.0 refuses them as it refuses
   * any name it does not know.
   */
  readonly versions?: readonly GraphVersion[]
  /** The report version a Copilot function was asked for: `version='v1'` (the default) or `'v2'`. */
  readonly reportVersion?: 'v1' | 'v2'
  /** The periods the report takes, in days; `PERIODS` when absent. */
  readonly periods?: readonly Period[]
  readonly columns: readonly Column<Row>[]
  /**
   * The columns in the order, and with the names, that Graph's reference documents, where the
   * real export differs from it (Teams): what the column-order setting chooses (decision 0015).
   */
  readonly documentedColumns?: readonly Column<Row>[]
  /**
   * The columns on beta, where its header is not v1.0's (SharePoint site usage carries eight
   * governance columns that v1.0 lacks, spec §1.8): what `inVersion` chooses for beta, CSV and JSON.
   */
  readonly betaColumns?: readonly Column<Row>[]
  /**
   * The rows, with IDLE between them while the work produces none. A definition that has
   * `position` starts at `from`, a position one of its rows gave; the others ignore it.
   */
  rows(request: ReportRequest, from?: number): Iterable<Row | Idle>
  /** Where a row sits, for a page to resume at it: the Detail reports' user index. */
  readonly position?: (row: Row) => number
}

/**
 * A nested JSON item: the `outer` fields on the item, the others in objects under `key`, one per
 * row (`details`), one per row of the same user (`userActivationCounts`, the Copilot Detail's
 * `copilotActivityUserDetailsByPeriod`), one per row of the same period (the Copilot trend's
 * `adoptionByDate`), or one item for the whole report with an object per row (`userCounts`,
 * `adoptionByProduct`). In the `newer` style (Microsoft 365 Apps, Copilot) the period is a
 * number, an empty date is `""` and the page has no `@odata.context` (spec §2.5).
 */
export interface NestedJson {
  readonly key: string
  readonly outer: readonly string[]
  readonly per: 'row' | 'user' | 'period' | 'report'
  readonly style: 'newer' | 'older'
}

// Definitions are heterogeneous in Row; writers only pass a definition's rows back to its columns.
// biome-ignore lint/suspicious/noExplicitAny: see above
export type AnyReportDefinition = ReportDefinition<any>
