import { describe, expect, it } from 'vitest'
import { loadTenant } from './load-tenant'
import { ONEDRIVE_QUOTA_BYTES, oneDriveQuota } from './onedrive-usage'
import { toTenantRecord } from './tenant-record'
import { smallScenario } from './test-support'

const now = new Date('2026-11-27T00:00:00Z')
const TEN_TB = 10 * 1024 ** 4

/** The small scenario, its first user given a OneDrive of `oneDrive`. */
const scenario = (oneDrive: unknown, licensed = true) =>
  smallScenario((adele) => Object.assign(adele, { oneDrive }), licensed ? undefined : 'oneDrive')

describe('a scenario’s OneDrive (docs/usage-reports.md §16)', () => {
  it('sets a user’s quota, which round-trips through the record; the others keep the 1 TiB default', () => {
    const tenant = loadTenant(scenario({ storageAllocatedInBytes: TEN_TB }), { now })
    const [first, ...others] = [...tenant.users()]
    expect(oneDriveQuota(first ?? expect.fail('no users'))).toBe(TEN_TB)
    for (const user of others) expect(oneDriveQuota(user)).toBe(ONEDRIVE_QUOTA_BYTES)
    const again = loadTenant(toTenantRecord(tenant), { now })
    expect([...again.users()]).toStrictEqual([...tenant.users()])
  })

  it.each([
    [
      'a OneDrive without a OneDrive licence',
      {},
      false,
      /users\/0\/oneDrive is a OneDrive for a user without a OneDrive licence/,
    ],
    [
      'a negative quota',
      { storageAllocatedInBytes: -1 },
      true,
      /users\/0\/oneDrive\/storageAllocatedInBytes must be >= 0/,
    ],
    [
      'a quota past 1 PiB, which no sum could print whole',
      { storageAllocatedInBytes: 2 ** 53 + 2 },
      true,
      /users\/0\/oneDrive\/storageAllocatedInBytes must be <= 1125899906842624/,
    ],
    ['a field it does not know', { files: 3 }, true, /users\/0\/oneDrive\/files is not a known field/],
  ])('refuses %s, naming the field', (_, oneDrive, licensed, message) => {
    expect(() => loadTenant(scenario(oneDrive, licensed), { now })).toThrow(message)
  })
})
