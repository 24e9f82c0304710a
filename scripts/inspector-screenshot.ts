// Rewrites docs/inspector.png, the README's picture of the inspector: a server with a little of
// everything in its journal (a followed 302, a leaked token, a scripted 429 retried before its Retry-After, a
// download after expiry), opened in Debian's Chromium at 1280×800.
//   npx tsx scripts/inspector-screenshot.ts
import { join } from 'node:path'
import { startServer } from '@fake-graph/server'
import { launchChromium } from '../test/support/browser-page'

const server = await startServer({ port: 0, downloadPort: 0, fake: { now: '2026-11-27T09:30:00Z', users: 250 } })
const { fake, graphUrl } = server
const app = (appid: string) => ({
  Authorization: `Bearer ${[{ alg: 'none' }, { appid, tid: '6f1c3a52-0d4e-4c8b-9a57-2b1e8f0c7d31', roles: ['Reports.Read.All'] }].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).join('.')}.`,
})
const report = (name: string, period: string) => `${graphUrl}/v1.0/reports/${name}(period='${period}')`
const redirect = (url: string, appid: string) => fetch(url, { headers: app(appid), redirect: 'manual' })
const step = (ms: number) => fake.clock.advance(ms)

let location = (await redirect(report('getOffice365ActiveUserDetail', 'D30'), 'dashboard')).headers.get(
  'location',
) as string
step(180)
await fetch(location)
step(2_000)
location = (await redirect(report('getOffice365ActiveUserCounts', 'D90'), 'nightly-export')).headers.get(
  'location',
) as string
step(90)
await fetch(location, { headers: app('nightly-export') }) // the token forwarded to the download host
step(4_000)
fake.faults.add({ status: 429, retryAfter: 5, times: 1, match: { function: 'getOffice365ServicesUserCounts' } })
await redirect(report('getOffice365ServicesUserCounts', 'D7'), 'dashboard')
step(1_200)
location = (await redirect(report('getOffice365ServicesUserCounts', 'D7'), 'dashboard')).headers.get(
  'location',
) as string
step(150_000)
await fetch(location) // after the link's 120 s
location = (await redirect(report('getEmailActivityUserDetail', 'D7'), 'dashboard')).headers.get('location') as string
step(250)
await fetch(location)

const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
await page.goto(`${graphUrl}/_admin/`)
await page.locator('#tab-journal').click()
await page.locator('#journal-table tbody tr').nth(8).waitFor()
await page.screenshot({ path: join(import.meta.dirname, '..', 'docs', 'inspector.png') })
await browser.close()
await server.close()
console.log('[fake-graph] wrote docs/inspector.png')
