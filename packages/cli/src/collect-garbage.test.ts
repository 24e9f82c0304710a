import { constants, PerformanceObserver } from 'node:perf_hooks'
import { describe, expect, it } from 'vitest'
import { collectGarbage } from './collect-garbage'

describe('collectGarbage', () => {
  it('runs a major collection and leaves no gc function behind', async () => {
    const kinds: number[] = []
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) kinds.push((entry as unknown as { detail: { kind: number } }).detail.kind)
    })
    observer.observe({ entryTypes: ['gc'] })
    collectGarbage()
    // Entries are delivered asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 50))
    observer.disconnect()
    expect(kinds).toContain(constants.NODE_PERFORMANCE_GC_MAJOR)
    expect('gc' in globalThis).toBe(false)
    // Contexts made afterwards do not get one either.
    const { runInNewContext } = await import('node:vm')
    expect(runInNewContext('typeof gc')).toBe('undefined')
  })
})
