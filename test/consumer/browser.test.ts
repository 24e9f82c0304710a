import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleForBrowser } from '../support/browser-bundle'
import { CHROMIUM, callOnPage, launchChromium, type PageServer, startPageServer } from '../support/browser-page'
import { pinned } from './support/catalog'
import { type ConsumerProject, createProject } from './support/consumer-project'
import { DETAIL_URL, GOLDEN_OPTIONS, goldenDigest } from './support/report-script'

// CI installs Debian's chromium (see .ci/run) and must run this; elsewhere it runs when present.
const canRun = existsSync(CHROMIUM) || process.env.CI === 'true'

/** A web app's test page: MSW's worker with our handlers, then the report as the app reads it. */
const APP = `
import { createFakeGraph } from '@fake-graph/core'
import { graphHandlers } from '@fake-graph/msw'
import { setupWorker } from 'msw/browser'

window.readReport = async () => {
  const fake = createFakeGraph(${GOLDEN_OPTIONS})
  await setupWorker(...graphHandlers(fake)).start({ quiet: true, onUnhandledRequest: 'error' })
  const response = await fetch("${DETAIL_URL}", { headers: { Authorization: 'Bearer browser' } })
  const bytes = new Uint8Array(await response.arrayBuffer())
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return {
    status: response.status,
    redirected: response.redirected,
    firstBytes: [...bytes.slice(0, 3)],
    sha256: [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join(''),
  }
}
`

describe.skipIf(!canRun)('the MSW form, bundled from the installed packages, in headless Chromium', () => {
  let project: ConsumerProject
  let server: PageServer
  let browser: Browser
  beforeAll(async () => {
    project = await createProject('browser', {
      packages: ['@fake-graph/core', '@fake-graph/msw'],
      dependencies: { msw: pinned('msw') },
    })
    // Resolved from the project's node_modules only: what a user's bundler would see.
    const bundle = await bundleForBrowser(APP, project.dir)
    expect(bundle.inputs.some((input) => input.includes('node_modules/@fake-graph/core/dist/index.mjs'))).toBe(true)
    server = await startPageServer({
      '/': ['text/html', '<!doctype html><script type="module" src="/app.js"></script>'],
      '/app.js': ['text/javascript', bundle.code],
      '/mockServiceWorker.js': [
        'text/javascript',
        readFileSync(join(project.dir, 'node_modules', 'msw', 'lib', 'mockServiceWorker.js')),
      ],
    })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    server?.close()
    project?.remove()
  })

  it('runs setupWorker, follows the 302 and downloads the golden CSV', async () => {
    const result = await callOnPage(browser, `${server.origin}/`, 'readReport')
    expect(result).toEqual({ status: 200, redirected: true, firstBytes: [0xef, 0xbb, 0xbf], sha256: goldenDigest() })
  })
})
