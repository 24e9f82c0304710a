import { chunkedStream } from './chunked-stream'
import { IDLE } from './idle'
import { formatJsonCell } from './json-cell'
import type { AnyReportDefinition } from './report-definition'
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

/** One page of the beta JSON rendering, as text pieces. */
export function* jsonPageParts(
  definition: AnyReportDefinition,
  request: ReportRequest,
  options: JsonPageOptions,
): Generator<string> {
  if (!definition.jsonType)
    throw new RangeError(`Failed to render "${definition.name}" as JSON: the form has no JSON rendering`)
  const top = options.top ?? DEFAULT_PAGE_SIZE
  const skip = options.skip ?? 0
  yield `{"@odata.context":${JSON.stringify(options.context)},"value":[`
  const { position } = definition
  let skipped = position ? skip : 0
  let written = 0
  let next: number | undefined
  for (const row of definition.rows(request, position ? skip : undefined)) {
    if (row === IDLE) {
      yield ''
      continue
    }
    if (skipped < skip) {
      skipped++
      continue
    }
    if (written === top) {
      next = position ? position(row) : skip + top
      break
    }
    const item: Record<string, unknown> = {}
    for (const column of definition.columns) item[column.field] = formatJsonCell(column.kind, column.value(row))
    yield (written > 0 ? ',' : '') + JSON.stringify(item)
    written++
  }
  yield next === undefined ? ']}' : `],"@odata.nextLink":${JSON.stringify(options.nextLink(next))}}`
}

export function renderJsonPage(
  definition: AnyReportDefinition,
  request: ReportRequest,
  options: JsonPageOptions,
): ReadableStream<Uint8Array> {
  return chunkedStream(jsonPageParts(definition, request, options))
}
