import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DETAIL_D7, TOKEN, useFakeServer } from './support/fake-server'

const scenario = JSON.parse(readFileSync(new URL('../fixtures/tenants/contoso-small.json', import.meta.url), 'utf8'))

describe('admin API: tenant', () => {
  const fake = useFakeServer({ seed: 42, users: 60 })
  const tenant = (init?: RequestInit) => fetch(`${fake.server.graphUrl}/_admin/tenant`, init)
  const post = (body: unknown) =>
    tenant({ method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
  const firstUser = async () => {
    const redirect = await fetch(`${fake.server.graphUrl}${DETAIL_D7}`, { headers: TOKEN, redirect: 'manual' })
    return (await (await fetch(redirect.headers.get('location') as string)).text()).split('\r\n')[1]?.split(',')[1]
  }

  it('GET summarises the tenant', async () => {
    const summary = await (await tenant()).json()
    expect(summary).toMatchObject({
      users: 60,
      refreshDate: '2026-11-25',
      organization: { domain: 'millergroup.onmicrosoft.com' },
    })
    expect(summary.licensed).toBeGreaterThan(40)
  })

  it('POST reseeds the tenant, and the reports follow', async () => {
    const before = await firstUser()
    const summary = await (await post({ seed: 7, users: 30 })).json()
    expect(summary.users).toBe(30)
    expect(summary.organization.domain).not.toBe('millergroup.onmicrosoft.com')
    expect(await firstUser()).not.toBe(before)
    expect(fake.server.fake.tenant().userCount).toBe(30)
  })

  it('POST serves a scenario tenant, validated as --tenant is', async () => {
    expect((await (await post({ tenant: scenario })).json()).organization.domain).toBe('contoso.onmicrosoft.com')
    expect(await firstUser()).toBe('adele.vance@contoso.onmicrosoft.com')
    const broken = structuredClone(scenario)
    broken.users[1].licenses.kaizala = '2024-01-01'
    const refused = await post({ tenant: broken })
    expect(refused.status).toBe(400)
    expect((await refused.json()).error.message).toBe(
      'users/1/licenses/kaizala is not one of exchange, oneDrive, sharePoint, skypeForBusiness, yammer, teams',
    )
  })

  it('POST serves a scenario’s own counts, devices, apps, mail clients and groups, as a client downloads them', async () => {
    const own = structuredClone(scenario)
    own.users[0].dailyCounts = { email: { send: 7 } }
    own.users[0].devices = { teams: ['linux'] }
    own.users[0].apps = { mac: ['excel'] }
    own.users[0].emailClients = ['imap4App']
    own.groups = [
      {
        id: '11111111-2222-4333-8444-555555555555',
        displayName: 'Project Falcon',
        owner: own.users[1].userPrincipalName,
      },
    ]
    expect((await post({ tenant: own })).status).toBe(200)
    const rowOf = async (path: string) => {
      const redirect = await fetch(`${fake.server.graphUrl}${path}`, { headers: TOKEN, redirect: 'manual' })
      const [header = '', ...rows] = (await (await fetch(redirect.headers.get('location') as string)).text()).split(
        '\r\n',
      )
      const adele = rows.find((row) => row.includes('adele.vance@')) ?? expect.fail(`no row in ${path}`)
      const cells = adele.split(',')
      return (name: string) =>
        cells[
          header
            .replace(/^\uFEFF/, '')
            .split(',')
            .indexOf(name)
        ]
    }
    // Four Exchange-active days in the week, two Teams ones (fixtures/tenants/contoso-small.json).
    expect((await rowOf("/v1.0/reports/getEmailActivityUserDetail(period='D7')"))('Send Count')).toBe('28')
    const teams = await rowOf("/v1.0/reports/getTeamsDeviceUsageUserDetail(period='D7')")
    expect([teams('Used Linux'), teams('Used Windows'), teams('Used Web')]).toEqual(['Yes', 'No', 'No'])
    const apps = await rowOf("/v1.0/reports/getM365AppUserDetail(period='D7')?$format=text/csv")
    expect([apps('Excel (Mac)'), apps('Mac'), apps('Outlook'), apps('Windows')]).toEqual(['Yes', 'Yes', 'No', 'No'])
    const mail = await rowOf("/v1.0/reports/getEmailAppUsageUserDetail(period='D7')")
    expect([mail('IMAP4 App'), mail('Outlook For Windows'), mail('Outlook For Web')]).toEqual(['Undetermined', '', ''])
    const redirect = await fetch(`${fake.server.graphUrl}/v1.0/reports/getOffice365GroupsActivityDetail(period='D7')`, {
      headers: TOKEN,
      redirect: 'manual',
    })
    const [, ...groups] = (await (await fetch(redirect.headers.get('location') as string)).text()).trim().split('\r\n')
    expect(groups.map((row) => row.split(',').slice(1, 2))).toEqual([['Project Falcon']])
  })

  it.each([
    [{}, 'send { "seed", "users" } or { "tenant" }'],
    [{ seed: -1 }, 'seed must be a whole number'],
    [{ users: 2.5 }, 'users must be a whole number up to 10000000'],
    [{ seed: 1, tenant: {} }, 'send either a seed and size or a tenant, not both'],
  ])('POST refuses %j with one readable line', async (body, message) => {
    const response = await post(body)
    expect(response.status).toBe(400)
    expect((await response.json()).error.message).toBe(message)
  })
})

describe('admin API: tenants by tid, and throttling at run time', () => {
  const fake = useFakeServer({ seed: 42, users: 60 })
  const admin = (path: string, body?: unknown) =>
    fetch(
      `${fake.server.graphUrl}/_admin${path}`,
      body === undefined
        ? {}
        : { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } },
    )

  it('reseeds one tenant by tid and leaves the primary alone', async () => {
    expect((await (await admin('/tenant?tid=contoso', { seed: 3, users: 12 })).json()).users).toBe(12)
    expect((await (await admin('/tenant?tid=contoso')).json()).users).toBe(12)
    expect((await (await admin('/tenant')).json()).users).toBe(60)
  })

  it('switches throttling on with limits, and off', async () => {
    const call = () => fetch(`${fake.server.graphUrl}${DETAIL_D7}`, { headers: TOKEN, redirect: 'manual' })
    expect(await (await admin('/throttling', { enabled: true, csvPerApp: 1 })).json()).toEqual({
      enabled: true,
      csvPerApp: 1,
    })
    expect((await call()).status).toBe(302)
    expect((await call()).status).toBe(429)
    await admin('/throttling', { enabled: false })
    expect((await call()).status).toBe(302)
    const refused = await admin('/throttling', { enabled: true, csvPerApp: 0 })
    expect([refused.status, (await refused.json()).error.message]).toEqual([
      400,
      'csvPerApp must be a whole number from 1 to 1000000',
    ])
  })
})
