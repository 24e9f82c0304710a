import { describe, expect, it } from 'vitest'
import { bundleForBrowser } from './support/browser-bundle'

describe('the browser form', () => {
  it('bundles the core and the MSW handlers for the browser, with no Node built-ins', async () => {
    const { inputs } = await bundleForBrowser(
      [
        "import { createFakeGraph } from '@fake-graph/core'",
        "import { graphHandlers } from '@fake-graph/msw'",
        "import { setupWorker } from 'msw/browser'",
        "export const worker = setupWorker(...graphHandlers(createFakeGraph({ now: '2026-11-27T00:00:00Z' })))",
      ].join('\n'),
      new URL('..', import.meta.url).pathname,
    )
    expect(inputs.some((input) => input.includes('packages/core/src/create-fake-graph.ts'))).toBe(true)
    expect(inputs.filter((input) => input.startsWith('node:'))).toEqual([])
  })
})
