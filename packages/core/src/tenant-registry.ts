import { hashSeed, type Tenant } from '@fake-graph/tenant'
import { LRUCache } from 'lru-cache'
import { ControlError } from './control-error'
import type { ReportSettings } from './report-settings'
import { type TenantChoice, tenantChoiceProblem, tenantFactory, tenantSource } from './tenant-source'
import { createUserBudget } from './user-budget'

/** One tenant the fake serves: its data, and its own report settings. */
export interface TenantState {
  at(instant: Date): Tenant
  /** Throws a `ControlError`, and changes nothing, for a seed or size out of range. */
  replace(choice: TenantChoice): void
  readonly settings: ReportSettings
}

export interface TenantRegistryOptions {
  /** The tenant for opaque tokens, tokens without `tid`, and tokens whose `tid` is its id. */
  readonly primary: TenantChoice
  /** Tenants declared by id; any other `tid` gets a tenant generated from the seed and the id. */
  readonly tenants: Readonly<Record<string, TenantChoice>>
  readonly lagDays: number
  readonly concealNames: boolean
  /** Generated users held in memory across every tenant and day. */
  readonly heldUsers: number
}

/**
 * The tenants, by the `tid` of the caller's token: each has its own data, settings (and, in the
 * throttle, its own budget). Undeclared tenants are generated, so every `tid` has a tenant of
 * its own, and the same `tid` always gets the same one. A new `tid` costs a lazy tenant, whose
 * users are derived as reports need them; the users held are bounded by one budget for all.
 */
export function createTenantRegistry(options: TenantRegistryOptions) {
  const budget = createUserBudget(options.heldUsers)
  const make = (choice: TenantChoice): TenantState => {
    const source = tenantSource(tenantFactory(choice, options.lagDays, budget))
    return {
      at: (instant) => source.at(instant),
      replace: (next) => {
        const problem = tenantChoiceProblem(next)
        if (problem) throw new ControlError('replace the tenant', problem)
        source.replace(tenantFactory(next, options.lagDays, budget))
      },
      settings: { displayConcealedNames: options.concealNames },
    }
  }
  const primary = make(options.primary)
  const declared = new Map<string, TenantState>()
  // Generated tenants, least recently used first out: a client inventing tids cannot grow the fake.
  const generated = new LRUCache<string, TenantState>({ max: MAX_GENERATED })

  return {
    primary,
    /** The users held, as the budget counts them: for the memory tests. */
    heldUsers: () => budget.used(),
    /** How many tenants besides the primary are held. */
    size: () => declared.size + generated.size,
    /** The state for a caller's `tid` (the primary tenant when there is none, or it is the primary's id). */
    of(tenantId: string | undefined, now: Date): TenantState {
      if (tenantId === undefined || tenantId === primary.at(now).organization.id) return primary
      const choice = Object.hasOwn(options.tenants, tenantId) ? options.tenants[tenantId] : undefined
      const states = choice ? declared : generated
      let state = states.get(tenantId)
      if (!state) {
        state = make(choice ?? derived(options.primary, tenantId))
        states.set(tenantId, state)
      }
      return state
    },
  }
}

/** Generated tenants kept besides the primary: one evicted is made again, the same, on demand. */
const MAX_GENERATED = 64

export type TenantRegistry = ReturnType<typeof createTenantRegistry>

/** A generated tenant of its own for an undeclared id; a given tenant is shared by every id. */
function derived(primary: TenantChoice, tenantId: string): TenantChoice {
  if (primary.tenant) return primary
  let hash = 0
  for (let i = 0; i < tenantId.length; i++) hash = Math.imul(hash ^ tenantId.charCodeAt(i), 0x01000193)
  return { seed: hashSeed(primary.seed ?? 42, hash), users: primary.users }
}
