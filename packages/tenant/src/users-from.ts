import type { TenantUser } from './tenant'

/** The users of a held list from index `from`: the list itself from the start, without a copy. */
export function usersFrom(users: readonly TenantUser[], from = 0): readonly TenantUser[] {
  return from > 0 ? users.slice(from) : users
}
