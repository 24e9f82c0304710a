import { describe, expect, it } from 'vitest'
import { APP_B, controlledFake, DETAIL_D30, NOW, report, token } from './controlled-fake'
import { assertNoEarlyRetry } from './journal-assertions'

describe('Graph throttling emulation', () => {
  it('is off by default', async () => {
    const { get } = controlledFake()
    for (let i = 0; i < 20; i++) expect((await get(DETAIL_D30)).status).toBe(302)
  })

  it('answers the 15th CSV request in 10 minutes with the documented 429 and Retry-After', async () => {
    const { fake, get } = controlledFake({ throttling: true })
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
    const { get } = controlledFake({ throttling: true })
    for (let i = 0; i < 14; i++) await get(DETAIL_D30)
    expect((await get(DETAIL_D30)).status).toBe(429)
    expect((await get(report('getOffice365ActiveUserCounts', 'D7'))).status).toBe(302)
    expect((await get(DETAIL_D30, APP_B)).status).toBe(302)
    const json = `${report('getOffice365ActiveUserDetail', 'D30', 'beta')}?$format=application/json`
    for (let i = 0; i < 100; i++) expect((await get(json)).status).toBe(200)
    expect((await get(json)).status).toBe(429)
    // All apps of a tenant share 40 per report: shown with a smaller budget.
    const tenantWide = controlledFake({ throttling: { csvPerTenant: 3 } })
    for (const app of ['x', 'y', 'z'])
      expect((await tenantWide.get(DETAIL_D30, { Authorization: token({ appid: app, tid: 't' }) })).status).toBe(302)
    expect((await tenantWide.get(DETAIL_D30, { Authorization: token({ appid: 'w', tid: 't' }) })).status).toBe(429)
  })

  it('is switched on and off at run time with setThrottling', async () => {
    const { fake, get } = controlledFake()
    fake.setThrottling({ csvPerApp: 1 })
    expect((await get(DETAIL_D30)).status).toBe(302)
    expect((await get(DETAIL_D30)).status).toBe(429)
    fake.setThrottling(false)
    expect((await get(DETAIL_D30)).status).toBe(302)
  })

  it('lets the journal flag a client that retries before Retry-After', async () => {
    const { fake, get } = controlledFake({ throttling: { csvPerApp: 2 } })
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
})
