import { chunkedStream } from './chunked-stream'
import { formatJsonCell } from './json-cell'
import type { AnyReportDefinition } from './report-definition'
import type { ReportRequest } from './report-request'

export interface JsonPageOptions {
  /** Items per page: 200 by default, as the beta docs say. */
  top?: number
  /** Items to skip, decoded from `$skipToken` by the caller. */
  skip?: number
  /** The `@odata.context`; the caller knows the service root, the report does not. */
  context: string
  /** The `@odata.nextLink` for the page that starts at `skip`. */
  nextLink: (skip: number) => string
}

export const DEFAULT_PAGE_SIZE = 200

/** The `@odata.context` of a report's JSON page under a service root and version. */
export function collectionContext(serviceRoot: string, version: string, definition: AnyReportDefinition): string {
  return `${serviceRoot}/${version}/$metadata#Collection(microsoft.graph.${definition.jsonType})`
}

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
  let index = 0
  let more = false
  for (const row of definition.rows(request)) {
    if (index >= skip + top) {
      more = true
      break
    }
    if (index >= skip) {
      const item: Record<string, unknown> = {}
      for (const column of definition.columns) item[column.field] = formatJsonCell(column.kind, column.value(row))
      yield (index > skip ? ',' : '') + JSON.stringify(item)
    }
    index++
  }
  yield more ? `],"@odata.nextLink":${JSON.stringify(options.nextLink(skip + top))}}` : ']}'
}

export function renderJsonPage(
  definition: AnyReportDefinition,
  request: ReportRequest,
  options: JsonPageOptions,
): ReadableStream<Uint8Array> {
  return chunkedStream(jsonPageParts(definition, request, options))
}
