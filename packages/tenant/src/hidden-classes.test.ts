import { describe, expect, it } from 'vitest'
import { sameHiddenClass } from '../../../test/support/same-hidden-class'
import { generateTenant } from './generate-tenant'

/** How many hidden classes the users' `field` arrays have over a tenant of `users`. */
function classesOf(field: 'assignedProducts' | 'licenseAssignDates', lazy: boolean, users: number): number {
  const seen: object[] = []
  for (const user of generateTenant({ seed: 1, users, now: new Date('2026-11-27T00:00:00Z'), lazy }).users()) {
    const array = user[field]
    if (array.length > 0 && !seen.some((other) => sameHiddenClass(other, array))) seen.push(array)
  }
  return seen.length
}

// A Detail's writer is optimised on its first rows; a list of a new hidden class thousands of
// rows later made V8 throw that code away mid-render (`generate-user.ts`, `packed`). Enough
// users for V8 to optimise the generator, which is when `map` began to make its arrays packed.
describe("the users' lists", () => {
  for (const lazy of [false, true])
    it(`share one hidden class per field over 20,000 ${lazy ? 'lazy' : 'held'} users`, () => {
      expect(classesOf('assignedProducts', lazy, 20_000)).toBe(1)
      expect(classesOf('licenseAssignDates', lazy, 20_000)).toBe(1)
    })
})
