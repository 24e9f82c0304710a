import { describe, expect, it } from 'vitest'
import { controlledFake, DETAIL_D30, NOW, token } from './controlled-fake'

describe('tenants by the caller’s tid', () => {
  const auth = (tid?: string) => ({ Authorization: token({ appid: 'app', ...(tid ? { tid } : {}) }) })

  it('gives each tenant its own data, settings and throttling budget', async () => {
    const { fake, get } = controlledFake({ throttling: { csvPerApp: 1 }, tenants: { contoso: { seed: 5, users: 7 } } })
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
    const { fake, download } = controlledFake()
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
