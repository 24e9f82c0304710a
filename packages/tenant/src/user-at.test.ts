import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateTenant } from './generate-tenant'
import { loadTenant } from './load-tenant'
import { createScenario } from './scenario'
import type { Tenant } from './tenant'
import { shiftTenant } from './tenant-for-each-day'
import { userAt } from './user-at'

const now = new Date('2026-11-27T00:00:00Z')
const file = readFileSync(new URL('../../../fixtures/tenants/contoso-small.json', import.meta.url), 'utf8')

describe('userAt', () => {
  const kinds: [string, () => Promise<Tenant> | Tenant][] = [
    ['a generated tenant, held', () => generateTenant({ seed: 3, users: 40, now, lazy: false })],
    ['a generated tenant, derived on demand', () => generateTenant({ seed: 3, users: 40, now, lazy: true })],
    ['a loaded scenario', () => loadTenant(file, { now })],
    ['a scenario a day later', () => shiftTenant(loadTenant(file, { now }), 1)],
    ['an editable scenario', async () => (await createScenario(JSON.parse(file), { now })).tenant],
    ['a tenant without a user(index) of its own', () => ({ ...loadTenant(file, { now }), user: undefined })],
  ]
  it.each(kinds)('gives, for %s, the user a pass from that index starts with, and none outside', async (_, make) => {
    const tenant = await make()
    const all = [...tenant.users()]
    expect(all.length).toBe(tenant.userCount)
    for (const [index, user] of all.entries()) expect(userAt(tenant, index)).toStrictEqual(user)
    expect(userAt(tenant, tenant.userCount)).toBeUndefined()
    expect(userAt(tenant, -1)).toBeUndefined()
  })
})
