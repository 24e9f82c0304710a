import { describe, expect, it } from 'vitest'
import { bearerJwt } from '../../../test/support/unsigned-jwt'
import { createFakeGraph } from './create-fake-graph'
import { assertDownloaded, assertNoEarlyRetry, assertNoTokenLeak, JournalAssertionError } from './journal-assertions'

const NOW = '2026-11-27T09:00:00Z'
const GRAPH = 'https://graph.microsoft.com'
const report = (name: string, period: string, version = 'v1.0') =>
  `${GRAPH}/${version}/reports/${name}(period='${period}')`
const DETAIL_D30 = report('getOffice365ActiveUserDetail', 'D30')
const token = (claims: object) => bearerJwt({ roles: ['Reports.Read.All'], ...claims })
const APP_A = { Authorization: token({ appid: 'app-a', tid: 'tenant-1' }) }
const APP_B = { Authorization: token({ appid: 'app-b', tid: 'tenant-1' }) }

function setup(options: Parameters<typeof createFakeGraph>[0] = {}) {
  const fake = createFakeGraph({ now: NOW, users: 20, ...options })
  const get = (url: string, headers: Record<string, string> = APP_A) => fake.fetch(new Request(url, { headers }))
  /** A client that follows the redirect, optionally late or leaking its token. */
  const download = async (url: string, { afterMs = 0, leak = false } = {}) => {
    const redirect = await get(url)
    fake.clock.advance(afterMs)
    return fake.fetch(new Request(redirect.headers.get('location') as string, { headers: leak ? APP_A : {} }))
  }
  return { fake, get, download }
}

describe('the journal, queried', () => {
  it('finds requests by function, parameters, status, origin and time', async () => {
    const { fake, get, download } = setup()
    await download(DETAIL_D30)
    fake.clock.advance(60_000)
    await get(report('getOffice365ActiveUserCounts', 'D7'))
    await get(report('getOffice365ActiveUserCounts', 'D8'))
    const { journal } = fake
    expect(journal.find({ function: 'getOffice365ActiveUserDetail' }).map((e) => e.origin)).toEqual([
      'graph',
      'download',
    ])
    expect(journal.find({ params: { period: 'd7' } })).toHaveLength(1)
    expect(journal.find({ status: 400 }).map((e) => e.error)).toEqual(['invalidPeriod'])
    expect(journal.find({ origin: 'download' })).toHaveLength(1)
    expect(journal.find({ since: '2026-11-27T09:00:30Z' })).toHaveLength(2)
    expect(journal.find({ until: '2026-11-27T09:00:30Z' })).toHaveLength(2)
    expect(journal.find({ function: 'getOffice365ActiveUserDetail' })[0]).toMatchObject({
      appId: 'app-a',
      tenantId: 'tenant-1',
    })
  })
})

describe('facts derived for each report request', () => {
  it('says whether the redirect was followed, and how long after', async () => {
    const { fake, get, download } = setup()
    await download(DETAIL_D30, { afterMs: 1_500 })
    await get(report('getOffice365ActiveUserCounts', 'D7'))
    const [followed, ignored] = fake.reports()
    expect(followed).toMatchObject({
      followed: true,
      followedAfterMs: 1_500,
      downloadedAfterExpiry: false,
      tokenLeaked: false,
    })
    expect(ignored).toMatchObject({ followed: false, followedAfterMs: undefined, downloads: [] })
  })

  it('flags a download after the link expired, and a leaked token', async () => {
    const { fake, download } = setup({ linkTtlSeconds: 60 })
    expect((await download(DETAIL_D30, { afterMs: 61_000 })).status).toBe(403)
    await download(report('getOffice365ServicesUserCounts', 'D7'), { leak: true })
    const [late, leaky] = fake.reports()
    expect(late).toMatchObject({ followed: false, downloadedAfterExpiry: true })
    expect(leaky).toMatchObject({ followed: true, tokenLeaked: true })
  })
})

