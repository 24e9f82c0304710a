import { monitorEventLoopDelay } from 'node:perf_hooks'
import { ControlError, type FakeGraph, type ThrottlingOptions } from '@fake-graph/core'
import { formatDay } from '@fake-graph/tenant'
import { Router } from 'express'
import { adminBodyParser, bodyFields } from './admin-body'
import { adminClock } from './admin-clock'
import { adminError, adminErrors, adminNotFound, refuse } from './admin-error'
import { adminFaults } from './admin-faults'
import { hostGuard } from './admin-host'
import { adminInspector, INSPECTOR_FILES } from './admin-inspector'
import { adminJournal } from './admin-journal'
import { adminLinks } from './admin-links'
import { readQuery } from './admin-query'
import { adminSettings } from './admin-settings'
import { adminTenant } from './admin-tenant'

export interface AdminRouterOptions {
  /** When set, every route but the health check requires `Authorization: Bearer <adminToken>`. */
  readonly adminToken?: string
  /** Without a token, the Host names besides IP addresses and `localhost` the admin API answers to. */
  readonly hosts?: readonly string[]
}

/**
 * The admin API, under `/_admin` on the API origin: the same controls a test has in-process on
 * the fake object, for clients in other processes and languages. Every failure answers
 * `{ "error": { "code", "message" } }`.
 */
export function adminRouter(fake: FakeGraph, options: AdminRouterOptions = {}): Router {
  const router = Router()
  const { adminToken } = options
  if (adminToken) {
    router.use((request, response, next) => {
      if (
        request.path === '/health' ||
        (request.method === 'GET' && INSPECTOR_FILES.includes(request.path)) ||
        request.headers.authorization === `Bearer ${adminToken}`
      )
        return next()
      adminError(response, 401, 'The admin API needs its token: Authorization: Bearer <admin token>.')
    })
  } else {
    router.use(hostGuard(options.hosts ?? []))
  }
  router.use(adminBodyParser())
  // How late the event loop ran between two health checks: a request that holds it shows here.
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS })
  loopDelay.enable()

  router.get('/health', (request, response) => {
    const query = readQuery(request, [])
    if (typeof query === 'string') return refuse(response, query)
    const tenant = fake.tenant()
    response.json({
      status: 'ok',
      now: fake.clock.now().toISOString(),
      refreshDate: formatDay(tenant.refreshDate),
      organization: tenant.organization,
      users: tenant.userCount,
      graphBaseUrl: fake.options.graphBaseUrl,
      downloadBaseUrl: fake.options.downloadBaseUrl,
      // What the process holds open (sockets, timers…), to spot leaks from outside.
      resources: countResources(),
      rssMb: Math.round(process.memoryUsage.rss() / 1e6),
      heldUsers: fake.heldUsers(),
      // Since the previous health check; the resolution of the measure is included.
      eventLoopDelayMs: { max: toMs(loopDelay.max), mean: toMs(loopDelay.mean) },
    })
    loopDelay.reset()
  })

  router.use(adminInspector())
  router.use('/journal', adminJournal(fake))
  router.use('/links', adminLinks(fake))
  router.use('/settings', adminSettings(fake))
  router.use('/clock', adminClock(fake))
  router.use('/faults', adminFaults(fake))
  router.use('/tenant', adminTenant(fake))

  // { "enabled": true, "csvPerApp": 14, "csvPerTenant": 40, "jsonPerApp": 100, "windowSeconds": 600 }
  router.post('/throttling', (request, response) => {
    const query = readQuery(request, [])
    if (typeof query === 'string') return refuse(response, query)
    const body = bodyFields(request)
    if (!body) return refuse(response, 'the body must be a JSON object')
    const { enabled, ...limits } = body
    if (typeof enabled !== 'boolean') return refuse(response, 'enabled must be true or false')
    if (!enabled && Object.keys(limits).length > 0) return refuse(response, 'limits go with enabled: true')
    try {
      fake.setThrottling(enabled && (limits as ThrottlingOptions))
    } catch (error) {
      if (error instanceof ControlError) return refuse(response, error.reason)
      throw error
    }
    response.json({ enabled, ...limits })
  })

  router.use(adminNotFound)
  router.use(adminErrors(fake.options.onUnexpectedError))
  return router
}

const LOOP_RESOLUTION_MS = 5

function toMs(nanoseconds: number): number {
  return Number.isFinite(nanoseconds) ? Math.round(nanoseconds / 1e5) / 10 : 0
}

function countResources(): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const resource of process.getActiveResourcesInfo()) counts[resource] = (counts[resource] ?? 0) + 1
  return counts
}
