import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { EMAIL_CLIENTS, emailAppsUser, emailClientsOn } from './email-apps'
import { loadTenant } from './load-tenant'
import { APP_PLATFORMS, appBit, appsUsedOn, OFFICE_APPS, OUTLOOK_PAIRS, officeAppsUser } from './office-apps'
import { SERVICES } from './services'
import type { Tenant, TenantUser } from './tenant'
import type { TenantRecord, UserRecord } from './tenant-record'
import { toTenantRecord } from './tenant-record'
import { smallRecord } from './test-support'

const schemaFile = new URL('../../../contracts/schemas/tenant.schema.json', import.meta.url)
const now = new Date('2026-11-27T00:00:00Z')
const EXCHANGE = 1 << SERVICES.indexOf('exchange')
const TEAMS = 1 << SERVICES.indexOf('teams')
const pair = (platform: string, app: string) =>
  appBit(APP_PLATFORMS.indexOf(platform as never), OFFICE_APPS.indexOf(app as never))
const client = (name: string) => 1 << EMAIL_CLIENTS.indexOf(name as never)

/** The small scenario with `edit` made to its users: Adele holds Microsoft 365 E5, Lee Gu F3 (no suite). */
function scenario(edit: (users: Record<string, UserRecord>) => void): TenantRecord {
  const record = smallRecord()
  const byName = Object.fromEntries(record.users.map((user) => [user.userPrincipalName.split('.')[0], user]))
  edit(byName as Record<string, UserRecord>)
  return record
}

const load = (edit: (users: Record<string, UserRecord>) => void) => loadTenant(scenario(edit), { now })
const usersOf = (tenant: Tenant) => [...tenant.users()] as TenantUser[]

/** Per day of the window, the bits `on(offset)` gives for the user. */
const everyDay = (user: TenantUser, on: (offset: number) => number) => Array.from(user.activity, (_, at) => on(at))

