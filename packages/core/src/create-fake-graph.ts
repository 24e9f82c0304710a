import { dayOf } from '@fake-graph/tenant'
import { authenticate } from './authenticate'
import { raise } from './error-cases'
import { errorResponse } from './error-response'
import { type FakeGraphOptions, resolveOptions } from './fake-graph-options'
import { GraphError } from './graph-error'
import { graphHeaders, requestIdsFor } from './graph-headers'
import { Journal, type JournalEntry } from './journal'
import { createLinkIssuer } from './link-issuer'
import { memoisePlans } from './memoise-plans'
import { createReportCache } from './report-cache'
import type { ReportPlan } from './report-plan'
import { serveDownload } from './serve-download'
import { serveReport } from './serve-report'
import { createLinkSigner } from './signed-link'
import { tenantSource } from './tenant-source'

/**
 * The fake Microsoft Graph reports service, as one Fetch API function. The express server and
 * the MSW handlers only translate requests to it and responses from it.
 *
 * @example
 * const fake = createFakeGraph({ seed: 42, users: 250, now: '2026-11-27T00:00:00Z' })
 * const response = await fake.fetch(new Request("https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(period='D7')", { headers: { Authorization: 'Bearer x' } }))
 * response.status // 302
 */
export function createFakeGraph(options: FakeGraphOptions = {}) {
  const resolved = resolveOptions(options)
  const { clock, errors } = resolved
  const tenantAt = tenantSource(resolved.tenant)
  const signer = createLinkSigner(resolved.secret)
  const issueLink = createLinkIssuer(signer, resolved)
  const cache = createReportCache()
  const planFor = memoisePlans(errors)
  const journal = new Journal()
  const downloadOrigin = new URL(resolved.downloadBaseUrl).origin
  const sameOrigin = downloadOrigin === new URL(resolved.graphBaseUrl).origin

  /**
   * Answers one request. `via` says which origin it arrived on, for servers that tell the two
   * apart by port; without it, the origin is read from the URL (as under MSW).
   */
  async function fetch(request: Request, via?: JournalEntry['origin']): Promise<Response> {
    const now = clock.now()
    const ids = requestIdsFor(request)
    const headers = graphHeaders(ids, now)
    let origin: JournalEntry['origin'] = 'graph'
    let facts: Pick<JournalEntry, 'function' | 'params'> = {}
    let response: Response
    try {
      const url = new URL(request.url)
      const onDownloadHost = via
        ? via === 'download'
        : url.origin === downloadOrigin && (!sameOrigin || url.pathname.startsWith('/data/'))
      if (onDownloadHost) {
        origin = 'download'
        const served = await serveDownload(request, url, { now, tenantAt, options: resolved, signer, cache, headers })
        response = served.response
        if (served.claims) facts = linkFacts(served.claims)
      } else {
        // Graph's front door checks the token before any workload sees the URL.
        authenticate(request, now, errors)
        if (request.method !== 'GET') throw raise(errors, 'methodNotAllowed', { method: request.method })
        const plan = planFor(url, dayOf(now))
        facts = { function: plan.functionName, params: plan.params }
        response = await serveReport(plan, url, { now, tenant: tenantAt(now), options: resolved, issueLink, headers })
      }
    } catch (error) {
      if (!(error instanceof GraphError)) resolved.onUnexpectedError(error)
      const graphError = error instanceof GraphError ? error : raise(errors, 'internal')
      response = errorResponse(graphError, ids, now, resolved)
    }
    journal.record({
      requestId: ids.requestId,
      clientRequestId: ids.clientRequestId,
      time: now.toISOString(),
      method: request.method,
      url: request.url,
      origin,
      ...facts,
      status: response.status,
      tokenLeak: origin === 'download' && request.headers.has('authorization'),
    })
    return response
  }

  return {
    fetch,
    journal,
    clock,
    /** The options in force, defaults filled in. */
    options: resolved,
    /** The tenant the reports are drawn from, as of the clock (or of `instant`). */
    tenant: (instant: Date = clock.now()) => tenantAt(instant),
  }
}

export type FakeGraph = ReturnType<typeof createFakeGraph>

function linkFacts(claims: {
  report: string
  period?: number
  date?: string
}): Pick<JournalEntry, 'function' | 'params'> {
  return {
    function: claims.report,
    params: claims.date === undefined ? { period: `D${claims.period}` } : { date: claims.date },
  }
}

export type { ReportPlan }
