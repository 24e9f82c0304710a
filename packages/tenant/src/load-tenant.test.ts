import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDay, parseDay } from './day'
import { loadingTenant, loadTenant } from './load-tenant'
import { SERVICES } from './services'
import { TenantError } from './tenant-error'
import { toTenantRecord } from './tenant-record'
import { checkTenantRecord } from './tenant-schema'

const file = new URL('../../../fixtures/tenants/contoso-small.json', import.meta.url)
const text = readFileSync(file, 'utf8')
const now = new Date('2026-11-27T00:00:00Z')

describe('loadTenant', () => {
  it('loads a scenario file as written when the clock agrees with it', () => {
    const tenant = loadTenant(text, { now })
    const users = [...tenant.users()]
    expect(tenant.organization.domain).toBe('contoso.onmicrosoft.com')
    expect(formatDay(tenant.refreshDate)).toBe('2026-11-25')
    expect(users.map((user) => user.displayName)).toContain('Bowen, Megan "Meg"')
    const lee = users.find((user) => user.userPrincipalName.startsWith('lee.gu')) ?? expect.fail('no Lee Gu')
    expect(lee.isDeleted).toBe(true)
    expect(formatDay(lee.deletedDate as number)).toBe('2026-11-22')
  })

  it('keeps activity before the window only as the last activity date', () => {
    const tenant = loadTenant(text, { now })
    const adele = [...tenant.users()][0] ?? expect.fail('no users')
    const yammer = SERVICES.indexOf('yammer')
    expect(formatDay(adele.lastActivityBeforeWindow[yammer] as number)).toBe('2025-01-15')
    expect(adele.activity.some((mask) => mask & (1 << yammer))).toBe(false)
  })

  it('round-trips through the record format', () => {
    const tenant = loadTenant(text, { now })
    const again = loadTenant(toTenantRecord(tenant), { now })
    expect([...again.users()]).toStrictEqual([...tenant.users()])
  })

  it('shifts every date to the clock, so a scenario never goes stale', () => {
    const later = new Date('2027-01-10T08:00:00Z')
    const tenant = loadTenant(text, { now: later })
    const shift = tenant.refreshDate - (parseDay('2026-11-25') as number)
    expect(formatDay(tenant.refreshDate)).toBe('2027-01-08')
    const lee = [...tenant.users()][2] ?? expect.fail('no Lee Gu')
    expect(lee.deletedDate).toBe((parseDay('2026-11-22') as number) + shift)
    const kept = loadTenant(text, { now: later, rebase: false })
    expect(formatDay(kept.refreshDate)).toBe('2026-11-25')
  })

  // biome-ignore lint/suspicious/noExplicitAny: each case breaks the parsed file on purpose
  const broken: [string, (value: any) => void, RegExp][] = [
    [
      'a user without a principal name',
      (v) => delete v.users[1].userPrincipalName,
      /^Failed to load the tenant: users\/1\/userPrincipalName is required$/,
    ],
    [
      'a principal name without @',
      (v) => (v.users[0].userPrincipalName = 'adele'),
      /^Failed to load the tenant: users\/0\/userPrincipalName must match pattern/,
    ],
    [
      'an unknown service',
      (v) => (v.users[0].licenses.kaizala = '2024-01-01'),
      /^Failed to load the tenant: users\/0\/licenses\/kaizala is not one of exchange, oneDrive, sharePoint, skypeForBusiness, yammer, teams$/,
    ],
    [
      'an unknown field',
      (v) => (v.users[3].manager = 'x'),
      /^Failed to load the tenant: users\/3\/manager is not a known field$/,
    ],
    [
      'an impossible date',
      (v) => (v.users[0].activity.exchange[1] = '2026-02-30'),
      /^Failed to load the tenant: users\/0\/activity\/exchange\/1 is not a calendar date: "2026-02-30"$/,
    ],
    [
      'activity before the licence',
      (v) => (v.users[2].licenses.exchange = '2026-11-21'),
      /^Failed to load the tenant: users\/2\/activity\/exchange\/0 is before the licence was assigned/,
    ],
    [
      'activity without a licence',
      (v) => (v.users[3].activity = { teams: ['2026-11-20'] }),
      /^Failed to load the tenant: users\/3\/activity\/teams\/0 is activity on a service the user holds no licence for/,
    ],
    [
      'activity after deletion',
      (v) => (v.users[2].deletedDate = '2026-11-21'),
      /^Failed to load the tenant: users\/2\/activity\/exchange\/1 is not before the user was deleted/,
    ],
    [
      'activity after the refresh date',
      (v) => v.users[1].activity.exchange.push('2026-11-26'),
      /^Failed to load the tenant: users\/1\/activity\/exchange\/2 is after the refresh date/,
    ],
    [
      'a domain that is not onmicrosoft.com',
      (v) => (v.organization.domain = 'contoso.com'),
      /^Failed to load the tenant: organization\/domain must match pattern/,
    ],
  ]
  it.each(broken)('names the field when a file has %s', (_, breakIt, message) => {
    const value = JSON.parse(text)
    breakIt(value)
    expect(() => loadTenant(value, { now })).toThrow(message)
  })

  // biome-ignore lint/suspicious/noExplicitAny: each case breaks the parsed file on purpose
  const schemaBreaks: [string, (value: any) => void][] = [
    ['an unknown top-level field', (v) => (v.extra = 1)],
    ['no refresh date', (v) => delete v.refreshDate],
    ['a bad domain', (v) => (v.organization.domain = 'contoso.com')],
    ['users that are no list', (v) => (v.users = {})],
    // Where the users are still a list.
    [
      'a user without a name',
      (v) => {
        if (Array.isArray(v.users)) delete v.users[1].userPrincipalName
      },
    ],
    [
      'a later user with an unknown field',
      (v) => {
        if (Array.isArray(v.users)) v.users[3].manager = 'x'
      },
    ],
    ['a group that is no object', (v) => (v.groups = [7])],
    ['groups that are no list', (v) => (v.groups = 5)],
    [
      'the 71st group with an unknown field, past the first step of checks',
      (v) => {
        v.groups = Array.from({ length: 80 }, (_, i) => ({
          id: `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          displayName: `Group ${i}`,
          ...(i === 70 ? { colour: 'red' } : {}),
        }))
      },
    ],
    ['sites that are no list', (v) => (v.sites = 'all')],
    ['a site without a URL', (v) => (v.sites = [{ id: '20000000-0000-4000-8000-000000000000' }])],
  ]
  const pairs = schemaBreaks.flatMap((a) => schemaBreaks.map((b) => [`${a[0]}, and ${b[0]}`, a[1], b[1]] as const))
  it.each(pairs)('names the field a check of the whole record names, for %s', (_, first, second) => {
    const value = JSON.parse(text)
    first(value)
    second(value)
    const whole = checkTenantRecord(value) ?? expect.fail('the record passed its check')
    let thrown: unknown
    try {
      loadTenant(value, { now })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(TenantError)
    expect((thrown as TenantError).reason).toBe(`${whole.field || '(root)'} ${whole.problem}`)
  })

  it('loads a step at a time, a few dozen users or thousand members a step, to the tenant loadTenant makes', () => {
    const record = JSON.parse(text)
    const model = record.users[0]
    record.users = Array.from({ length: 1_000 }, (_, i) => ({
      ...model,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      userPrincipalName: `user${i}@contoso.onmicrosoft.com`,
    }))
    // Ten groups of every user: 10,010 members, read 4,096 or more at a step.
    record.groups = Array.from({ length: 10 }, (_, i) => ({
      id: `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      displayName: `Group ${i}`,
      members: record.users.map((user: { userPrincipalName: string }) => user.userPrincipalName),
    }))
    const steps = loadingTenant(record, { now })
    let yields = 0
    let step = steps.next()
    for (; !step.done; step = steps.next()) yields++
    // Checked, then built: 1,000 users twice over, 64 a step; then the groups, five a step.
    expect(yields).toBe(2 * Math.floor(1_000 / 64) + 2)
    const whole = loadTenant(record, { now })
    expect([...step.value.users()]).toStrictEqual([...whole.users()])
    expect(step.value.groups).toStrictEqual(whole.groups)
    expect(step.value.groups).toHaveLength(10)
  })

  it('says when the file is not JSON', () => {
    expect(() => loadTenant('{"users": [', { now })).toThrow(/^Failed to load the tenant: \(root\) is not JSON/)
  })
})

describe('the scenario files of fixtures/tenants/', () => {
  const folder = new URL('../../../fixtures/tenants/', import.meta.url)
  const files = readdirSync(folder).filter((name) => name.endsWith('.json'))

  it('are at least the small tenant and the one with groups, counts and devices', () => {
    expect(files).toEqual(expect.arrayContaining(['contoso-small.json', 'contoso-groups.json']))
  })

  it.each(files)('%s loads, and writes back the record it was loaded from', (name) => {
    const record = JSON.parse(readFileSync(new URL(name, folder), 'utf8'))
    const written = toTenantRecord(loadTenant(record, { now }))
    // What a file leaves out is written back as its default; everything it says comes back as said.
    expect(written).toMatchObject(JSON.parse(JSON.stringify({ ...record, $schema: undefined })))
  })
})
