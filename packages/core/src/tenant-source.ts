import { type Day, DEFAULT_SEED, dayOf, generateTenant, type Tenant } from '@fake-graph/tenant'
import { LRUCache } from 'lru-cache'
import { isWhole } from './is-whole'
import type { UserBudget } from './user-budget'

export type TenantFactory = (now: Date) => Tenant

/**
 * Days of one tenant kept at once: today and yesterday (a link issued just before midnight
 * downloads what it promised), and a few the clock was moved to. The users they hold count
 * against the user budget; this bounds the days themselves, which a clock walked backwards
 * used to pile up without end.
 */
const DAYS_KEPT = 4

/** Where the fake's tenant comes from: a seed and size, a tenant, or a factory of one. */
export interface TenantChoice {
  seed?: number
  users?: number
  tenant?: Tenant | TenantFactory
}

/** The largest generated tenant: 10 million users, derived lazily (about 90 s for one Detail download). */
const MAX_USERS = 10_000_000

/** What is wrong with a seed and size, if anything: each a whole number, the size up to 10 million. */
export function tenantChoiceProblem(choice: TenantChoice): string | undefined {
  if (choice.seed !== undefined && !isWhole(choice.seed, 0, 2 ** 32 - 1)) return 'seed must be a whole number'
  if (choice.users !== undefined && !isWhole(choice.users, 0, MAX_USERS))
    return `users must be a whole number up to ${MAX_USERS}`
  return undefined
}

/**
 * The factory for a choice: the given tenant, or one generated from the seed (default 42, 250
 * users), derived lazily and held within the budget.
 */
export function tenantFactory(choice: TenantChoice, lagDays: number, budget: UserBudget): TenantFactory {
  const given = choice.tenant
  if (typeof given === 'function') return given
  if (given) return () => given
  const options = { seed: choice.seed ?? DEFAULT_SEED, users: choice.users ?? 250, lagDays, lazy: true }
  return (now) => budget.hold(generateTenant({ ...options, now }))
}

/**
 * The tenant as of an instant. A generated tenant follows the clock: its refresh date moves on
 * at midnight UTC, so it is made per day, and the days used last are kept. `replace` swaps the
 * tenant at run time.
 */
export function tenantSource(initial: TenantFactory) {
  let factory = initial
  const byDay = new LRUCache<Day, Tenant>({ max: DAYS_KEPT })
  return {
    at(now: Date): Tenant {
      const day = dayOf(now)
      let tenant = byDay.get(day)
      if (!tenant) {
        tenant = factory(now)
        byDay.set(day, tenant)
      }
      return tenant
    },
    replace(next: TenantFactory): void {
      factory = next
      byDay.clear()
    },
  }
}
