import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterPoll } from './after-poll'

const checkPhase = () => new Promise<void>((resolve) => setImmediate(resolve))

describe('afterPoll', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('lets the first answer of a turn go at once and holds the others of that turn to its check phase', async () => {
    await checkPhase()
    expect(afterPoll()).toBeUndefined()
    const second = afterPoll()
    const third = afterPoll()
    expect(second).toBeInstanceOf(Promise)
    expect(third).toBe(second)

    let released = 0
    second?.then(() => released++)
    third?.then(() => released++)
    for (let i = 0; i < 10; i++) await Promise.resolve()
    expect(released).toBe(0)
    await checkPhase()
    expect(released).toBe(2)
  })

  it('starts every turn afresh: a lone answer per turn is never held', async () => {
    await checkPhase()
    const held: unknown[] = []
    for (let turn = 0; turn < 5; turn++) {
      held.push(afterPoll())
      await checkPhase()
    }
    expect(held).toEqual([undefined, undefined, undefined, undefined, undefined])
  })

  it('releases what it holds under fake timers, which a test may install after the server starts', async () => {
    await checkPhase()
    vi.useFakeTimers()
    afterPoll()
    const held = afterPoll()
    let released = false
    held?.then(() => {
      released = true
    })
    vi.useRealTimers()
    await checkPhase()
    expect(released).toBe(true)
  })
})
