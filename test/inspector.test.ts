import { execFile } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { promisify } from 'node:util'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM, launchChromium } from './support/browser-page'
import { type SpawnedServer, spawnServe } from './support/spawn-serve'

// CI installs Debian's chromium (see .ci/run) and must run this; elsewhere it runs when present.
const canRun = existsSync(CHROMIUM) || process.env.CI === 'true'
const run = promisify(execFile)
const NOW = '2026-11-27T09:30:00Z'
const ARTIFACTS = new URL('./artifacts/inspector/', import.meta.url).pathname
const COUNTS = "/v1.0/reports/getOffice365ActiveUserCounts(period='D180')"
const DETAIL = "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"
const SERVICES = ['Office 365', 'Exchange', 'OneDrive', 'SharePoint', 'Skype For Business', 'Yammer', 'Teams']

/** curl, as a user types it: the status of the last answer it followed to, and the body. */
async function curl(server: SpawnedServer, path: string): Promise<{ status: number; body: string }> {
  const { stdout } = await run('curl', [
    '-sL',
    '-H',
    'Authorization: Bearer fake-token',
    '-w',
    '\n%{http_code}',
    `${server.graphUrl}${path}`,
  ])
  const cut = stdout.lastIndexOf('\n')
  return { status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) }
}

describe.skipIf(!canRun)('the inspector, in Chromium, against fake-graph serve', () => {
  let server: SpawnedServer
  let browser: Browser
  let page: Page
  const problems: string[] = []
  const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true })

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    server = await spawnServe(['--users', '60', '--now', NOW])
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`${message.type()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
    await page.goto(`${server.graphUrl}/_admin/`)
  })

  afterAll(async () => {
    await browser?.close()
    server?.child.kill()
  })

  it('is served offline from the package with a strict CSP, and names the inspector in the banner', async () => {
    const response = await fetch(`${server.graphUrl}/_admin/`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(await response.text()).not.toMatch(/https?:\/\//)
    expect(server.banner).toContain(`Inspector ${server.graphUrl}/_admin/`)
  })

  it("draws 180 days of the tenant, and the chart's figures for a day are the counts report's row for it", async () => {
    await page.locator('#daily-table tbody tr').nth(179).waitFor({ state: 'attached' })
    expect(await page.locator('#daily-table tbody tr').count()).toBe(180)
    await expect.poll(() => page.locator('#tenant-cards').textContent()).toContain('60')

    const report = await curl(server, COUNTS)
    expect(report.status).toBe(200)
    const lines = report.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe(`Report Refresh Date,${SERVICES.join(',')},Report Date,Report Period`)
    expect(lines).toHaveLength(181)
    // A day inside the period, not its edge: the 30th most recent.
    const cells = (lines[30] as string).split(',')
    const day = cells[8] as string
    const expected = cells.slice(1, 8).map(Number)
    expect(expected.some((count) => count > 0)).toBe(true)

    // The chart's own legend, with its cursor on that day.
    const plot = page.locator('#chart .u-over')
    const box = await plot.boundingBox()
    if (!box) throw new Error('the chart has no plot area')
    const index = 179 - 29
    await page.mouse.move(box.x + (box.width * index) / 179, box.y + box.height / 2)
    const legend = () => page.locator('#chart .u-legend .u-series .u-value').allTextContents()
    await expect.poll(async () => (await legend()).slice(1).map(Number)).toEqual(expected)
    expect((await legend())[0]).toContain(day)

    // The same figures in the table beside it.
    const row = await page.locator(`#daily-table tr[data-day="${day}"] td`).allTextContents()
    expect(row.map(Number)).toEqual(expected)
    await shot('tenant')
  })

  it('shows a download as it happens, with the facts the journal derives, and opens it to its headers', async () => {
    await page.locator('#tab-journal').click()
    const downloaded = await curl(server, DETAIL)
    expect(downloaded.status).toBe(200)
    const redirect = page.locator('#journal-table tbody tr[data-status="302"]', {
      has: page.locator('td.function', { hasText: 'getOffice365ActiveUserDetail' }),
    })
    await redirect.first().waitFor({ timeout: 2_000 })
    await expect
      .poll(() => redirect.first().locator('td.facts').textContent())
      .toMatch(/redirect followed after \d+ ms/)
    await expect.poll(() => page.locator('#journal-table tbody tr[data-status="200"]').count()).toBeGreaterThan(0)

    await redirect.first().locator('button').click()
    const dialog = page.locator('#entry-dialog')
    await expect.poll(() => dialog.textContent()).toContain('Response headers')
    const text = await dialog.textContent()
    expect(text).toMatch(/location\s*http:\/\/127\.0\.0\.1:\d+\/data\/v1\.0\/download\?token=/i)
    expect(text).toMatch(/authorization\s*Bearer fake-token/i)
    await shot('journal-entry')
    await page.keyboard.press('Escape')
    expect(await dialog.isVisible()).toBe(false)
    await shot('journal')
  })

  it('filters the journal by status and function', async () => {
    await page.locator('#filter-status').fill('2xx')
    const visible = page.locator('#journal-table tbody tr:visible')
    await expect
      .poll(async () => (await visible.locator('td.status').allTextContents()).every((s) => s.startsWith('2')))
      .toBe(true)
    expect(await visible.count()).toBeGreaterThan(0)
    await page.locator('#filter-status').fill('')
    await page.locator('#filter-function').fill('no-such-function')
    expect(await visible.count()).toBe(0)
    await page.locator('#filter-function').fill('')
  })

  it('lists the link issued, for its report, with its downloads and time left', async () => {
    await page.locator('#tab-links').click()
    const row = page.locator('#links-table tbody tr', { hasText: 'getOffice365ActiveUserDetail' }).first()
    await row.waitFor()
    const cells = await row.locator('td').allTextContents()
    expect(cells.slice(1)).toEqual(['getOffice365ActiveUserDetail', 'D7', '', '', '1', '120 s'])
    await shot('links')
  })

  it('applies a fault from the page, and the next request fails with it', async () => {
    await page.locator('#tab-controls').click()
    await page.locator('#fault-status').fill('503')
    await page.locator('#fault-times').fill('1')
    await page.locator('#fault-retry').fill('7')
    await page.locator('#fault-function').fill('getOffice365ActiveUserDetail')
    await page.getByRole('button', { name: 'Add fault' }).click()
    await expect.poll(() => page.locator('#control-result').textContent()).toBe('Add fault: done.')
    await expect
      .poll(() => page.locator('#fault-list').textContent())
      .toContain('503 × 1, Retry-After 7 s, for getOffice365ActiveUserDetail')
    await shot('controls')

    const failed = await curl(server, DETAIL)
    expect(failed.status).toBe(503)
    expect(JSON.parse(failed.body).error.code).toBeTypeOf('string')
    expect((await curl(server, DETAIL)).status).toBe(200)

    await page.locator('#tab-journal').click()
    const row = page.locator('#journal-table tbody tr[data-status="503"]').first()
    await row.waitFor({ timeout: 2_000 })
    expect(await row.locator('td.facts').textContent()).toContain('scripted fault')
  })

  it('conceals names and advances the clock from the page, as the admin API does', async () => {
    await page.locator('#tab-controls').click()
    await page.getByLabel('Conceal user, group and site names in reports').check()
    await expect.poll(() => page.locator('#control-result').textContent()).toBe('Conceal names: done.')
    const concealed = await curl(server, DETAIL)
    expect([concealed.status, concealed.body.includes('@')]).toEqual([200, false])
    await page.getByLabel('Conceal user, group and site names in reports').uncheck()
    await expect.poll(() => page.locator('#control-result').textContent()).toBe('Show names: done.')
    expect((await curl(server, DETAIL)).body).toContain('@')

    await page.locator('#clock-advance').fill('90')
    await page.getByRole('button', { name: 'Advance', exact: true }).click()
    await expect.poll(() => page.locator('#clock-now').textContent()).toBe('2026-11-27T09:31:30.000Z, frozen')
  })

  it('moves between views from the keyboard, and reads on a narrow window', async () => {
    await page.locator('#tab-journal').focus()
    await page.keyboard.press('ArrowLeft')
    expect(await page.locator('#tab-tenant').getAttribute('aria-selected')).toBe('true')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-tenant')
    expect(await page.locator('#view-tenant').isVisible()).toBe(true)
    await page.setViewportSize({ width: 420, height: 800 })
    await page.waitForTimeout(200)
    await shot('tenant-narrow')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420)
    expect(problems).toEqual([])
  })
})
