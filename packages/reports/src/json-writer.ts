import { chunkedStream } from './chunked-stream'
import { IDLE } from './idle'
import { formatJsonCell, formatNestedJsonCell } from './json-cell'
import type { AnyReportDefinition, NestedJson } from './report-definition'
import type { ReportRequest } from './report-request'

export interface JsonPageOptions {
  /** Items per page: 200 by default, as the beta docs say. */
  top?: number
  /**
   * Where the page starts, decoded from `$skipToken` by the caller: a position a previous page's
   * next link gave (the Detail reports' user index, so a deep page does not walk the users
   * before it), or the number of items to skip for a report without positions.
   */
  skip?: number
  /** The `@odata.context`; the caller knows the service root, the report does not. */
  context: string
  /** The `@odata.nextLink` for the page that starts at `skip`. */
  nextLink: (skip: number) => string
}

export const DEFAULT_PAGE_SIZE = 200

type Columns = AnyReportDefinition['columns']
type Cell = typeof formatJsonCell

/** One page of the JSON rendering, as text pieces. */
export function* jsonPageParts(
  definition: AnyReportDefinition,
  request: ReportRequest,
  options: JsonPageOptions,
): Generator<string> {
  if (!definition.jsonType)
    throw new RangeError(`Failed to render "${definition.name}" as JSON: the form has no JSON rendering`)
  const top = options.top ?? DEFAULT_PAGE_SIZE
  const skip = options.skip ?? 0
  const { nested, position } = definition
  const cell = nested?.style === 'newer' ? formatNestedJsonCell : formatJsonCell
  // The newer reports' pages carry no @odata.context (docs/usage-reports.md §9).
  yield nested?.style === 'newer' ? '{"value":[' : `{"@odata.context":${JSON.stringify(options.context)},"value":[`
  if (nested?.per === 'report') {
    yield* wholeReportItem(definition, request, nested, skip, cell)
    return
  }
  const { outer, inner } = split(definition.columns, nested)
  const grouped = nested?.per === 'user' || nested?.per === 'period'
  const byPeriod = nested?.per === 'period'
  let skipped = position ? skip : 0
  let written = 0
  let next: number | undefined
  let item: Record<string, unknown> | undefined
  let group: Record<string, unknown>[] = []
  let groupKey: unknown
  for (const row of definition.rows(request, position ? skip : undefined)) {
    if (row === IDLE) {
      yield ''
      continue
    }
    // Rows of one user (or period) make one item: the item is complete when the next one's row arrives.
    const key = byPeriod ? (row as { period: number }).period : grouped ? (row as { index: number }).index : row
    if (grouped && key === groupKey) {
      if (item) group.push(fieldsOf(inner, row, cell))
      continue
    }
    if (item) {
      yield (written > 0 ? ',' : '') + JSON.stringify(item)
      written++
      item = undefined
    }
    if (skipped < skip) {
      skipped++
      // A skipped user's other rows are skipped with it.
      groupKey = key
      continue
    }
    if (written === top) {
      next = position ? position(row) : skip + top
      break
    }
    groupKey = key
    if (!nested) item = fieldsOf(outer, row, cell)
    else {
      group = [fieldsOf(inner, row, cell)]
      item = { ...fieldsOf(outer, row, cell), [nested.key]: group }
    }
  }
  if (item) yield (written > 0 ? ',' : '') + JSON.stringify(item)
  yield next === undefined ? ']}' : `],"@odata.nextLink":${JSON.stringify(options.nextLink(next))}}`
}

/** One item for the whole report: the first row's outer fields, then an object per row under `key`. */
function* wholeReportItem(
  definition: AnyReportDefinition,
  request: ReportRequest,
  nested: NestedJson,
  skip: number,
  cell: Cell,
): Generator<string> {
  const { outer, inner } = split(definition.columns, nested)
  let item: Record<string, unknown> | undefined
  const objects: Record<string, unknown>[] = []
  // A page past the only item is empty, as a page past the last is elsewhere.
  if (skip === 0) {
    for (const row of definition.rows(request)) {
      if (row === IDLE) {
        yield ''
        continue
      }
      item ??= fieldsOf(outer, row, cell)
      objects.push(fieldsOf(inner, row, cell))
    }
  }
  yield item ? `${JSON.stringify({ ...item, [nested.key]: objects })}]}` : ']}'
}

/** The item's own fields and the nested objects' fields; all on the item when nothing nests. */
function split(columns: Columns, nested: NestedJson | undefined): { outer: Columns; inner: Columns } {
  if (!nested) return { outer: columns, inner: [] }
  return {
    outer: columns.filter((column) => nested.outer.includes(column.field)),
    inner: columns.filter((column) => !nested.outer.includes(column.field)),
  }
}

function fieldsOf(columns: Columns, row: unknown, cell: Cell): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const column of columns) fields[column.field] = cell(column.kind, column.value(row))
  return fields
}

export function renderJsonPage(
  definition: AnyReportDefinition,
  request: ReportRequest,
  options: JsonPageOptions,
): ReadableStream<Uint8Array> {
  return chunkedStream(jsonPageParts(definition, request, options))
}