describe('a scenario’s Microsoft 365 Apps and mail clients (docs/usage-reports.md §21)', () => {
  it('names in tenant.schema.json exactly the platforms, apps and clients the code knows', () => {
    const user = JSON.parse(readFileSync(schemaFile, 'utf8')).$defs.user.properties
    const platforms = user.apps.properties as Record<string, { items: { enum: string[] } }>
    expect(Object.keys(platforms)).toEqual([...APP_PLATFORMS])
    for (const list of Object.values(platforms)) expect(list.items.enum).toEqual([...OFFICE_APPS])
    expect(user.emailClients.items.enum).toEqual([...EMAIL_CLIENTS])
  })

  it('uses each listed app on every day it can be, Outlook on Exchange days and Teams on Teams days, and no other', () => {
    const tenant = load(({ adele }) => {
      ;(adele as UserRecord).apps = { windows: ['word', 'outlook'], web: ['teams'] }
    })
    const [adele] = usersOf(tenant) as [TenantUser]
    const apps = officeAppsUser(adele)
    const expected = (offset: number) => {
      const services = adele.activity[offset] as number
      if (services === 0) return 0
      return (
        pair('windows', 'word') |
        (services & EXCHANGE ? pair('windows', 'outlook') : 0) |
        (services & TEAMS ? pair('web', 'teams') : 0)
      )
    }
    // Adele has four Exchange days and two Teams days: the days are not all alike.
    expect(new Set(everyDay(adele, expected)).size).toBeGreaterThan(2)
    expect(everyDay(adele, (offset) => appsUsedOn(apps, adele.activity, offset))).toEqual(everyDay(adele, expected))
  })

  it('leaves every other user’s apps and clients as drawn', () => {
    const drawn = usersOf(load(() => {}))
    const [, ...others] = usersOf(
      load(({ adele }) => Object.assign(adele as UserRecord, { apps: { mac: ['excel'] }, emailClients: ['smtpApp'] })),
    )
    expect(others.map(officeAppsUser)).toEqual(drawn.slice(1).map(officeAppsUser))
    expect(others.map(emailAppsUser)).toEqual(drawn.slice(1).map(emailAppsUser))
  })

  it('uses each listed client on every Exchange day of a user without the suite, and no other', () => {
    const tenant = load(({ lee }) => {
      ;(lee as UserRecord).emailClients = ['pop3App', 'outlookForWeb']
    })
    const lee = usersOf(tenant)[2] as TenantUser
    const mail = emailAppsUser(lee)
    const listed = client('pop3App') | client('outlookForWeb')
    const used = everyDay(lee, (offset) => emailClientsOn(mail, lee.activity, offset))
    expect(used).toEqual(everyDay(lee, (offset) => ((lee.activity[offset] as number) & EXCHANGE ? listed : 0)))
    expect(used.filter((bits) => bits !== 0).length).toBeGreaterThan(0)
  })

  it('sets a suite holder’s Outlook in the apps from the clients, and leaves the other apps drawn', () => {
    const drawn = usersOf(load(() => {}))[0] as TenantUser
    const adele = usersOf(
      load(({ adele }) => {
        ;(adele as UserRecord).emailClients = ['outlookForMac', 'imap4App']
      }),
    )[0] as TenantUser
    const apps = officeAppsUser(adele)
    expect(apps.adopted & ~OUTLOOK_PAIRS).toBe(officeAppsUser(drawn).adopted & ~OUTLOOK_PAIRS)
    expect(apps.adopted & OUTLOOK_PAIRS).toBe(pair('mac', 'outlook'))
    const mail = emailAppsUser(adele)
    const exchangeDays = everyDay(adele, (offset) => (adele.activity[offset] as number) & EXCHANGE)
    const clients = everyDay(adele, (offset) => emailClientsOn(mail, adele.activity, offset))
    expect(clients).toEqual(exchangeDays.map((on) => (on ? client('outlookForMac') | client('imap4App') : 0)))
  })

  it('accepts a suite holder’s clients and apps that name the same Outlook', () => {
    const tenant = load(({ adele }) =>
      Object.assign(adele as UserRecord, {
        apps: { windows: ['outlook'], mobile: ['outlook', 'word'] },
        emailClients: ['outlookForMobile', 'outlookForWindows', 'smtpApp'],
      }),
    )
    const adele = usersOf(tenant)[0] as TenantUser
    expect(officeAppsUser(adele).adopted).toBe(
      pair('windows', 'outlook') | pair('mobile', 'outlook') | pair('mobile', 'word'),
    )
    expect(emailAppsUser(adele).others).toBe(client('smtpApp'))
  })

  it('round-trips through the record, in the reports’ order', () => {
    const tenant = load(({ adele, lee }) => {
      ;(adele as UserRecord).apps = { web: ['teams', 'excel'], windows: ['word'] }
      ;(lee as UserRecord).emailClients = ['smtpApp', 'mailForMac']
    })
    const record = toTenantRecord(tenant)
    expect(record.users[0]?.apps).toEqual({ windows: ['word'], web: ['excel', 'teams'] })
    expect(record.users[2]?.emailClients).toEqual(['mailForMac', 'smtpApp'])
    expect(record.users.filter((user) => 'apps' in user || 'emailClients' in user)).toHaveLength(2)
    expect(usersOf(loadTenant(record, { now }))).toStrictEqual(usersOf(tenant))
  })

  it.each<[string, (users: Record<string, UserRecord>) => void, RegExp]>([
    [
      'apps for a user without the suite',
      ({ lee }) => Object.assign(lee as UserRecord, { apps: { web: ['word'] } }),
      /users\/2\/apps are Microsoft 365 Apps for a user without a product that carries them/,
    ],
    [
      'Outlook for a user without Exchange',
      ({ adele }) => {
        const user = adele as UserRecord
        delete user.licenses?.exchange
        delete user.activity?.exchange
        user.apps = { mac: ['word', 'outlook'] }
      },
      /users\/0\/apps\/mac\/1 is outlook for a user without an Exchange licence/,
    ],
    [
      'an app twice',
      ({ adele }) => Object.assign(adele as UserRecord, { apps: { web: ['word', 'excel', 'word'] } }),
      /users\/0\/apps\/web\/2 lists an app twice: "word"/,
    ],
    [
      'an app the platform list has not',
      ({ adele }) => Object.assign(adele as UserRecord, { apps: { web: ['access'] } }),
      /users\/0\/apps\/web\/0 must be equal to one of the allowed values/,
    ],
    [
      'a platform the reports have not',
      ({ adele }) => Object.assign(adele as UserRecord, { apps: { linux: ['word'] } }),
      /users\/0\/apps\/linux is not a known field/,
    ],
    [
      'clients for a user without Exchange',
      ({ pradeep }) => Object.assign(pradeep as UserRecord, { emailClients: ['pop3App'] }),
      /users\/5\/emailClients are mail clients for a user without an Exchange licence/,
    ],
    [
      'a client twice',
      ({ lee }) => Object.assign(lee as UserRecord, { emailClients: ['pop3App', 'pop3App'] }),
      /users\/2\/emailClients\/1 lists a client twice: "pop3App"/,
    ],
    [
      'no client at all',
      ({ lee }) => Object.assign(lee as UserRecord, { emailClients: [] }),
      /users\/2\/emailClients must NOT have fewer than 1 items/,
    ],
    [
      'clients whose Outlook the apps do not list',
      ({ adele }) =>
        Object.assign(adele as UserRecord, {
          apps: { windows: ['outlook'], web: ['outlook'] },
          emailClients: ['outlookForWindows', 'outlookForMac'],
        }),
      /users\/0\/emailClients must name the Outlook clients that apps lists, for a user with Microsoft 365 Apps: outlookForWindows, outlookForWeb/,
    ],
  ])('refuses %s, naming the field', (_, edit, message) => {
    expect(() => load(edit)).toThrow(message)
  })
})
