import { faker as fakerEN_US } from '@faker-js/faker/locale/en_US'
import { dayOf } from './day'
import { generateUser, type UserContext } from './generate-user'
import { heldFrom } from './held-list'
import { NAME_PAIRS } from './person-names'
import { createRandom, hashSeed } from './random'
import { ACTIVITY_WINDOW_DAYS, type Organization, type Tenant, type TenantUser } from './tenant'
import { uuidFrom } from './uuid'

export interface GenerateTenantOptions {
  seed?: number
  /** How many users, deleted ones included. */
  users?: number
  /** The clock reading the tenant is seen from. */
  now: Date
  /** Days the report data trails the clock. */
  lagDays?: number
  /**
   * Derive users on every pass instead of holding them. Defaults to true above 200,000 users,
   * where holding every user's activity stops being cheap.
   */
  lazy?: boolean
}

export const DEFAULT_SEED = 42
export const DEFAULT_LAG_DAYS = 2
const LAZY_ABOVE = 200_000

/**
 * A generated organisation: the same seed, size and clock give the same users, licences and
 * activity, each user derived from the seed and its index alone.
 *
 * @example
 * const tenant = generateTenant({ seed: 42, users: 250, now: new Date('2026-11-27T00:00:00Z') })
 * tenant.userCount // 250
 */
export function generateTenant(options: GenerateTenantOptions): Tenant {
  const seed = options.seed ?? DEFAULT_SEED
  const userCount = options.users ?? 250
  if (!Number.isSafeInteger(userCount) || userCount < 0) {
    throw new RangeError(`Failed to generate a tenant: users must be a whole number ≥ 0, got ${userCount}`)
  }
  const refreshDate = dayOf(options.now) - (options.lagDays ?? DEFAULT_LAG_DAYS)
  const firstDay = refreshDate - ACTIVITY_WINDOW_DAYS + 1
  const organization = generateOrganization(seed)
  const random = createRandom(hashSeed(seed, 0x7e7a))
  const context: UserContext = {
    seed,
    domain: organization.domain,
    refreshDate,
    firstDay,
    nameOffset: random.int(0, NAME_PAIRS - 1),
  }

  const derive = function* (from = 0): Generator<TenantUser> {
    for (let index = Math.max(0, from); index < userCount; index++) yield generateUser(context, index)
  }
  const lazy = options.lazy ?? userCount > LAZY_ABOVE
  const held = lazy ? undefined : [...derive()]
  return {
    organization,
    refreshDate,
    firstDay,
    userCount,
    users: held ? (from) => heldFrom(held, from) : derive,
    user: held ? (index) => held[index] : (index) => generateUser(context, index),
  }
}

function generateOrganization(seed: number): Organization {
  fakerEN_US.seed(seed)
  const name = fakerEN_US.company.name()
  const random = createRandom(hashSeed(seed, 0x0a9))
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 27)
  return {
    id: uuidFrom(random),
    name,
    domain: `${slug}.onmicrosoft.com`,
  }
}
