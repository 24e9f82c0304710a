import type { TenantUser } from './tenant'

/**
 * The users of a held list from index `from`: the list itself from the start, else a view of its
 * tail, so that reading one user (a group's owner) costs no copy of the users after it.
 */
export function usersFrom(users: readonly TenantUser[], from = 0): Iterable<TenantUser> {
  if (from <= 0) return users
  return {
    *[Symbol.iterator]() {
      for (let index = from; index < users.length; index++) yield users[index] as TenantUser
    },
  }
}
