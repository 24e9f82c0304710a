import { readFileSync } from 'node:fs'
import { CURRENT_REPORTS } from '@fake-graph/reports'
import { type RunningServer, startServer } from '@fake-graph/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'

type Operation = { operationId: string; responses: Record<string, unknown>; security?: unknown[] }
const document = parse(readFileSync(new URL('openapi.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>
}
const METHODS = ['get', 'post', 'patch', 'delete'] as const
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  METHODS.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method] as Operation })),
)

/** A body each writing operation accepts, so that the call reaches its handler. */
const BODIES: Record<string, { type: string; body: string }> = {
  updateReportSettings: { type: 'application/json', body: '{"displayConcealedNames":false}' },
  token: {
    type: 'application/x-www-form-urlencoded',
    body: 'grant_type=client_credentials&client_id=fake-graph-client&client_secret=fake-graph-secret&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default',
  },
  setClock: { type: 'application/json', body: '{"advance":0}' },
  addFault: { type: 'application/json', body: '{"latencyMs":0}' },
  replaceTenant: { type: 'application/json', body: '{"seed":42,"users":40}' },
  setThrottling: { type: 'application/json', body: '{"enabled":false}' },
}

describe('contracts/openapi.yaml and the served routes agree', () => {
  let server: RunningServer
  /** A link of each form, by the operation that downloads it: the path and query after the origin. */
  const links: Record<string, string> = {}
  beforeAll(async () => {
    server = await startServer({ port: 0, downloadPort: 0, fake: { now: '2026-11-27T00:00:00Z', users: 40 } })
    const linkOf = async (path: string) => {
      const redirect = await fetch(`${server.graphUrl}${path}`, {
        headers: { Authorization: 'Bearer t' },
        redirect: 'manual',
      })
      const location = new URL(redirect.headers.get('location') as string)
      return `${location.pathname}${location.search}`
    }
    links.download = await linkOf("/v1.0/reports/getOffice365ActiveUserCounts(period='D7')")
    links.legacyDownload = await linkOf("/beta/reports/Office365ActiveUsers(view='Users',period='D7')/content")
  })
  afterAll(async () => {
    await server?.close()
  })

  it.each(operations.map((entry) => [`${entry.method.toUpperCase()} ${entry.path}`, entry] as const))(
    '%s is served, and answers a status it documents',
    async (_, { path, method, operation }) => {
      const filled = path
        .replace('{period}', 'D7')
        .replace('{date}', '2026-11-20')
        .replace('{version}', 'v2')
        .replace('{view}', 'Detail')
        .replace('{tenant}', '6f1c3a52-0d4e-4c8b-9a57-2b1e8f0c7d31')
      // A download is asked at the link a 302 gave, whose path must be the documented one.
      const link = links[operation.operationId]
      if (link) expect(link.split('?')[0]?.startsWith(filled.replace('{token}', ''))).toBe(true)
      const origin = path.startsWith('/data/') ? server.downloadUrl : server.graphUrl
      const body = BODIES[operation.operationId]
      const response = await fetch(`${origin}${link ?? filled}`, {
        method: method.toUpperCase(),
        redirect: 'manual',
        headers: { Authorization: 'Bearer t', ...(body ? { 'Content-Type': body.type } : {}) },
        body: body?.body,
      })
      await response.arrayBuffer()
      expect(Object.keys(operation.responses)).toContain(String(response.status))
      expect(response.status).toBeLessThan(400)
    },
  )

  it('documents every report function on both versions, and every legacy view', () => {
    const paths = Object.keys(document.paths)
    for (const report of CURRENT_REPORTS) {
      // The Copilot reports live under /copilot/reports, and on beta's legacy /reports path too.
      const homes =
        report.home === 'copilot' ? ['v1.0/copilot', 'beta/copilot', 'beta'] : (report.versions ?? ['v1.0', 'beta'])
      // A beta-only function has no v1.0 path: v1.0 refuses it (docs/usage-reports.md §20).
      if (report.versions && !report.versions.includes('v1.0')) {
        expect(
          paths.filter((path) => path.startsWith(`/v1.0/reports/${report.name}(`)),
          report.name,
        ).toEqual([])
      }
      for (const home of homes) {
        expect(
          // A function without parameters is documented as its pages call it, bare.
          paths.some((path) =>
            report.takesNoParameters
              ? path === `/${home}/reports/${report.name}`
              : path.startsWith(`/${home}/reports/${report.name}(`),
          ),
          `${home} ${report.name}`,
        ).toBe(true)
      }
    }
    expect(
      paths.filter((path) => path.startsWith('/beta/reports/Office365ActiveUsers(')).length,
    ).toBeGreaterThanOrEqual(3)
  })
})
