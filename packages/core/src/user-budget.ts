import type { Tenant, TenantUser } from '@fake-graph/tenant'
import { LRUCache } from 'lru-cache'

/** The users one tenant holds, filled as passes derive them, and whether the budget has taken them back. */
interface Held {
  readonly users: TenantUser[]
  readonly count: number
  dropped: boolean
}

/**
 * The generated users a fake keeps in memory, across all its tenants and days, counted in users
 * (about 1.5 kB each): a budget, not a count of tenants, which let 18 tenants of 200,000 users
 * exhaust the heap (issue 11). A tenant holds nothing until a pass over its users derives them,
 * so a new tenant costs nothing to make; the least recently used tenant's users are dropped
 * first, and derived again from its seed, the same, when next asked for. A tenant larger than
 * the whole budget is never held.
 */
export function createUserBudget(maxUsers: number) {
  const held = new LRUCache<object, Held>({
    maxSize: Math.max(1, maxUsers),
    sizeCalculation: (entry) => Math.max(1, entry.count),
    dispose: (entry) => {
      entry.dropped = true
    },
  })

  return {
    /** How many users the budget has promised to tenants (their passes may not have derived them all yet). */
    used: () => held.calculatedSize,
    /** A tenant that reads `lazy`'s users, keeping them within the budget for its next passes. */
    hold(lazy: Tenant): Tenant {
      const key = {}
      const count = lazy.userCount
      const claim = (): Held | undefined => {
        if (count > maxUsers) return undefined
        let entry = held.get(key)
        if (!entry) {
          entry = { users: [], count, dropped: false }
          held.set(key, entry)
        }
        return entry
      }
      return {
        organization: lazy.organization,
        refreshDate: lazy.refreshDate,
        firstDay: lazy.firstDay,
        userCount: count,
        users: function* (from = 0): Generator<TenantUser> {
          const entry = claim()
          if (!entry) return yield* lazy.users(from)
          const { users } = entry
          let index = Math.max(0, from)
          while (index < users.length) yield users[index++] as TenantUser
          for (const user of lazy.users(index)) {
            // Passes fill the list in order; one that started further on, or was dropped, only reads.
            if (index === users.length && !entry.dropped) users.push(user)
            index++
            yield user
          }
        },
      }
    },
  }
}

export type UserBudget = ReturnType<typeof createUserBudget>
