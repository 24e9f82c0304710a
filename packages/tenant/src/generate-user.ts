import type { Day } from './day'
import { isWeekend } from './day'
import { lastActivityAsOf } from './last-activity'
import { personNameAt } from './person-names'
import { ADD_ONS, BASE_PLANS, type Product, STANDALONE } from './product-catalog'
import { createRandom, hashSeed, type Random } from './random'
import { SERVICES } from './services'
import { stringSeed } from './string-seed'
import type { TenantUser } from './tenant'
import { PROFILE } from './user-profile'
import { uuidFrom } from './uuid'

export interface UserContext {
  readonly seed: number
  readonly domain: string
  readonly refreshDate: Day
  readonly firstDay: Day
  readonly nameOffset: number
}

const TOTAL_PLAN_WEIGHT = BASE_PLANS.reduce((sum, plan) => sum + plan.weight, 0)
const NO_SERVICES: readonly (Day | null)[] = SERVICES.map(() => null)

/**
 * Derives the user at `index` from the seed alone, so that any user of a million-user tenant
 * can be produced without producing the others.
 */
export function generateUser(context: UserContext, index: number): TenantUser {
  const random = createRandom(hashSeed(context.seed, index))
  const name = personNameAt(index, context.nameOffset)
  const handle = `${name.first}.${name.last}${name.suffix}`.replace(/'/g, '').toLowerCase()
  const days = context.refreshDate - context.firstDay + 1

  const isDeleted = random.next() < PROFILE.deletedShare
  const deletedDate = isDeleted ? context.refreshDate - random.int(0, days - 1) : null
  const roll = random.next()
  const products =
    roll < PROFILE.unlicensedShare
      ? []
      : roll < PROFILE.unlicensedShare + PROFILE.standaloneShare
        ? [random.pick(STANDALONE)]
        : [pickPlan(random), ...ADD_ONS.filter((addOn) => random.next() < addOn.share)]

  const joined =
    random.next() < PROFILE.recentJoinerShare
      ? context.refreshDate - random.int(0, days - 1)
      : context.firstDay - random.int(1, PROFILE.licenceHistoryDays)
  // Nobody is licensed after they were deleted.
  const licensedFrom = deletedDate === null ? joined : Math.min(joined, deletedDate - 1)
  const licenseAssignDates = assignDates(
    products,
    licensedFrom,
    Math.min(deletedDate ?? Number.POSITIVE_INFINITY, context.refreshDate),
    random,
  )

  const activity = new Uint8Array(days)
  const lastActivityBeforeWindow = [...NO_SERVICES]
  if (random.next() >= PROFILE.neverActiveShare) {
    const engagement = 0.35 + 0.65 * Math.sqrt(random.next())
    const lastActiveDay = Math.min(context.refreshDate, (deletedDate ?? Number.POSITIVE_INFINITY) - 1)
    SERVICES.forEach((service, bit) => {
      const assigned = licenseAssignDates[bit]
      if (assigned == null) return
      const adopted = random.next() < PROFILE.adoption[service]
      if (assigned < context.firstDay && random.next() < (adopted ? 0.9 : 0.25)) {
        // Activity before the window is all that survives of a dormant or departed user.
        lastActivityBeforeWindow[bit] = Math.max(assigned, context.firstDay - random.int(1, 400))
      }
      if (!adopted) return
      const weekday = Math.round(256 * engagement * PROFILE.intensity[service])
      const weekend = Math.round(weekday * PROFILE.weekendFactor)
      fillActivity(
        activity,
        1 << bit,
        Math.max(assigned, context.firstDay),
        lastActiveDay,
        context.firstDay,
        weekday,
        weekend,
        random,
      )
    })
  }

  const id = uuidFrom(random)
  return {
    id,
    // join() gives flat strings; template literals would give ropes that every report flattens.
    userPrincipalName: [handle, context.domain].join('@'),
    displayName: [name.first, name.last].join(' '),
    isDeleted,
    deletedDate,
    assignedProducts: internProducts(products),
    licenseAssignDates,
    lastActivityBeforeWindow,
    activity,
    lastActivityDates: lastActivityAsOf(activity, lastActivityBeforeWindow, context.firstDay, context.refreshDate),
    // From the id, not a draw from `random`: the users' existing facts stay byte for byte, and
    // a scenario made from this tenant keeps the same counts.
    workloadSeed: stringSeed(id),
  }
}

// A tenant holds a few hundred distinct product lists: share them rather than hold one per user.
const productLists = new Map<string, readonly string[]>()

function internProducts(products: readonly Product[]): readonly string[] {
  const names = packed(products.length, (i) => (products[i] as Product).name)
  const key = names.join('\n')
  let shared = productLists.get(key)
  if (!shared) {
    shared = Object.freeze(names)
    productLists.set(key, shared)
  }
  return shared
}

function pickPlan(random: Random): Product {
  let ticket = random.next() * TOTAL_PLAN_WEIGHT
  for (const plan of BASE_PLANS) {
    ticket -= plan.weight
    if (ticket < 0) return plan
  }
  return BASE_PLANS[0] as Product
}

function assignDates(products: readonly Product[], from: Day, latest: Day, random: Random) {
  const dates = packed<Day | null>(SERVICES.length, () => null)
  products.forEach((product, position) => {
    // Add-ons tend to arrive after the base plan, but never after deletion or the refresh date.
    const assigned = position === 0 ? from : Math.min(from + random.int(0, 300), latest)
    for (const service of product.services) {
      const bit = SERVICES.indexOf(service)
      const current = dates[bit]
      dates[bit] = current == null ? assigned : Math.min(current, assigned)
    }
  })
  return dates
}

/** Sets `mask` on each active day in [from, to]; thresholds are out of 256. */
function fillActivity(
  activity: Uint8Array,
  mask: number,
  from: Day,
  to: Day,
  firstDay: Day,
  weekday: number,
  weekend: number,
  random: Random,
) {
  let bits = 0
  let left = 0
  for (let day = from; day <= to; day++) {
    if (left === 0) {
      bits = random.uint32()
      left = 4
    }
    const draw = bits & 0xff
    bits >>>= 8
    left--
    if (draw < (isWeekend(day) ? weekend : weekday)) {
      const offset = day - firstDay
      activity[offset] = (activity[offset] as number) | mask
    }
  }
}

/**
 * An array of `length` elements, of one kind of element whoever makes it. `map` makes its array
 * packed where it runs as a builtin and holey once V8 has inlined it into an optimised caller, so
 * the first few thousand users' lists had one hidden class and the rest another: a Detail's
 * writer, optimised on the first, threw its code away at the first of the rest.
 */
function packed<T>(length: number, element: (i: number) => T): T[] {
  const array: T[] = []
  for (let i = 0; i < length; i++) array.push(element(i))
  return array
}
