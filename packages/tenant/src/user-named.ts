import type { TenantUser } from './tenant'

/**
 * Finds a user of `users` by user principal name, as a scenario file names owners and members:
 * as written first (two users whose names differ only in case are two users), then in any case.
 */
export function userNamed(users: readonly TenantUser[]): (name: string) => number | undefined {
  const exact = new Map(users.map((user, index) => [user.userPrincipalName, index]))
  const byName = new Map(users.map((user, index) => [user.userPrincipalName.toLowerCase(), index]))
  return (name) => exact.get(name) ?? byName.get(name.toLowerCase())
}
