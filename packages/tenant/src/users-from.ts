import type { TenantUser } from './tenant'

/** Users held by index: a list, or one that makes each user when it is first read (`shiftedUsers`). */
export interface HeldUsers {
  readonly length: number
  at(index: number): TenantUser | undefined
}

/**
 * The users of a held list from index `from`: the list itself from the start, else a view of its
 * tail, so that reading one user (a group's owner) costs no copy of the users after it.
 */
export function usersFrom(users: HeldUsers, from = 0): Iterable<TenantUser> {
  if (from <= 0 && Array.isArray(users)) return users as readonly TenantUser[]
  return {
    *[Symbol.iterator]() {
      for (let index = Math.max(0, from); index < users.length; index++) yield users.at(index) as TenantUser
    },
  }
}
