import autocannon from 'autocannon'
import { spawnServe } from '../support/spawn-serve'
import { bearerJwt } from '../support/unsigned-jwt'
import { rssOf } from './rss-of'

const NOW = '2026-11-27T00:00:00Z'
const AUTH = { Authorization: 'Bearer soak' }
const DETAIL = "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"

export interface SoakResult {
  readonly seconds: number
  readonly connections: number
  readonly requests: number
  readonly requestsPerSecond: number
  /** Socket errors and timeouts, and failed tid downloads. */
  readonly errors: number
  readonly serverErrors: number
  readonly statuses: Record<string, number>
  /** Distinct tids that asked for a report. */
  readonly tenants: number
  /** Server RSS in MB: before any traffic, at the end of the warm-up, at its highest after it, at the end. */
  readonly rss: { readonly idle: number; readonly warm: number; readonly peak: number; readonly end: number }
  /** RSS growth after the warm-up, in MB per minute, by least squares over the samples. */
  readonly rssSlopeMbPerMinute: number
  /** The server's longest event-loop delay: idle, and under the load (from its health checks, each second). */
  readonly loopDelayMs: { readonly idle: number; readonly max: number }
  /** One sample a second: seconds since the start, RSS in MB, loop delay in ms. */
  readonly samples: readonly (readonly [number, number, number])[]
}

const jwt = bearerJwt

/** URLs a hostile client sends: each must be refused in its bound, in Graph's envelope. */
const HOSTILE = [
  `/${'a'.repeat(1_000)}/${'b'.repeat(1_000)}/%0A`,
  `/${'a'.repeat(1_000)}/${'b'.repeat(1_000)}/%E2%80%A8`,
  `/v1.0/reports/${'x'.repeat(6_000)}`,
  `/v1.0/reports/getOffice365ActiveUserCounts(period='${"'".repeat(900)}')`,
  `/beta/reports/getOffice365ActiveUserDetail(period='D7')?$format=application/json&$skipToken=999999999`,
  `/v1.0/reports/getOffice365ActiveUserDetail(period='D7')?x=${'%0D%0A'.repeat(300)}`,
  '/v1.0/reports/getOffice365ActiveUserDetail(date=2026-02-30)',
  "/v1.0/reports/getOffice365ActiveUserCounts(period='D8')",
]

/**
 * Mixed traffic on `fake-graph serve` for `seconds`, at 64 connections on loopback: reports
 * (302s, beta JSON, counts), downloads, hostile URLs, JWTs with a new tid each, and admin calls,
 * besides a few clients that take a new tid's report through its download. The server's RSS is
 * sampled each second, and its event-loop delay read from its health check. It stops by itself.
 */
