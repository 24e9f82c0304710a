import { type Answer, refusal } from './answer'
import { answerDownload } from './answer-download'
import { answerPreflight } from './answer-preflight'
import { answerReport } from './answer-report'
import { answerSettings } from './answer-settings'
import { createAuthenticator } from './authenticate-caller'
import { createFaultStep } from './draw-fault'
import { raise } from './error-cases'
import type { FakeGraph } from './fake-graph'
import { type FakeGraphOptions, resolveOptions } from './fake-graph-options'
import type { FakeParts } from './fake-parts'
import { Faults } from './faults'
import { GraphError } from './graph-error'
import { createIdentity } from './identity'
import { Journal } from './journal'
import { journalEntry } from './journal-entry'
import { createLinkIssuer } from './link-issuer'
import { LinkLedger } from './link-ledger'
import { createLinkTokens } from './link-tokens'
import { memoisePlans } from './memoise-plans'
import { createReportCache } from './report-cache'
import { reportFacts } from './report-facts'
import { type RequestContext, requestContext } from './request-context'
import { limitPath } from './request-limits'
import { createRouter, type Route } from './router'
import { serveIdentity } from './serve-identity'
import { createTenantRegistry } from './tenant-registry'
import { createThrottle, type Throttle } from './throttle'

/** The journal's time of a request, to the millisecond. */
/** A request on no origin of the fake's (`fake.fetch` called directly) is taken as Graph's. */
const GRAPH: Route = { origin: 'graph', to: 'report' }

/**
 * The fake Microsoft Graph reports service, as one Fetch API function. A request is routed,
 * answered by one of the answers (report, download, settings, identity), each a pipeline of
 * named steps, and journaled; the server, the MSW handlers and the contract kit only carry it.
 *
 * @example
 * const fake = createFakeGraph({ seed: 42, users: 250, now: '2026-11-27T00:00:00Z' })
 * const report = await fake.fetch(new Request("https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(period='D7')", { headers: { Authorization: 'Bearer x' } }))
 * report.status // 302, to a signed link on https://reportsweu.office.com
 */
export function createFakeGraph(options: FakeGraphOptions = {}): FakeGraph {
  const resolved = resolveOptions(options)
  const { clock } = resolved
  const tenants = createTenantRegistry({
    primary: resolved.tenant,
    tenants: resolved.tenants,
    lagDays: resolved.lagDays,
    concealNames: resolved.concealNames,
    heldUsers: resolved.heldUsers,
  })
  const router = createRouter(resolved.graphBaseUrl, resolved.downloadBaseUrl)
  const identity = createIdentity(resolved.identity, resolved.graphBaseUrl)
  const tokens = createLinkTokens(resolved.secret, resolved.downloadBaseUrl)
  const journal = new Journal()
  const ledger = new LinkLedger()
  const faults = new Faults()
  let throttle: Throttle | undefined = resolved.throttling ? createThrottle(resolved.throttling) : undefined
  const parts: FakeParts = {
    options: resolved,
    tenants,
    authenticate: createAuthenticator({ auth: resolved.auth, errors: resolved.errors, identity }),
    drawFault: createFaultStep(faults, resolved),
    planFor: memoisePlans(resolved.errors),
    issueLink: createLinkIssuer(tokens, resolved, ledger),
    tokens,
    cache: createReportCache(),
    identity,
    throttle: () => throttle,
  }

  async function fetch(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const route = router.route(url) ?? GRAPH
    const context = requestContext(request, url, clock.now(), resolved.cors[route.origin])
    let answer: Answer
    try {
      answer = await answerRoute(context, route, parts)
    } catch (error) {
      if (!(error instanceof GraphError)) resolved.onUnexpectedError(error)
      const refused = error instanceof GraphError ? error : raise(resolved.errors, 'internal')
      answer = refusal(context, refused, {}, resolved)
    }
    const { response } = answer
    journal.record(
      journalEntry({
        ids: context.ids,
        now: context.now,
        method: request.method,
        url: request.url,
        headers: request.headers,
        origin: route.origin,
        status: response.status,
        facts: answer.facts,
      }),
      () => ({
        request: request.headers,
        response: response.headers,
      }),
    )
    return request.method === 'HEAD' ? withoutBody(answer.response) : answer.response
  }

  return {
    fetch,
    handles: (request) => router.serves(new URL(request.url)),
    journal,
    reports: () => reportFacts(journal.entries()),
    links: () => ledger.links(),
    faults,
    setThrottling: (throttling) => {
      throttle = throttling ? createThrottle(throttling === true ? {} : throttling) : undefined
    },
    clock,
    settings: tenants.primary.settings,
    settingsOf: (tenantId) => tenants.of(tenantId, clock.now()).settings,
    tenant: (instant = clock.now(), tenantId) => tenants.of(tenantId, instant).at(instant),
    useTenant: (choice, tenantId) => tenants.of(tenantId, clock.now()).replace(choice),
    heldUsers: () => tenants.heldUsers(),
    identity,
    options: resolved,
  }
}

/** The answer a route leads to; an overlong path is refused before anything reads it. */
async function answerRoute(context: RequestContext, route: Route, parts: FakeParts): Promise<Answer> {
  try {
    limitPath(context.url, parts.options.errors)
  } catch (error) {
    return refusal(context, error, {}, parts.options)
  }
  const { cors } = parts.options
  // An origin that sends no CORS headers refuses OPTIONS as it refuses any other method.
  if (context.request.method === 'OPTIONS' && cors[route.origin]['Access-Control-Allow-Origin']) {
    return answerPreflight(context, cors)
  }
  switch (route.to) {
    case 'download':
      return answerDownload(context, route.link, parts)
    case 'identity': {
      const response = await serveIdentity(context, route, {
        identity: parts.identity,
        baseUrl: parts.options.graphBaseUrl,
      })
      return { response, facts: { function: 'identity' } }
    }
    case 'settings':
      return answerSettings(context, route.version, parts)
    case 'report':
      return answerReport(context, parts)
  }
}

/**
 * An answer to HEAD has the headers and no body, as HTTP has it: a server's socket would drop
 * the body, but MSW hands the Response to the client as it is.
 */
function withoutBody(response: Response): Response {
  if (response.body === null || response.status === 0) return response
  void response.body.cancel()
  return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers })
}
