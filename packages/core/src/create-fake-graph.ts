import { dayOf } from '@fake-graph/tenant'
import { authenticate, bearerToken, CHALLENGE } from './authenticate'
import { raise } from './error-cases'
import { errorResponse } from './error-response'
import { type FakeGraphOptions, resolveOptions } from './fake-graph-options'
import { faultResponse } from './fault-response'
import { Faults, type FaultTarget } from './faults'
import { formatOncePer } from './format-instant'
import { GraphError } from './graph-error'
import { graphHeaders, requestIdsFor } from './graph-headers'
import { createIdentity } from './identity'
import { Journal, type JournalEntry } from './journal'
import { createLinkIssuer } from './link-issuer'
import { memoisePlans } from './memoise-plans'
import { createReportCache } from './report-cache'
import { reportFacts } from './report-facts'
import { namedReport, type ReportPlan } from './report-plan'
import { READ_SETTINGS, REPORT_SETTINGS_PATH, serveReportSettings, WRITE_SETTINGS } from './report-settings'
import { limitPath } from './request-limits'
import { downloadToken, serveDownload } from './serve-download'
import { IDENTITY_PATH, serveIdentity } from './serve-identity'
import { serveReport } from './serve-report'
import { createLinkSigner } from './signed-link'
import { createTenantRegistry } from './tenant-registry'
import type { TenantChoice } from './tenant-source'
import { createThrottle, type ThrottlingOptions, throttledResponse } from './throttle'

/** The journal's time of a request, to the millisecond. */
const isoTime = formatOncePer(1, (now) => now.toISOString())

type Facts = Omit<
  JournalEntry,
  'sequence' | 'requestId' | 'clientRequestId' | 'time' | 'method' | 'url' | 'status' | 'tokenLeak'
