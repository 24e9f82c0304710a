import type { Tenant } from '@fake-graph/tenant'
import { createHmacMd5 } from './hmac-md5'

/** The fields a concealed report hashes: each gets tokens of its own, as production's do. */
export type ConcealedField = 'userPrincipalName' | 'displayName' | 'groupDisplayName' | 'siteUrl'

/**
 * The token for one field of one user (by the user's id), of one group (by the group's id), or of
 * one site (by its id: a OneDrive's is its owner's).
 */
export type NameConcealer = (field: ConcealedField, id: string) => string

/**
 * The tokens that replace a tenant's names when it conceals them (docs/graph-reports.md §10.4):
 * HMAC-MD5 of the user's id, keyed by the tenant's id and the field, as 32 upper-case hex
 * characters. The tenant's id is the salt, so two tenants never share a token for the same user
 * id, and a tenant regenerated from its seed, or seen on a later day, gives the same tokens. The
 * field is in the key rather than the message so that the message is the user's id as held,
 * with nothing to concatenate per row. The id, not the name, goes in: a user keeps the token
 * through a rename, and two users of the same name are told apart. A test can recompute any
 * token with a stock HMAC-MD5.
 */
export function nameConcealer(tenant: Tenant): NameConcealer {
  const userPrincipalName = createHmacMd5(`${tenant.organization.id}:userPrincipalName`)
  const displayName = createHmacMd5(`${tenant.organization.id}:displayName`)
  // A group's name (the Groups, Teams team and Engage groups reports) and a site's URL have tokens of their own too.
  const groupDisplayName = createHmacMd5(`${tenant.organization.id}:groupDisplayName`)
  const siteUrl = createHmacMd5(`${tenant.organization.id}:siteUrl`)
  const byField: Record<ConcealedField, (id: string) => string> = {
    userPrincipalName,
    displayName,
    groupDisplayName,
    siteUrl,
  }
  return (field, id) => byField[field](id)
}
