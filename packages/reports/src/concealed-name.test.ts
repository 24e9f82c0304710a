import { createHmac } from 'node:crypto'
import { generateTenant, type Tenant } from '@fake-graph/tenant'
import { describe, expect, it } from 'vitest'
import { nameConcealer } from './concealed-name'

const now = new Date('2026-11-27T00:00:00Z')
const tenant = generateTenant({ seed: 7, users: 300, now })
const ids = [...tenant.users()].map((user) => user.id)
const tokens = (of: Tenant, field: 'userPrincipalName' | 'displayName') => {
  const conceal = nameConcealer(of)
  return ids.map((id) => conceal(field, id))
}

describe('nameConcealer', () => {
  it('gives 32 upper-case hex characters, distinct per user, and a display name its own token', () => {
    const upns = tokens(tenant, 'userPrincipalName')
    const names = tokens(tenant, 'displayName')
    for (const token of [...upns, ...names]) expect(token).toMatch(/^[0-9A-F]{32}$/)
    expect(new Set(upns).size).toBe(ids.length)
    expect(new Set([...upns, ...names]).size).toBe(2 * ids.length)
  })

  it('is HMAC-MD5 of the user id keyed by the tenant id and the field, so a test can recompute it', () => {
    const [id] = ids as [string]
    const key = `${tenant.organization.id}:displayName`
    const expected = createHmac('md5', key).update(id).digest('hex').toUpperCase()
    expect(nameConcealer(tenant)('displayName', id)).toBe(expected)
  })

  it('is the same for the tenant regenerated from its seed, a week later', () => {
    const later = generateTenant({ seed: 7, users: 300, now: new Date(now.getTime() + 7 * 86_400_000) })
    expect(later.refreshDate).not.toBe(tenant.refreshDate)
    expect(tokens(later, 'userPrincipalName')).toEqual(tokens(tenant, 'userPrincipalName'))
    expect(tokens(later, 'displayName')).toEqual(tokens(tenant, 'displayName'))
  })

  it('differs between tenants for the same user id', () => {
    const other: Tenant = {
      ...tenant,
      organization: { ...tenant.organization, id: generateTenant({ seed: 8, now }).organization.id },
    }
    const mine = tokens(tenant, 'userPrincipalName')
    const theirs = tokens(other, 'userPrincipalName')
    expect(theirs.filter((token, i) => token === mine[i])).toEqual([])
  })
})