describe('assertions', () => {
  it('pass when the client did what was expected', async () => {
    const { fake, download } = setup()
    await download(DETAIL_D30)
    assertDownloaded(fake, { report: 'getOffice365ActiveUserDetail', period: 'D30', times: 1 })
    assertDownloaded(fake.journal, { report: 'getOffice365ActiveUserCounts', times: 0 })
    assertNoTokenLeak(fake)
    assertNoEarlyRetry(fake)
  })

  it('fail with a message that shows the journal', async () => {
    const { fake, download } = setup()
    await download(DETAIL_D30)
    await download(DETAIL_D30, { leak: true })
    const failure = (check: () => void) => {
      try {
        check()
      } catch (error) {
        expect(error).toBeInstanceOf(JournalAssertionError)
        return (error as Error).message
      }
      return expect.fail('the assertion passed')
    }
    const once = failure(() => assertDownloaded(fake, { report: 'getOffice365ActiveUserDetail', period: 'D30' }))
    expect(once.split('\n')[0]).toBe(
      'Expected getOffice365ActiveUserDetail D30 to be downloaded once, but it was downloaded 2 times.',
    )
    expect(once).toContain('Journal (4):')
    expect(once).toMatch(/09:00:00\.000 graph +302 getOffice365ActiveUserDetail\(period=D30\)/)
    expect(once).toMatch(/download 200 getOffice365ActiveUserDetail\(period=D30\) {2}\[token leaked\]/)
    expect(failure(() => assertNoTokenLeak(fake))).toMatch(
      /^Expected no bearer token at the download host, but 1 download\(s\) carried one\./,
    )
  })
})

describe('Graph throttling emulation', () => {
  it('is off by default', async () => {
    const { get } = setup()
    for (let i = 0; i < 20; i++) expect((await get(DETAIL_D30)).status).toBe(302)
  })

  it('answers the 15th CSV request in 10 minutes with the documented 429 and Retry-After', async () => {
    const { fake, get } = setup({ throttling: true })
    for (let i = 0; i < 14; i++) {
      expect((await get(DETAIL_D30)).status).toBe(302)
      fake.clock.advance(10_000)
    }
    const throttled = await get(DETAIL_D30)
    expect(throttled.status).toBe(429)
    // The first request leaves the window 10 minutes after it was made: 600 - 140 s from now.
    expect(throttled.headers.get('retry-after')).toBe('460')
    expect(throttled.headers.get('content-type')).toBe('application/json')
    const body = await throttled.json()
    expect(Object.keys(body.error)).toEqual(['code', 'innerError', 'message'])
    expect(body.error).toMatchObject({ code: 'TooManyRequests', message: 'Please retry again later.' })
    expect(body.error.innerError).toMatchObject({
      code: '429',
      status: '429',
      message: 'Please retry after',
      'request-id': throttled.headers.get('request-id'),
    })
    expect(fake.journal.find({ status: 429 })[0]).toMatchObject({ retryAfter: 460, error: 'throttled' })
    fake.clock.advance(460_000)
    expect((await get(DETAIL_D30)).status).toBe(302)
  })

  it('counts each report API, each app and beta JSON on their own budgets, and 40 per tenant', async () => {
    const { get } = setup({ throttling: true })
    for (let i = 0; i < 14; i++) await get(DETAIL_D30)
    expect((await get(DETAIL_D30)).status).toBe(429)
    expect((await get(report('getOffice365ActiveUserCounts', 'D7'))).status).toBe(302)
    expect((await get(DETAIL_D30, APP_B)).status).toBe(302)
    const json = `${report('getOffice365ActiveUserDetail', 'D30', 'beta')}?$format=application/json`
    for (let i = 0; i < 100; i++) expect((await get(json)).status).toBe(200)
    expect((await get(json)).status).toBe(429)
    // All apps of a tenant share 40 per report: shown with a smaller budget.
    const tenantWide = setup({ throttling: { csvPerTenant: 3 } })
    for (const app of ['x', 'y', 'z'])
      expect((await tenantWide.get(DETAIL_D30, { Authorization: token({ appid: app, tid: 't' }) })).status).toBe(302)
    expect((await tenantWide.get(DETAIL_D30, { Authorization: token({ appid: 'w', tid: 't' }) })).status).toBe(429)
  })

  it('is switched on and off at run time with setThrottling', async () => {
    const { fake, get } = setup()
    fake.setThrottling({ csvPerApp: 1 })
    expect((await get(DETAIL_D30)).status).toBe(302)
    expect((await get(DETAIL_D30)).status).toBe(429)
    fake.setThrottling(false)
    expect((await get(DETAIL_D30)).status).toBe(302)
  })

  it('lets the journal flag a client that retries before Retry-After', async () => {
    const { fake, get } = setup({ throttling: { csvPerApp: 2 } })
    await get(DETAIL_D30)
    await get(DETAIL_D30)
    const throttled = await get(DETAIL_D30)
    const retryAfter = Number(throttled.headers.get('retry-after'))
    fake.clock.advance((retryAfter - 1) * 1000)
    await get(DETAIL_D30)
    expect(fake.reports().filter((facts) => facts.retriedTooEarly)).toHaveLength(1)
    expect(() => assertNoEarlyRetry(fake)).toThrow(
      /^Expected retries to wait for Retry-After, but getOffice365ActiveUserDetail was asked again within 600 s of a 429/,
    )
  })
})

