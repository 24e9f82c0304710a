import { generateTenant, type Tenant } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { bearerJwt } from '../../../test/support/unsigned-jwt'
import { createFakeGraph } from './create-fake-graph'
import { createUserBudget } from './user-budget'

const now = new Date('2026-11-27T00:00:00Z')
const lazy = (seed: number, users: number) => generateTenant({ seed, users, now, lazy: true })
const pass = (tenant: { users(): Iterable<{ id: string }> }) => Array.from(tenant.users(), (user) => user.id)

describe('createUserBudget', () => {
  it('holds the users of the tenants used last, within its budget, and derives a dropped one again the same', () => {
    const budget = createUserBudget(2_500)
    const [one, two, three] = [1, 2, 3].map((seed) => budget.hold(lazy(seed, 1_000))) as [Tenant, Tenant, Tenant]
    const first = pass(one)
    pass(two)
    expect(budget.used()).toBe(2_000)
    pass(three)
    // The third did not fit beside the first two: the first, used least recently, was dropped.
    expect(budget.used()).toBe(2_000)
    expect(pass(one)).toEqual(first)
    expect(pass(one)).toEqual(pass(lazy(1, 1_000)))
  })

  it('serves a pass from an index, held or not', () => {
    const budget = createUserBudget(10_000)
    const tenant = budget.hold(lazy(4, 500))
    const all = pass(tenant)
    expect(Array.from(tenant.users(480), (user) => user.id)).toEqual(all.slice(480))
    const fresh = budget.hold(lazy(4, 500))
    expect(Array.from(fresh.users(480), (user) => user.id)).toEqual(all.slice(480))
    expect(pass(fresh)).toEqual(all)
  })

  it('never holds a tenant larger than the whole budget', () => {
    const budget = createUserBudget(100)
    const tenant = budget.hold(lazy(5, 1_000))
    expect(pass(tenant)).toHaveLength(1_000)
    expect(budget.used()).toBe(0)
  })
})

describe('tenants held by a fake', () => {
  const auth = { Authorization: 'Bearer x' }
  const DETAIL = "https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"
  const download = async (fake: ReturnType<typeof createFakeGraph>, headers: Record<string, string> = auth) => {
    const location = (await fake.fetch(new Request(DETAIL, { headers }))).headers.get('location') as string
    return new Uint8Array(await (await fake.fetch(new Request(location))).arrayBuffer())
  }
  const tid = (id: string) => bearerJwt({ roles: ['Reports.Read.All'], tid: id })

  it('hold no more users than the budget however many tids call, and give each tid the same report again', async () => {
    // Above the 5,000 users whose rendered reports are cached: each download renders from the users.
    const fake = createFakeGraph({ now, users: 5_100, heldUsers: 11_000 })
    const first = await download(fake, { Authorization: tid('tid-0') })
    for (let i = 1; i < 5; i++) await download(fake, { Authorization: tid(`tid-${i}`) })
    expect(fake.heldUsers()).toBeLessThanOrEqual(11_000)
    expect(Buffer.compare(await download(fake, { Authorization: tid('tid-0') }), first)).toBe(0)
  })

  it('hold no more users than the budget when the clock walks back a day at a time', async () => {
    // Above the 5,000 users whose rendered reports are cached: each download renders from the users.
    const fake = createFakeGraph({ now, users: 5_100, heldUsers: 11_000 })
    const today = await download(fake)
    for (let day = 1; day <= 5; day++) {
      fake.clock.set(new Date(now.getTime() - day * 86_400_000))
      await download(fake)
      expect(fake.heldUsers()).toBeLessThanOrEqual(11_000)
    }
    fake.clock.set(now)
    expect(Buffer.compare(await download(fake), today)).toBe(0)
  })
})
