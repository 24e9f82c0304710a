import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { COPILOT_APPS, COPILOT_LICENCE, CopilotUsage } from './copilot-activity'
import { parseDay } from './day'
import { loadTenant } from './load-tenant'
import type { Tenant, TenantUser } from './tenant'
import { tenantForEachDay } from './tenant-for-each-day'
import { toTenantRecord, type UserRecord } from './tenant-record'
import { smallScenario } from './test-support'

const schemaFile = new URL('../../../contracts/schemas/tenant.schema.json', import.meta.url)
const now = new Date('2026-11-27T00:00:00Z')

/** The small scenario, Adele (licensed for every service) holding Copilot and given `copilot`. */
const scenario = (copilot: unknown, unlicensed?: string) =>
  smallScenario((adele) => {
    adele.assignedProducts = [...(adele.assignedProducts ?? []), COPILOT_LICENCE]
    if (copilot !== undefined) Object.assign(adele, { copilot })
  }, unlicensed)

const load = (copilot: unknown, unlicensed?: string) => loadTenant(scenario(copilot, unlicensed), { now })
const adeleOf = (tenant: Tenant) => [...tenant.users()][0] as TenantUser
/** A day of the file as the loaded tenant has it: every date moves with the refresh date. */
const shifted = (tenant: Tenant, text: string) =>
  (parseDay(text) as number) + tenant.refreshDate - (parseDay('2026-11-25') as number)

/** Per day of the window, the surfaces Adele used, as `COPILOT_APPS` bits. */
const usedEachDay = (tenant: Tenant) => {
  const usage = new CopilotUsage(adeleOf(tenant), tenant.firstDay)
  return Array.from(adeleOf(tenant).activity, (_, offset) => usage.usedBits(tenant.firstDay + offset))
}
const bits = (...apps: string[]) => CopilotUsage.bitsOf(apps as never)

describe('a scenario’s Copilot use (docs/usage-reports.md §21)', () => {
  it('names in tenant.schema.json exactly the surfaces the code knows', () => {
    const copilot = JSON.parse(readFileSync(schemaFile, 'utf8')).$defs.user.properties.copilot
    expect(copilot.properties.apps.items.enum).toEqual([...COPILOT_APPS])
  })

  it('uses each listed surface on every day of any activity from the licence on, and no other', () => {
    const tenant = load({ apps: ['teams', 'word', 'agent'], licensedSince: '2026-11-24' })
    const adele = adeleOf(tenant)
    const since = shifted(tenant, '2026-11-24')
    expect(new CopilotUsage(adele, tenant.firstDay).since).toBe(since)
    const expected = Array.from(adele.activity, (services, offset) =>
      services !== 0 && tenant.firstDay + offset >= since ? bits('teams', 'word', 'agent') : 0,
    )
    // Adele is active on days before the licence too: the date cuts.
    expect(adele.activity.some((services, offset) => services !== 0 && tenant.firstDay + offset < since)).toBe(true)
    expect(expected.some((day) => day !== 0)).toBe(true)
    expect(usedEachDay(tenant)).toEqual(expected)
  })

  it('holds the licence all window without a date, and keeps the drawn surfaces without a list', () => {
    const drawn = load(undefined)
    const dated = load({ licensedSince: '2025-01-01' })
    expect(new CopilotUsage(adeleOf(load({})), drawn.firstDay).since).toBe(drawn.firstDay)
    // The drawn rates, only the licence's date set: the same use wherever both hold the licence.
    expect(usedEachDay(dated)).toEqual(usedEachDay(load({})))
    expect(usedEachDay(load({ apps: [] })).every((day) => day === 0)).toBe(true)
  })

  it('moves the licence’s date with the clock, as a file loaded a day later has it', () => {
    const record = scenario({ apps: ['word'], licensedSince: '2026-11-20' })
    const later = new Date('2026-11-28T00:00:00Z')
    const shifted = tenantForEachDay(record, { now })(later)
    expect([...shifted.users()]).toStrictEqual([...loadTenant(record, { now: later }).users()])
    expect(adeleOf(shifted).copilot?.since).toBe(shifted.refreshDate - 5)
  })

  it('round-trips through the record', () => {
    const tenant = load({ apps: ['agent', 'chatWork'], licensedSince: '2026-10-01' })
    const record = toTenantRecord(tenant)
    expect(record.users[0]?.copilot).toEqual({ apps: ['chatWork', 'agent'], licensedSince: '2026-10-01' })
    expect(record.users.slice(1).some((user: UserRecord) => 'copilot' in user)).toBe(false)
    expect([...loadTenant(record, { now }).users()]).toStrictEqual([...tenant.users()])
  })

  it.each<[string, unknown, string | undefined, RegExp]>([
    [
      'Copilot in Teams without Teams',
      { apps: ['word', 'teams'] },
      'teams',
      /users\/0\/copilot\/apps\/1 is Copilot in teams for a user without a Teams licence/,
    ],
    [
      'Copilot in Outlook without Exchange',
      { apps: ['outlook'] },
      'exchange',
      /users\/0\/copilot\/apps\/0 is Copilot in outlook for a user without an Exchange licence/,
    ],
    [
      'a surface twice',
      { apps: ['loop', 'edge', 'loop'] },
      undefined,
      /users\/0\/copilot\/apps\/2 lists an app twice: "loop"/,
    ],
    [
      'a surface Copilot has not',
      { apps: ['visio'] },
      undefined,
      /users\/0\/copilot\/apps\/0 must be equal to one of the allowed values/,
    ],
    [
      'a licence after the refresh date',
      { licensedSince: '2026-11-26' },
      undefined,
      /users\/0\/copilot\/licensedSince is after the refresh date: "2026-11-26"/,
    ],
    [
      'a licence on no calendar day',
      { licensedSince: '2026-02-30' },
      undefined,
      /users\/0\/copilot\/licensedSince is not a calendar date/,
    ],
    ['an unknown field', { prompts: 3 }, undefined, /users\/0\/copilot\/prompts is not a known field/],
  ])('refuses %s, naming the field', (_, copilot, unlicensed, message) => {
    expect(() => load(copilot, unlicensed)).toThrow(message)
  })

  it('refuses Copilot use for a user without the licence', () => {
    const record = smallScenario((adele) => Object.assign(adele, { copilot: { apps: ['word'] } }))
    expect(() => loadTenant(record, { now })).toThrow(
      /users\/0\/copilot is Copilot use for a user without the MICROSOFT 365 COPILOT licence/,
    )
  })
})
