import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { formatDay } from './day'
import { generateTenant } from './generate-tenant'
import { createScenario } from './scenario'
import { SERVICES } from './services'
import { type TenantRecord, toTenantRecord } from './tenant-record'

const now = new Date('2026-11-27T00:00:00Z')
const file: TenantRecord = JSON.parse(
  readFileSync(new URL('../../../fixtures/tenants/contoso-small.json', import.meta.url), 'utf8'),
)
const exchange = 1 << SERVICES.indexOf('exchange')

describe('createScenario', () => {
  it('starts with the users of the base tenant', async () => {
    const base = generateTenant({ seed: 5, users: 20, now })
    const { tenant } = await createScenario(base, { now })
    expect([...tenant.users()]).toStrictEqual([...base.users()])
  })

  it('adds a user', async () => {
    const { users, tenant } = await createScenario(file, { now })
    await users.create({
      id: '9a9a9a9a-1111-4222-8333-444455556666',
      userPrincipalName: 'new.starter@contoso.onmicrosoft.com',
      displayName: 'New Starter',
      assignedProducts: ['OFFICE 365 E1'],
      licenses: { exchange: '2026-11-24' },
      activity: { exchange: ['2026-11-25'] },
    })
    const added = [...tenant.users()].at(-1) ?? expect.fail('no users')
    expect(tenant.userCount).toBe(file.users.length + 1)
    expect(added.displayName).toBe('New Starter')
    expect(added.activity.at(-1)).toBe(exchange)
  })

  it('changes a user and their activity', async () => {
    const { users, tenant } = await createScenario(file, { now })
    await users.update((q) => q.where({ userPrincipalName: 'megan.bowen@contoso.onmicrosoft.com' }), {
      data(user) {
        user.deletedDate = '2026-11-25'
        user.activity = { exchange: ['2026-11-21'] }
      },
    })
    const megan = [...tenant.users()][1] ?? expect.fail('no Megan')
    expect(megan.isDeleted).toBe(true)
    expect(formatDay(megan.deletedDate as number)).toBe('2026-11-25')
    expect(megan.activity.filter((mask) => mask !== 0)).toEqual(new Uint8Array([exchange]))
  })

  it('deletes a user', async () => {
    const { users, tenant } = await createScenario(file, { now })
    users.delete((q) => q.where({ displayName: 'Lee Gu' }))
    expect([...tenant.users()].map((user) => user.displayName)).not.toContain('Lee Gu')
    expect(tenant.userCount).toBe(file.users.length - 1)
  })

  it('refuses a record that breaks the schema, naming the field', async () => {
    const { users, tenant } = await createScenario(file, { now })
    // @msw/data prints the schema's issues, then throws its own generic error.
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {})
    await expect(
      users.create({ id: 'not-a-guid', userPrincipalName: 'x@contoso.onmicrosoft.com', displayName: 'X' }),
    ).rejects.toThrow(/does not match the schema/)
    expect(printed).toHaveBeenCalledWith([
      expect.objectContaining({ message: expect.stringMatching(/^id must match pattern/) }),
    ])
    printed.mockRestore()
    expect(tenant.userCount).toBe(file.users.length)
  })

  it('refuses an edit the schema allows but the file would not load with: counts for a licence taken away', async () => {
    const { users, tenant } = await createScenario(file, { now })
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {})
    const adele = 'adele.vance@contoso.onmicrosoft.com'
    await users.update((q) => q.where({ userPrincipalName: adele }), {
      data(user) {
        user.dailyCounts = { teams: { calls: 2 } }
      },
    })
    await expect(
      users.update((q) => q.where({ userPrincipalName: adele }), {
        data(user) {
          user.licenses = {}
          user.activity = {}
        },
      }),
    ).rejects.toThrow(/does not match the schema/)
    expect(printed).toHaveBeenCalledWith([
      expect.objectContaining({ message: 'dailyCounts/teams are counts for a user without a Teams licence' }),
    ])
    printed.mockRestore()
    // Nothing was lost: the reports still read the scenario as it was before the refused edit.
    expect([...tenant.users()][0]?.licenseAssignDates.every((day) => day !== null)).toBe(true)
  })

  it('edits a user’s apps, mail clients and Copilot use, and refuses apps the products do not carry', async () => {
    const { users, tenant } = await createScenario(file, { now })
    const adele = 'adele.vance@contoso.onmicrosoft.com'
    await users.update((q) => q.where({ userPrincipalName: adele }), {
      data(user) {
        user.apps = { web: ['word'] }
        user.emailClients = ['smtpApp']
        user.assignedProducts = [...(user.assignedProducts ?? []), 'MICROSOFT 365 COPILOT']
        user.copilot = { apps: ['word'] }
      },
    })
    expect(toTenantRecord(tenant).users[0]).toMatchObject({
      apps: { web: ['word'] },
      emailClients: ['smtpApp'],
      copilot: { apps: ['word'] },
    })
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {})
    await expect(
      users.update((q) => q.where({ userPrincipalName: adele }), {
        data(user) {
          user.assignedProducts = ['MICROSOFT 365 COPILOT']
        },
      }),
    ).rejects.toThrow(/does not match the schema/)
    expect(printed).toHaveBeenCalledWith([
      expect.objectContaining({
        message: 'apps are Microsoft 365 Apps for a user without a product that carries them',
      }),
    ])
    printed.mockRestore()
    expect(toTenantRecord(tenant).users[0]?.assignedProducts).toContain('MICROSOFT 365 E5')
  })
})