export async function runSoak({
  seconds,
  connections = 64,
  heldUsers,
}: {
  seconds: number
  connections?: number
  /** The server's budget of generated users: a small one fills within a short run's warm-up. */
  heldUsers?: number
}) {
  const budget = heldUsers === undefined ? [] : ['--held-users', String(heldUsers)]
  const { child, graphUrl: graph } = await spawnServe(['--now', NOW, '--users', '2000', ...budget])
  const pid = child.pid as number
  try {
    const health = async () => (await (await fetch(`${graph}/_admin/health`)).json()).eventLoopDelayMs.max as number
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    await health()
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const idleDelay = await health()
    const idle = rssOf(pid)
    const link = (await fetch(`${graph}${DETAIL}`, { headers: AUTH, redirect: 'manual' })).headers.get('location')
    let tid = 0
    const share = (part: number) => Math.max(1, Math.round((connections * part) / 64))
    const runs = [
      autocannon({
        url: graph,
        headers: AUTH,
        connections: share(16),
        duration: seconds,
        requests: [
          { path: DETAIL },
          { path: "/beta/reports/getOffice365ActiveUserDetail(period='D30')?$format=application/json&$top=50" },
          { path: "/beta/reports/getOffice365ActiveUserCounts(period='D180')?$format=application/json" },
          { path: "/v1.0/reports/getOffice365ServicesUserCounts(period='D90')" },
        ],
      }),
      autocannon({ url: link as string, connections: share(16), duration: seconds }),
      autocannon({
        url: graph,
        headers: AUTH,
        connections: share(12),
        duration: seconds,
        requests: HOSTILE.map((path) => ({ path })),
      }),
      autocannon({
        url: graph,
        connections: share(8),
        duration: seconds,
        requests: [
          {
            path: DETAIL,
            setupRequest: (request) => ({
              ...request,
              headers: { Authorization: jwt({ roles: ['Reports.Read.All'], tid: `soak-${++tid}` }) },
            }),
          },
        ],
      }),
      autocannon({
        url: graph,
        connections: share(8),
        duration: seconds,
        requests: [
          { path: '/_admin/clock' },
          { path: '/_admin/faults' },
          { path: '/_admin/journal?limit=20&status=302' },
          { path: '/_admin/tenant' },
        ],
      }),
    ] as const
    const downloads = tidDownloads(graph, share(4), seconds)

    const started = Date.now()
    const samples: [number, number, number][] = []
    const sampler = setInterval(async () => {
      const at = (Date.now() - started) / 1000
      const rss = rssOf(pid)
      samples.push([at, rss, await health().catch(() => Number.NaN)])
    }, 1_000)
    const results = await Promise.all(runs)
    const failedDownloads = await downloads
    clearInterval(sampler)
    const end = rssOf(pid)

    const statuses: Record<string, number> = {}
    for (const result of results) {
      for (const [status, { count }] of Object.entries(result.statusCodeStats))
        statuses[status] = (statuses[status] ?? 0) + count
    }
    const requests = results.reduce((sum, result) => sum + result.requests.total, 0)
    // Warm-up: the user budget, the report cache and the journal fill; a minute, or half a short run.
    const warmUp = Math.min(60, seconds / 2)
    const after = samples.filter(([at]) => at >= warmUp)
    const warm = after[0]?.[1] ?? idle
    return {
      seconds,
      connections,
      requests,
      requestsPerSecond: requests / seconds,
      errors: results.reduce((sum, result) => sum + result.errors + result.timeouts, 0) + failedDownloads,
      serverErrors: Object.entries(statuses)
        .filter(([status]) => status.startsWith('5'))
        .reduce((sum, [, count]) => sum + count, 0),
      statuses,
      tenants: tid,
      rss: { idle, warm, peak: Math.max(warm, ...after.map(([, rss]) => rss)), end },
      rssSlopeMbPerMinute: slope(after.map(([at, rss]) => [at / 60, rss])),
      loopDelayMs: { idle: idleDelay, max: Math.max(...samples.map(([, , delay]) => delay).filter(Number.isFinite)) },
      samples,
    } satisfies SoakResult
  } finally {
    child.kill('SIGTERM')
  }
}

/** `clients` loops that each take a new tid's report through its download until time is up; the failures. */
async function tidDownloads(graph: string, clients: number, seconds: number): Promise<number> {
  const until = Date.now() + seconds * 1000
  let failed = 0
  let next = 0
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < until) {
        try {
          const headers = { Authorization: jwt({ roles: ['Reports.Read.All'], tid: `download-${++next}` }) }
          const redirect = await fetch(`${graph}${DETAIL}`, { headers, redirect: 'manual' })
          const download = await fetch(redirect.headers.get('location') as string)
          const bytes = (await download.arrayBuffer()).byteLength
          if (redirect.status !== 302 || download.status !== 200 || bytes < 1_000) failed++
        } catch {
          failed++
        }
      }
    }),
  )
  return failed
}

/** The least-squares slope of y over x. */
function slope(points: readonly (readonly [number, number])[]): number {
  if (points.length < 2) return 0
  const n = points.length
  const mean = (pick: (point: readonly [number, number]) => number) => points.reduce((s, p) => s + pick(p), 0) / n
  const [mx, my] = [mean(([x]) => x), mean(([, y]) => y)]
  const num = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0)
  const den = points.reduce((s, [x]) => s + (x - mx) ** 2, 0)
  return den === 0 ? 0 : num / den
}
