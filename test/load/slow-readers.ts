import { type ClientRequest, get, type IncomingMessage } from 'node:http'
import { spawnServe } from '../support/spawn-serve'
import { rssOf } from './rss-of'

export interface SlowReadersResult {
  /** The report's size, and what each client read on average. */
  readonly reportMb: number
  readonly readPerClientKb: number
  /** The server's RSS in MB, with the tenant built: before, at its highest, after the clients vanished. */
  readonly rss: { readonly baseline: number; readonly peak: number; readonly after: number }
  /** Sockets and timers the server holds, before and after. */
  readonly resources: { readonly before: Record<string, number>; readonly after: Record<string, number> }
}

/**
 * `clients` readers download the Detail CSV at `bytesPerSecond` each for `seconds`, then drop
 * their connections mid-download. Backpressure should keep the server's memory flat.
 */
export async function runSlowReaders(options: {
  users: number
  clients: number
  bytesPerSecond: number
  seconds: number
}): Promise<SlowReadersResult> {
  const { child, graphUrl: graph } = await spawnServe([
    '--now',
    '2026-11-27T00:00:00Z',
    '--users',
    String(options.users),
  ])
  try {
    const health = async () =>
      (await (await fetch(`${graph}/_admin/health`, { headers: { Connection: 'close' } })).json()).resources
    const link = (
      await fetch(`${graph}/v1.0/reports/getOffice365ActiveUserDetail(period='D180')`, {
        headers: { Authorization: 'Bearer slow' },
        redirect: 'manual',
      })
    ).headers.get('location') as string
    const reportBytes = (await (await fetch(link)).arrayBuffer()).byteLength
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const pid = child.pid as number
    const before = await health()
    const baseline = rssOf(pid)

    const started = Date.now()
    const requests: ClientRequest[] = []
    const read: number[] = []
    for (let i = 0; i < options.clients; i++) {
      read.push(0)
      const request = get(link, (response: IncomingMessage) => {
        response.on('data', (chunk: Buffer) => {
          read[i] = (read[i] as number) + chunk.length
          const ahead = (read[i] as number) / options.bytesPerSecond - (Date.now() - started) / 1000
          if (ahead > 0) {
            response.pause()
            setTimeout(() => response.resume(), ahead * 1000)
          }
        })
      })
      request.on('error', () => {})
      requests.push(request)
    }
    let peak = baseline
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssOf(pid))
    }, 200)
    await new Promise((resolve) => setTimeout(resolve, options.seconds * 1000))
    clearInterval(sampler)
    // Vanish mid-download: no goodbye.
    for (const request of requests) request.destroy()
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    return {
      reportMb: reportBytes / 1e6,
      readPerClientKb: read.reduce((sum, bytes) => sum + bytes, 0) / options.clients / 1024,
      rss: { baseline, peak, after: rssOf(pid) },
      resources: { before, after: await health() },
    }
  } finally {
    child.kill('SIGTERM')
  }
}
