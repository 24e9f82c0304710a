import { describe, expect, it } from 'vitest'
import { existsOn } from './lifespan'

describe('existsOn', () => {
  it('holds from the day of creation to the day before the deletion', () => {
    expect([9, 10, 11, 14, 15].map((day) => existsOn(10, 15, day))).toEqual([false, true, true, true, false])
    expect([9, 10, 10_000].map((day) => existsOn(10, null, day))).toEqual([false, true, true])
  })
})
