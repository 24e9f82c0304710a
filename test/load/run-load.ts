import autocannon from 'autocannon'
import { spawnServe } from '../support/spawn-serve'
import { rssOf } from './rss-of'

const AUTH = { Authorization: 'Bearer load' }

export interface LoadResult {
  readonly seconds: number
  readonly requests: number
  readonly requestsPerSecond: number
  /** Latency across both origins, in milliseconds. */
  readonly p50: number
  readonly p99: number
  /** Socket errors and timeouts. */
  readonly errors: number
  readonly serverErrors: number
  readonly statuses: Record<string, number>
  /** The server's resident memory, in MB: after warm-up, at its highest, and after the load. */
  readonly rss: { readonly baseline: number; readonly peak: number; readonly after: number }
}

/**
 * A bounded load test on loopback: `fake-graph serve` in its own process, half the connections
 * asking for reports (302s and errors), half downloading the default tenant's Detail CSV.
 * It stops by itself after `seconds`.
 */
export async function runLoad({
  seconds,
  connections = 64,
}: {
  seconds: number
  connections?: number
}): Promise<LoadResult> {
  const { child, graphUrl: graph } = await spawnServe(['--now', '2026-11-27T00:00:00Z'])
  try {
    const detail = "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"
    const link = (await fetch(`${graph}${detail}`, { headers: AUTH, redirect: 'manual' })).headers.get(
      'location',
    ) as string
    const requests = [
      { path: detail },
      { path: "/beta/reports/getOffice365ActiveUserCounts(period='D30')" },
      { path: "/v1.0/reports/getOffice365ActiveUserCounts(period='D8')" },
      { path: "/v1.0/reports/getNothing(period='D7')" },
      // A bearer without a token: autocannon merges headers, so the default one is overridden, not dropped.
      { path: detail, headers: { Authorization: 'Bearer' } },
    ]
    const load = (duration: number) =>
      Promise.all([
        autocannon({ url: graph, headers: AUTH, requests, connections: connections / 2, duration }),
        autocannon({ url: link, connections: connections / 2, duration }),
      ])
    await load(2)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const pid = child.pid as number
    const baseline = rssOf(pid)
    let peak = baseline
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssOf(pid))
    }, 200)
    const [reports, downloads] = await load(seconds)
    clearInterval(sampler)
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    const statuses: Record<string, number> = {}
    for (const result of [reports, downloads]) {
      for (const [status, { count }] of Object.entries(result.statusCodeStats))
        statuses[status] = (statuses[status] ?? 0) + count
    }
    const total = reports.requests.total + downloads.requests.total
    const weighted = (pick: (latency: { p50: number; p99: number }) => number) =>
      (pick(reports.latency) * reports.requests.total + pick(downloads.latency) * downloads.requests.total) / total
    return {
      seconds,
      requests: total,
      requestsPerSecond: reports.requests.average + downloads.requests.average,
      p50: weighted((latency) => latency.p50),
      p99: Math.max(reports.latency.p99, downloads.latency.p99),
      errors: reports.errors + reports.timeouts + downloads.errors + downloads.timeouts,
      serverErrors: Object.entries(statuses)
        .filter(([status]) => status.startsWith('5'))
        .reduce((sum, [, count]) => sum + count, 0),
      statuses,
      rss: { baseline, peak, after: rssOf(pid) },
    }
  } finally {
    child.kill('SIGTERM')
  }
}
