import { hashSeed, type Tenant } from '@fake-graph/tenant'
import type { ReportSettings } from './report-settings'
import { type TenantChoice, tenantFactory, tenantSource } from './tenant-source'

/** One tenant the fake serves: its data, and its own report settings. */
export interface TenantState {
  at(instant: Date): Tenant
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
}

/**
 * The tenants, by the `tid` of the caller's token: each has its own data, settings (and, in the
 * throttle, its own budget). Undeclared tenants are generated, so every `tid` has a tenant of
 * its own, and the same `tid` always gets the same one.
 */
export function createTenantRegistry(options: TenantRegistryOptions) {
  // Generated tenants, oldest first: bounded, so a client inventing tids cannot grow the fake.
  const states = new Map<string, TenantState>()
  const make = (choice: TenantChoice): TenantState => {
    const source = tenantSource(tenantFactory(choice, options.lagDays))
    return {
      at: (instant) => source.at(instant),
      replace: (next) => source.replace(tenantFactory(next, options.lagDays)),
      settings: { displayConcealedNames: options.concealNames },
    }
  }
  const primary = make(options.primary)

  return {
    primary,
    /** How many tenants besides the primary are held. */
    size: () => states.size,
    /** The state for a caller's `tid` (the primary tenant when there is none, or it is the primary's id). */
    of(tenantId: string | undefined, now: Date): TenantState {
      if (tenantId === undefined || tenantId === primary.at(now).organization.id) return primary
      let state = states.get(tenantId)
      if (!state) {
        state = make(options.tenants[tenantId] ?? derived(options.primary, tenantId))
        states.set(tenantId, state)
        const oldest = [...states.keys()].find((id) => !(id in options.tenants))
        if (states.size > MAX_TENANTS && oldest !== undefined) states.delete(oldest)
      }
      return state
    },
  }
}

/** Tenants kept besides the primary: a generated one evicted is made again, the same, on demand. */
const MAX_TENANTS = 64

export type TenantRegistry = ReturnType<typeof createTenantRegistry>

/** A generated tenant of its own for an undeclared id; a given tenant is shared by every id. */
function derived(primary: TenantChoice, tenantId: string): TenantChoice {
  if (primary.tenant) return primary
  let hash = 0
  for (let i = 0; i < tenantId.length; i++) hash = Math.imul(hash ^ tenantId.charCodeAt(i), 0x01000193)
  return { seed: hashSeed(primary.seed ?? 42, hash), users: primary.users }
}