describe('tenants by the caller’s tid', () => {
  const auth = (tid?: string) => ({ Authorization: token({ appid: 'app', ...(tid ? { tid } : {}) }) })

  it('gives each tenant its own data, settings and throttling budget', async () => {
    const { fake, get } = setup({ throttling: { csvPerApp: 1 }, tenants: { contoso: { seed: 5, users: 7 } } })
    const rows = async (tid?: string) => {
      const location = (await get(DETAIL_D30, auth(tid))).headers.get('location') as string
      return (await (await fake.fetch(new Request(location))).text()).split('\r\n').slice(1, -1)
    }
    const [primary, contoso, fabrikam] = [await rows(), await rows('contoso'), await rows('fabrikam')]
    expect(contoso.length).toBeLessThanOrEqual(7)
    expect(new Set([primary[0], contoso[0], fabrikam[0]]).size).toBe(3)
    // Each tenant spent its one request: a second is throttled, tenant by tenant.
    expect((await get(DETAIL_D30, auth('contoso'))).status).toBe(429)
    fake.settingsOf('fabrikam').displayConcealedNames = true
    fake.clock.advance(600_000)
    expect((await rows('fabrikam'))[0]?.split(',')[1]).toMatch(/^[0-9A-F]{32}$/)
    expect((await rows('contoso'))[0]?.split(',')[1]).toContain('@')
    // The same tid always gets the same tenant, and the primary's own id selects the primary.
    expect(fake.tenant(undefined, 'fabrikam')).toBe(fake.tenant(undefined, 'fabrikam'))
    expect(fake.tenant(undefined, fake.tenant().organization.id)).toBe(fake.tenant())
  })
})

describe('the tenant at run time', () => {
  it('is reseeded or replaced with useTenant, and links issued after render it', async () => {
    const { fake, download } = setup()
    const firstRow = async () => (await (await download(DETAIL_D30)).text()).split('\r\n')[1]
    const before = await firstRow()
    // The caller's token says tid tenant-1: that tenant is the one to reseed.
    fake.useTenant({ seed: 99, users: 5 }, 'tenant-1')
    expect(fake.tenant(undefined, 'tenant-1').userCount).toBe(5)
    expect(fake.tenant().userCount).toBe(20)
    expect(await firstRow()).not.toBe(before)
    const fixed = fake.tenant()
    fake.useTenant({ tenant: fixed })
    expect(fake.tenant()).toBe(fixed)
  })
})

describe('memory under callers that come and go', () => {
  it('forgets throttling budgets whose window has passed', async () => {
    const { createThrottle } = await import('./throttle')
    const admit = createThrottle({})
    const now = Date.parse(NOW)
    // 500 callers that never come back, then one busy caller eleven minutes later. (JSON budgets
    // are per app only; CSV callers would also share their tenant's 40.)
    for (let app = 0; app < 500; app++)
      admit({ tenantId: 't', appId: `app-${app}`, report: 'r', format: 'json' }, new Date(now))
    expect(admit.budgets()).toBe(500)
    for (let call = 0; call < 1_000; call++)
      admit({ tenantId: 't', appId: 'busy', report: `r${call % 3}`, format: 'json' }, new Date(now + 660_000))
    expect(admit.budgets()).toBe(3)
  })

  it('holds at most 64 generated tenants however many tids callers invent', async () => {
    const { createTenantRegistry } = await import('./tenant-registry')
    const registry = createTenantRegistry({
      primary: { users: 2 },
      tenants: { kept: { users: 1 } },
      lagDays: 2,
      concealNames: false,
      heldUsers: 1_000,
    })
    const now = new Date(NOW)
    registry.of('kept', now)
    for (let i = 0; i < 200; i++) registry.of(`tid-${i}`, now)
    // The declared tenant, and the 64 generated ones used last.
    expect(registry.size()).toBe(65)
    const kept = registry.of('kept', now)
    expect(registry.of('kept', now)).toBe(kept)
    // An evicted tenant comes back the same: it is generated from the seed and the id.
    const again = registry.of('tid-0', now).at(now)
    expect(again.organization).toEqual(registry.of('tid-0', now).at(now).organization)
  })
})
