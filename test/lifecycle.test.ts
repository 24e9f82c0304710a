import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { once } from 'node:events'
import { get, type IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { NOW, TOKEN } from './support/fake-server'
import { spawnServe } from './support/spawn-serve'

async function serve(args: string[], env: Record<string, string> = {}) {
  const { child, banner, graphUrl, downloadUrl } = await spawnServe(['--now', NOW, ...args], env)
  return { child, banner, graph: graphUrl, download: downloadUrl }
}

/** A download link for the Detail report. */
async function link(graph: string): Promise<string> {
  const redirect = await fetch(`${graph}/v1.0/reports/getOffice365ActiveUserDetail(period='D180')`, {
    headers: TOKEN,
    redirect: 'manual',
  })
  return redirect.headers.get('location') as string
}

/** Starts a download and pauses after its first chunk; `finish` reads the rest and counts bytes. */
async function startDownload(url: string) {
  const response: IncomingMessage = await new Promise((resolve) => get(url, resolve))
  let bytes = 0
  response.once('data', (chunk: Buffer) => {
    bytes += chunk.length
    response.pause()
  })
  await new Promise((resolve) => setTimeout(resolve, 200))
  return {
    finish: () =>
      new Promise<{ bytes: number; complete: boolean }>((resolve) => {
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length
        })
        response.on('end', () => resolve({ bytes, complete: response.complete }))
        response.on('close', () => resolve({ bytes, complete: response.complete }))
        response.resume()
      }),
  }
}

const exitOf = async (child: ChildProcessWithoutNullStreams) => {
  const [code] = child.exitCode === null ? await once(child, 'exit') : [child.exitCode]
  return code
}

describe('lifecycle', () => {
  it('on SIGTERM stops accepting, lets the download in flight finish, then exits 0', async () => {
    const { child, graph, download } = await serve(['--users', '20000'])
    const url = await link(graph)
    const full = (await (await fetch(url)).arrayBuffer()).byteLength
    const inFlight = await startDownload(url)
    child.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 200))
    await expect(fetch(`${download}/data/download/x`)).rejects.toThrow()
    expect(await inFlight.finish()).toEqual({ bytes: full, complete: true })
    expect(await exitOf(child)).toBe(0)
  }, 30_000)

  it('ends downloads still running when the grace period is over, and exits 0', async () => {
    // A report larger than every socket buffer between the two, so that it is still running at the signal.
    const { child, graph } = await serve(['--users', '60000', '--grace', '1'])
    const stalled = await startDownload(await link(graph))
    const started = Date.now()
    child.kill('SIGTERM')
    expect(await exitOf(child)).toBe(0)
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(Date.now() - started).toBeLessThan(5_000)
    expect((await stalled.finish()).complete).toBe(false)
  }, 30_000)

  it('exits 0 on SIGINT', async () => {
    const { child } = await serve([])
    child.kill('SIGINT')
    expect(await exitOf(child)).toBe(0)
  }, 30_000)

  it('asks for an admin token when it listens beyond loopback', async () => {
    const { child, banner, graph } = await serve(['--host', '0.0.0.0'], { FAKE_GRAPH_ADMIN_TOKEN: 'let-me-in' })
    try {
      expect(banner).toContain('/_admin requires Authorization: Bearer let-me-in')
      const base = graph.replace('0.0.0.0', '127.0.0.1')
      expect((await fetch(`${base}/_admin/journal`)).status).toBe(401)
      expect((await fetch(`${base}/_admin/journal`, { headers: { Authorization: 'Bearer let-me-in' } })).status).toBe(
        200,
      )
      expect((await fetch(`${base}/_admin/health`)).status).toBe(200)
      // Graph's own endpoints do not take the admin token's place, nor need it.
      expect(
        (
          await fetch(`${base}/v1.0/reports/getOffice365ActiveUserCounts(period='D7')`, {
            headers: TOKEN,
            redirect: 'manual',
          })
        ).status,
      ).toBe(302)
    } finally {
      child.kill('SIGTERM')
    }
    const made = await serve(['--host', '0.0.0.0'])
    made.child.kill('SIGTERM')
    expect(made.banner).toMatch(/\/_admin requires Authorization: Bearer [0-9a-f]{48}/)
  }, 30_000)

  it('keeps the admin API open on loopback, and never prints the link secret', async () => {
    const { child, banner, graph } = await serve([], { FAKE_GRAPH_SECRET: 'do-not-print-me' })
    try {
      expect(banner).not.toContain('/_admin requires')
      expect(banner).not.toContain('do-not-print-me')
      expect((await fetch(`${graph}/_admin/journal`)).status).toBe(200)
      expect(await (await fetch(`${graph}/_admin/health`)).text()).not.toContain('do-not-print-me')
    } finally {
      child.kill('SIGTERM')
    }
  }, 30_000)
})