>

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
  const tenants = createTenantRegistry({
    primary: resolved.tenant,
    tenants: resolved.tenants,
    lagDays: resolved.lagDays,
    concealNames: resolved.concealNames,
    heldUsers: resolved.heldUsers,
  })
  const tenantAt = (instant: Date, tenantId?: string) => tenants.of(tenantId, instant).at(instant)
  const signer = createLinkSigner(resolved.secret)
  const issueLink = createLinkIssuer(signer, resolved)
  const cache = createReportCache()
  const planFor = memoisePlans(errors)
  let admit = resolved.throttling ? createThrottle(resolved.throttling) : undefined
  const journal = new Journal()
  const faults = new Faults()
  const identity = createIdentity(resolved.identity, resolved.graphBaseUrl)
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
    let facts: Facts = { origin: 'graph' }
    /** What the journal will say of this request, added to as it is answered. */
    const note = (more: Partial<Facts>) => {
      facts = { ...facts, ...more }
    }

    let response: Response
    try {
      response = await route()
    } catch (error) {
      if (!(error instanceof GraphError)) resolved.onUnexpectedError(error)
      const graphError = error instanceof GraphError ? error : raise(errors, 'internal')
      note({ error: graphError.errorCase })
      response = errorResponse(graphError, ids, now, resolved)
    }
    journal.record({
      requestId: ids.requestId,
      clientRequestId: ids.clientRequestId,
      time: isoTime(now),
      method: request.method,
      url: request.url,
      ...facts,
      status: response.status,
      tokenLeak: facts.origin === 'download' && request.headers.has('authorization'),
    })
    return response

    async function route(): Promise<Response> {
      const url = new URL(request.url)
      limitPath(url, errors)
      const onDownloadHost = via
        ? via === 'download'
        : url.origin === downloadOrigin && (!sameOrigin || url.pathname.startsWith('/data/'))
      if (onDownloadHost) return answerDownload(url)
      const identityPath = IDENTITY_PATH.exec(url.pathname)
      if (identityPath) {
        note({ function: 'identity' })
        return serveIdentity(request, identityPath, { identity, baseUrl: resolved.graphBaseUrl, now, headers })
      }
      // Graph's front door checks the token before any workload sees the URL.
      if (resolved.auth === 'signed') await requireSignature()
      const settingsPath = REPORT_SETTINGS_PATH.exec(url.pathname)
      return settingsPath ? answerSettings(settingsPath[1] as string) : answerReport(url)
    }

    async function answerDownload(url: URL): Promise<Response> {
      note({ origin: 'download', link: downloadToken(url) })
      const served = await serveDownload(request, url, { now, tenantAt, options: resolved, signer, cache, headers })
      if (served.claims) note(linkFacts(served.claims))
      const injected = await injectFault({ origin: 'download', function: facts.function })
      if (!injected) return served.response
      await served.response.body?.cancel()
      return injected
    }

    async function answerSettings(version: string): Promise<Response> {
      const required = request.method === 'PATCH' ? WRITE_SETTINGS : READ_SETTINGS
      const caller = authenticate(request, now, { mode: resolved.auth, errors, required })
      note({ function: 'reportSettings', appId: caller.appId, tenantId: caller.tenantId })
      const settings = tenants.of(caller.tenantId, now).settings
      return serveReportSettings(request, { version, graphBaseUrl: resolved.graphBaseUrl, settings, headers, errors })
    }

    async function answerReport(url: URL): Promise<Response> {
      const principal = authenticate(request, now, { mode: resolved.auth, errors })
      note({ appId: principal.appId, tenantId: principal.tenantId })
      if (request.method !== 'GET') throw raise(errors, 'methodNotAllowed', { method: request.method })
      note({ function: namedReport(url) })
      const plan = planFor(url, dayOf(now))
      note({ function: plan.functionName, params: plan.params })
      if (principal.tenantLevelOnly && plan.definition.acceptsDate) throw raise(errors, 'tenantLevelOnly')
      const injected = await injectFault({ origin: 'graph', function: plan.definition.name, version: plan.version })
      if (injected) return injected
      const state = tenants.of(principal.tenantId, now)
      const tenant = state.at(now)
      const retryAfter = admit?.(
        {
          tenantId: principal.tenantId ?? tenant.organization.id,
          appId: principal.appId ?? 'opaque',
          report: plan.definition.name,
          format: plan.format,
        },
        now,
      )
      if (retryAfter !== undefined) {
        note({ retryAfter, error: 'throttled' })
        return throttledResponse(retryAfter, ids, now)
      }
      const { response, link } = await serveReport(plan, url, {
        now,
        tenant,
        options: resolved,
        issueLink,
        concealNames: state.settings.displayConcealedNames,
        tenantId: state === tenants.primary ? undefined : principal.tenantId,
        headers,
      })
      if (link) note({ link: link.token })
      return response
    }

    /** In `signed` mode a JWT must come from the fake's identity platform; other tokens are left to `authenticate`. */
    async function requireSignature(): Promise<void> {
      const token = bearerToken(request)
      if (token?.split('.').length === 3 && !(await identity.verify(token, now))) {
        throw raise(errors, 'unsignedToken', {}, CHALLENGE)
      }
    }

    /** Applies a fault's latency, and its answer if it has one (the journal says which). */
    async function injectFault(target: FaultTarget): Promise<Response | undefined> {
      const effect = faults.take(target)
      if (!effect) return undefined
      if (effect.latency > 0) await new Promise((resolve) => setTimeout(resolve, effect.latency))
      const injected = faultResponse(effect, ids, now, resolved)
      if (injected) {
        note({
          fault: effect.source,
          error: 'injected',
          retryAfter: effect.status === 429 ? (effect.retryAfter ?? 2) : undefined,
        })
      }
      return injected
    }
  }

  return {
    fetch,
    journal,
    /** The fake identity platform (auth mode `signed`): `await fake.identity.issue(tenantId, now)` mints a token. */
    identity,
    /** Turn Graph's throttling emulation on (with the documented limits, or others) or off; counts start afresh. */
    setThrottling: (throttling: boolean | ThrottlingOptions) => {
      admit = throttling ? createThrottle(throttling === true ? {} : throttling) : undefined
    },
    /** The tenant's report settings (also `GET`/`PATCH /v1.0/admin/reportSettings`). */
    settings: tenants.primary.settings,
    /** Scripted faults and seeded chaos: `fake.faults.add({ status: 503, times: 1 })`. */
    faults,
    /** What clients did with each report request: redirects followed, expiry, leaks, early retries. */
    reports: () => reportFacts(journal.entries()),
    /** The fake's clock: freeze, set or advance it. */
    clock,
    /** How many generated users the fake holds in memory now, across tenants and days (at most `options.heldUsers`). */
    heldUsers: () => tenants.heldUsers(),
    /** The options in force, defaults filled in. */
    options: resolved,
    /** The tenant the reports are drawn from, as of the clock (or of `instant`). */
    tenant: (instant: Date = clock.now(), tenantId?: string) => tenantAt(instant, tenantId),
    /**
     * Reseed or replace the tenant at run time: `{ seed, users }`, a tenant, or a factory.
     * Links issued before render the new tenant.
     */
    useTenant: (choice: TenantChoice, tenantId?: string) => tenants.of(tenantId, clock.now()).replace(choice),
    /** The report settings of a tenant other than the primary one. */
    settingsOf: (tenantId: string) => tenants.of(tenantId, clock.now()).settings,
  }
}

export type FakeGraph = ReturnType<typeof createFakeGraph>

function linkFacts(claims: { report: string; period?: number; date?: string }): Facts {
  return {
    origin: 'download',
    function: claims.report,
    params: claims.date === undefined ? { period: `D${claims.period}` } : { date: claims.date },
  }
}

export type { ReportPlan }
