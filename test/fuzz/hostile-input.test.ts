import { createFakeGraph } from '@fake-graph/core'
import { graphHandlers } from '@fake-graph/msw'
import fc from 'fast-check'
import { setupServer } from 'msw/node'
import { describe, expect, it } from 'vitest'
import { useFakeServer } from '../support/fake-server'
import { checkAnswer, hostileHeaders, hostileMethods, hostilePaths, hostileTokens } from './hostile-requests'

const request = fc.record({ path: hostilePaths, token: hostileTokens, headers: hostileHeaders, method: hostileMethods })
const toInit = (input: { token?: string; headers: Record<string, string>; method: string }): RequestInit => ({
  method: input.method,
  headers: { ...input.headers, ...(input.token === undefined ? {} : { authorization: input.token }) },
  redirect: 'manual',
})
/** A URL the WHATWG parser takes: hostile paths can hold what it would reject outright. */
const url = (base: string, path: string) => {
  try {
    return new URL(`${base}${path}`).href
  } catch {
    return `${base}/${encodeURIComponent(path)}`
  }
}

describe('hostile input', () => {
  it('the core answers 10,000 hostile requests with an envelope or a report, never a 5xx or a throw', async () => {
    const unexpected: unknown[] = []
    const fake = createFakeGraph({
      now: '2026-11-27T00:00:00Z',
      users: 30,
      onUnexpectedError: (error) => unexpected.push(error),
    })
    let cases = 0
    await fc.assert(
      fc.asyncProperty(request, async (input) => {
        cases++
        const answer = await fake.fetch(new Request(url('https://graph.microsoft.com', input.path), toInit(input)))
        expect(await checkAnswer(answer, input.method)).toBeUndefined()
      }),
      { numRuns: 10_000 },
    )
    expect(cases).toBe(10_000)
    expect(unexpected).toEqual([])
  }, 120_000)

  it('holds through the MSW face', async () => {
    const fake = createFakeGraph({ now: '2026-11-27T00:00:00Z', users: 30 })
    const server = setupServer(...graphHandlers(fake))
    server.listen({ onUnhandledRequest: 'bypass' })
    try {
      await fc.assert(
        fc.asyncProperty(request, async (input) => {
          const target = url('https://graph.microsoft.com', input.path.replace(/^\/[^/]*\/[^/]*\//, '/v1.0/reports/'))
          expect(await checkAnswer(await fetch(target, toInit(input)), input.method)).toBeUndefined()
        }),
        { numRuns: 1_000 },
      )
    } finally {
      server.close()
    }
  }, 120_000)

  describe('through the server', () => {
    const fake = useFakeServer({ users: 30 })
    it('holds over real HTTP', async () => {
      await fc.assert(
        fc.asyncProperty(request, async (input) => {
          expect(
            await checkAnswer(await fetch(url(fake.server.graphUrl, input.path), toInit(input)), input.method),
          ).toBeUndefined()
        }),
        { numRuns: 1_000 },
      )
      expect((await fetch(`${fake.server.graphUrl}/_admin/health`)).status).toBe(200)
    }, 120_000)
  })
})
