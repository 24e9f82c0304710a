import type { FakeGraph, JournalFilter } from '@fake-graph/core'
import { formatDay } from '@fake-graph/tenant'
import express, { type ErrorRequestHandler, type Response, Router } from 'express'
import { adminFaults } from './admin-faults'
import { adminTenant } from './admin-tenant'

/**
 * The admin API, under `/_admin` on the API origin: the same controls a test has in-process on
 * the fake object, for clients in other processes and languages.
 */
export function adminRouter(fake: FakeGraph, adminToken?: string): Router {
  const router = Router()
  if (adminToken) {
    router.use((request, response, next) => {
      if (request.path === '/health' || request.headers.authorization === `Bearer ${adminToken}`) return next()
      response.status(401).json({
        error: {
          code: 'Unauthorized',
          message: 'The admin API needs its token: Authorization: Bearer <admin token>.',
        },
      })
    })
  }
  // Scenario tenants can be large.
  router.use(express.json({ limit: '50mb' }))

  router.get('/health', (_request, response) => {
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
    })
  })

  // ?function=…&status=…&origin=graph|download&since=…&until=…&period=D30 (any other key is a parameter)
  router.get('/journal', (request, response) => {
    const { function: name, status, origin, since, until, ...params } = request.query as Record<string, string>
    if (status !== undefined && !/^\d{3}$/.test(status))
      return refuse(response, `status must be an HTTP status, got "${status}"`)
    if (origin !== undefined && origin !== 'graph' && origin !== 'download')
      return refuse(response, `origin must be graph or download, got "${origin}"`)
    for (const [key, value] of Object.entries({ since, until })) {
      if (value !== undefined && !isInstant(value))
        return refuse(response, `${key} must be an ISO 8601 instant, got "${value}"`)
    }
    const filter: JournalFilter = {
      function: name,
      status: status === undefined ? undefined : Number(status),
      origin: origin as JournalFilter['origin'],
      since,
      until,
      params: Object.keys(params).length > 0 ? params : undefined,
    }
    const entries = fake.journal.find(filter)
    const requestIds = new Set(entries.map((entry) => entry.requestId))
    response.json({ entries, reports: fake.reports().filter((facts) => requestIds.has(facts.request.requestId)) })
  })

  router.delete('/journal', (_request, response) => {
    fake.journal.clear()
    response.status(204).end()
  })

  router.use('/faults', adminFaults(fake, refuse))
  router.use('/tenant', adminTenant(fake, refuse))

  // { "enabled": true, "csvPerApp": 14, "csvPerTenant": 40, "jsonPerApp": 100, "windowSeconds": 600 }
  router.post('/throttling', (request, response) => {
    const { enabled, ...limits } = (request.body ?? {}) as Record<string, unknown>
    if (typeof enabled !== 'boolean') return refuse(response, 'enabled must be true or false')
    for (const [key, value] of Object.entries(limits)) {
      if (!['csvPerApp', 'csvPerTenant', 'jsonPerApp', 'windowSeconds'].includes(key))
        return refuse(response, `unknown limit ${key}`)
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
        return refuse(response, `${key} must be a whole number from 1`)
    }
    fake.setThrottling(enabled && limits)
    response.json({ enabled, ...limits })
  })

  router.get('/clock', (_request, response) => {
    response.json(clockState(fake))
  })

  // { "freeze": true | "<ISO>" } | { "resume": true } | { "set": "<ISO>" } | { "advance": <ms> }
  router.post('/clock', (request, response) => {
    const body = (request.body ?? {}) as Record<string, unknown>
    const { freeze, resume, set, advance } = body
    const known = ['freeze', 'resume', 'set', 'advance']
    const unknown = Object.keys(body).filter((key) => !known.includes(key))
    if (unknown.length > 0 || Object.keys(body).length === 0) {
      return refuse(
        response,
        `send one or more of ${known.join(', ')}${unknown.length ? `; not ${unknown.join(', ')}` : ''}`,
      )
    }
    if (freeze !== undefined && freeze !== true && !isInstant(freeze))
      return refuse(response, 'freeze must be true or an ISO 8601 instant')
    if (set !== undefined && !isInstant(set)) return refuse(response, 'set must be an ISO 8601 instant')
    if (advance !== undefined && (typeof advance !== 'number' || !Number.isFinite(advance)))
      return refuse(response, 'advance must be a number of milliseconds')
    if (resume !== undefined && resume !== true) return refuse(response, 'resume must be true')
    if (freeze !== undefined) fake.clock.freeze(freeze === true ? undefined : (freeze as string))
    if (set !== undefined) fake.clock.set(set as string)
    if (advance !== undefined) fake.clock.advance(advance as number)
    if (resume) fake.clock.resume()
    response.json(clockState(fake))
  })

  // A body that is not JSON: one readable line, never an HTML stack trace.
  const badJson: ErrorRequestHandler = (error, _request, response, next) => {
    if ((error as { type?: string }).type === 'entity.parse.failed')
      return refuse(response, 'the body is not valid JSON')
    next(error)
  }
  router.use(badJson)
  return router
}

function countResources(): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const resource of process.getActiveResourcesInfo()) counts[resource] = (counts[resource] ?? 0) + 1
  return counts
}

function clockState(fake: FakeGraph) {
  return { now: fake.clock.now().toISOString(), frozen: fake.clock.frozen }
}

function isInstant(value: unknown): boolean {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value))
}

function refuse(response: Response, message: string): void {
  response.status(400).json({ error: { code: 'BadRequest', message } })
}
