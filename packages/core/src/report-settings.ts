import { type ErrorOverrides, raise } from './error-cases'
import { ODATA_JSON } from './graph-headers'
import { MAX_BODY_BYTES, readBody } from './read-body'
import type { RequestContext } from './request-context'

/** The tenant's report settings (Graph's `adminReportSettings`). */
export interface ReportSettings {
  /** "Display concealed user, group, and site names in all reports" (docs/graph-reports.md §6). */
  displayConcealedNames: boolean
}

/** Who may read and who may change the settings (docs/graph-reports.md §6, D-15). */
export const READ_SETTINGS = ['ReportSettings.Read.All', 'ReportSettings.ReadWrite.All'] as const
export const WRITE_SETTINGS = ['ReportSettings.ReadWrite.All'] as const

/**
 * `GET` and `PATCH /{version}/admin/reportSettings`: read or switch concealed names, as an admin
 * does in production. A change applies to the links issued after it.
 */
export async function serveReportSettings(
  { request, headers }: RequestContext,
  context: {
    readonly version: string
    readonly graphBaseUrl: string
    readonly settings: ReportSettings
    readonly errors?: ErrorOverrides
  },
): Promise<Response> {
  const { settings, errors } = context
  if (request.method === 'GET') {
    const body = {
      '@odata.context': `${context.graphBaseUrl}/${context.version}/$metadata#admin/reportSettings/$entity`,
      displayConcealedNames: settings.displayConcealedNames,
    }
    return new Response(JSON.stringify(body), { status: 200, headers: { ...headers, 'Content-Type': ODATA_JSON } })
  }
  if (request.method !== 'PATCH') throw raise(errors, 'methodNotAllowed', { method: request.method })
  const text = await readBody(request)
  if (text === undefined) throw raise(errors, 'bodyTooLarge', { limit: MAX_BODY_BYTES })
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw raise(errors, 'invalidRequestBody', { problem: 'the body is not valid JSON' })
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw raise(errors, 'invalidRequestBody', { problem: 'the body must be a JSON object' })
  }
  for (const [key, value] of Object.entries(body)) {
    if (key !== 'displayConcealedNames') throw raise(errors, 'unknownProperty', { property: key })
    if (typeof value !== 'boolean')
      throw raise(errors, 'invalidRequestBody', { problem: 'displayConcealedNames must be true or false' })
    settings.displayConcealedNames = value
  }
  return new Response(null, { status: 204, headers })
}
