import { existsSync, readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleForBrowser } from './support/browser-bundle'
import { CHROMIUM, callOnPage, launchChromium, type PageServer, startPageServer } from './support/browser-page'

// CI installs Debian's chromium (see .ci/run) and must run this; elsewhere it runs when present.
const canRun = existsSync(CHROMIUM) || process.env.CI === 'true'
const root = new URL('..', import.meta.url).pathname

/** A page that starts MSW's service worker with our handlers and reads a report as a web app would. */
const APP = `
import { createFakeGraph } from '@fake-graph/core'
import { graphHandlers } from '@fake-graph/msw'
import { loadTenant } from '@fake-graph/tenant'
import { setupWorker } from 'msw/browser'
import scenario from './fixtures/tenants/contoso-small.json'

const fake = createFakeGraph({ now: '2026-11-27T00:00:00Z', users: 40 })
window.readReport = async () => {
  await setupWorker(...graphHandlers(fake)).start({ quiet: true, onUnhandledRequest: 'error' })
  const response = await fetch("https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(period='D7')", {
    headers: { Authorization: 'Bearer browser-token' },
  })
  const bytes = new Uint8Array(await response.arrayBuffer())
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  const error = await fetch("https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserCounts(period='D8')", {
    headers: { Authorization: 'Bearer browser-token' },
  })
  let codeGeneration = true
  try {
    new Function('return 1')
  } catch {
    codeGeneration = false
  }
  return {
    codeGeneration,
    // A scenario tenant is validated by code compiled ahead of time, so it loads under any policy.
    scenarioUsers: loadTenant(scenario, { now: new Date('2026-11-27T00:00:00Z') }).userCount,
    csv: text,
    status: response.status,
    redirected: response.redirected,
    url: response.url,
    firstBytes: [...bytes.slice(0, 3)],
    header: text.split('\\r\\n')[0],
    rows: text.split('\\r\\n').length - 2,
    journal: fake.journal.entries().map((entry) => [entry.origin, entry.status, entry.tokenLeak]),
    error: { status: error.status, body: await error.json() },
  }
}
`

const PAGE = '<!doctype html><script type="module" src="/app.js"></script>'

describe.skipIf(!canRun)('MSW in a real browser (Chromium)', () => {
  let server: PageServer
  let browser: Browser

  beforeAll(async () => {
    const bundle = await bundleForBrowser(APP, root)
    // A page as strict as many production apps: scripts from its own origin only, no eval.
    const strict = { 'Content-Security-Policy': "script-src 'self'; worker-src 'self'" }
    server = await startPageServer({
      '/': ['text/html', PAGE],
      '/strict': ['text/html', PAGE, strict],
      '/app.js': ['text/javascript', bundle.code],
      '/mockServiceWorker.js': ['text/javascript', readFileSync(`${root}node_modules/msw/lib/mockServiceWorker.js`)],
    })
    browser = await launchChromium()
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    server?.close()
  })

  const readReport = (path: string) =>
    callOnPage<Record<string, unknown>>(browser, `${server.origin}${path}`, 'readReport')

  it('follows the 302 to the download host and reads the CSV, BOM and all', async () => {
    const result = await readReport('/')
    expect(result).toMatchObject({
      codeGeneration: true,
      status: 200,
      redirected: true,
      firstBytes: [0xef, 0xbb, 0xbf],
      header: expect.stringMatching(/^\uFEFFReport Refresh Date,User Principal Name,Display Name,/),
    })
    expect(String(result.url)).toMatch(/^https:\/\/reportsweu\.office\.com\/data\/v1\.0\/download\?token=/)
    expect(result.rows).toBeGreaterThan(30)
    // The browser does not forward the token across origins on a redirect.
    expect(result.journal).toEqual([
      ['graph', 302, false],
      ['download', 200, false],
      ['graph', 400, false],
    ])
    expect(result.error).toMatchObject({ status: 400, body: { error: { code: 'InvalidArgument' } } })
  }, 60_000)

  it('serves the same bytes on a page whose Content-Security-Policy forbids eval', async () => {
    // The CSV writer compiles each report's line function where it may, and loops where it may not.
    const [open, strict] = await Promise.all([readReport('/'), readReport('/strict')])
    expect(strict.codeGeneration).toBe(false)
    expect(strict.scenarioUsers).toBe(open.scenarioUsers)
    expect(strict.scenarioUsers).toBeGreaterThan(0)
    expect(strict.status).toBe(200)
    expect(strict.rows).toBeGreaterThan(30)
    expect(strict.csv).toBe(open.csv)
  }, 60_000)
})
