import { existsSync } from 'node:fs'
import type { CorsProfile } from '@fake-graph/core'
import { type RunningServer, startServer } from '@fake-graph/server'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM, launchChromium, type PageServer, startPageServer } from './support/browser-page'

// CI installs Debian's chromium (see .ci/run) and must run this; elsewhere it runs when present.
const canRun = existsSync(CHROMIUM) || process.env.CI === 'true'
const NOW = '2026-11-27T00:00:00Z'
const DETAIL = "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"
const BETA_JSON = "/beta/reports/getOffice365ActiveUserDetail(period='D7')?$format=application/json"

/** What a single-page app on another origin gets when it reads reports from `fake-graph serve`. */
interface PageResult {
  readonly csv:
    | { ok: true; status: number; redirected: boolean; firstBytes: number[]; header: string; file: string | null }
    | { ok: false; error: string }
  readonly manual: { type: string; status: number }
  readonly json: { status: number; type: string | null; rows: number }
}

async function readOnPage(browser: Browser, page: PageServer, graph: string): Promise<PageResult> {
  const tab = await browser.newPage()
  try {
    await tab.goto(`${page.origin}/`)
    return await tab.evaluate(
      async ({ graph, detail, json }) => {
        const headers = { Authorization: 'Bearer spa-token', 'client-request-id': crypto.randomUUID() }
        let csv: PageResult['csv']
        try {
          const response = await fetch(graph + detail, { headers })
          const bytes = new Uint8Array(await response.arrayBuffer())
          csv = {
            ok: true,
            status: response.status,
            redirected: response.redirected,
            firstBytes: [...bytes.slice(0, 3)],
            // The decoder drops the BOM, which firstBytes shows.
            header: new TextDecoder().decode(bytes).split('\r\n')[0] ?? '',
            file: response.headers.get('content-disposition'),
          }
        } catch (error) {
          csv = { ok: false, error: String(error) }
        }
        const manual = await fetch(graph + detail, { headers, redirect: 'manual' })
        const beta = await fetch(graph + json, { headers })
        const body = (await beta.json()) as { value: unknown[] }
        return {
          csv,
          manual: { type: manual.type, status: manual.status },
          json: { status: beta.status, type: beta.headers.get('content-type'), rows: body.value.length },
        }
      },
      { graph, detail: DETAIL, json: BETA_JSON },
    )
  } finally {
    await tab.close()
  }
}

/** The beta JSON's rows as a server-side client reads them. */
async function rowsFromNode(server: RunningServer): Promise<number> {
  const response = await fetch(server.graphUrl + BETA_JSON, { headers: { Authorization: 'Bearer node-token' } })
  return ((await response.json()) as { value: unknown[] }).value.length
}

describe.skipIf(!canRun)('a single-page app on another origin, against fake-graph serve (Chromium)', () => {
  let browser: Browser
  let page: PageServer
  const servers: RunningServer[] = []
  const serve = async (cors: CorsProfile) => {
    const server = await startServer({ port: 0, downloadPort: 0, fake: { now: NOW, users: 40, cors } })
    servers.push(server)
    return server
  }

  beforeAll(async () => {
    page = await startPageServer({ '/': ['text/html', '<!doctype html><title>dashboard</title>'] })
    browser = await launchChromium()
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    page?.close()
    await Promise.all(servers.map((server) => server.close()))
  })

  it('realistic: the report call reaches the 302, the download is blocked, and beta JSON works', async () => {
    const server = await serve('realistic')
    const result = await readOnPage(browser, page, server.graphUrl)
    const entries = server.fake.journal.entries()
    expect(result.csv).toEqual({ ok: false, error: 'TypeError: Failed to fetch' })
    // Script cannot read a redirect's Location, exposed or not: the response is opaque.
    expect(result.manual).toEqual({ type: 'opaqueredirect', status: 0 })
    expect(result.json).toMatchObject({ status: 200, rows: await rowsFromNode(server) })
    expect(result.json.type).toMatch(/^application\/json/)

    const calls = entries.filter((entry) => entry.origin === 'graph').map((entry) => [entry.method, entry.status])
    // Chromium preflights each URL (the calls carry Authorization) once, then sends the calls.
    expect(calls).toEqual([
      ['OPTIONS', 200],
      ['GET', 302],
      ['GET', 302],
      ['OPTIONS', 200],
      ['GET', 200],
    ])
    const downloads = entries.filter((entry) => entry.origin === 'download')
    // Chromium 156 keeps Authorization across the redirect, so it preflights the download host
    // (with Origin "null"), which refuses; a browser that drops it would GET and fail on ACAO.
    expect(downloads.length).toBeGreaterThan(0)
    expect(downloads.every((entry) => entry.browserBlocked && entry.status !== 0)).toBe(true)
    expect(server.fake.reports()[0]).toMatchObject({ browserBlocked: true })
  }, 60_000)

  it('permissive: the page follows the 302 and gets the CSV with its BOM', async () => {
    const server = await serve('permissive')
    const result = await readOnPage(browser, page, server.graphUrl)
    expect(result.csv).toEqual({
      ok: true,
      status: 200,
      redirected: true,
      firstBytes: [0xef, 0xbb, 0xbf],
      header: expect.stringMatching(/^Report Refresh Date,User Principal Name,Display Name,/),
      file: 'attachment; filename="getOffice365ActiveUserDetail_D7.csv"',
    })
    expect(result.json).toMatchObject({ status: 200, rows: await rowsFromNode(server) })
    // Production would have blocked it: the journal says so in this profile too.
    const download = server.fake.journal
      .entries()
      .find((entry) => entry.origin === 'download' && entry.method === 'GET')
    expect(download).toMatchObject({ status: 200, browserBlocked: true })
  }, 60_000)
})
