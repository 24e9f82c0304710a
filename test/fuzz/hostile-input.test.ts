import { createFakeGraph, GraphError } from '@fake-graph/core'
import { graphHandlers } from '@fake-graph/msw'
import fc from 'fast-check'
import { setupServer } from 'msw/node'
import { describe, expect, it } from 'vitest'
import { planReport } from '../../packages/core/src/report-plan'
import { useFakeServer } from '../support/fake-server'
import {
  checkAnswer,
  hostileDownloadQueries,
  hostileHeaders,
  hostileMethods,
  hostilePaths,
  hostileTokens,
} from './hostile-requests'
import { scaledPaths } from './scaled-text'

const request = fc.record({ path: hostilePaths, token: hostileTokens, headers: hostileHeaders, method: hostileMethods })
type HostileRequest = typeof request extends fc.Arbitrary<infer T> ? T : never
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

/** The in-process budget of one request, whatever it holds. */
const BUDGET_MS = 50
/** The probe's URLs that held the process for seconds (issue 11): a newline after two long segments. */
const PROBED = ['%0A', '%0D', '%E2%80%A8'].flatMap((newline) =>
  [1_000, 3_200].map((length) => `/${'a'.repeat(length)}/${'b'.repeat(length)}/${newline}`),
)

/** A fake for the properties, and the exceptions it did not expect. */
function watchedFake() {
  const unexpected: unknown[] = []
  const fake = createFakeGraph({
    now: '2026-11-27T00:00:00Z',
    users: 30,
    onUnexpectedError: (error) => unexpected.push(error),
  })
  return { fake, unexpected }
}

/**
 * The fastest of up to three runs, in ms: a slow case is timed twice more, since a collection
 * or a busy neighbour slows one run, a slow path every run.
 */
async function fastest(run: () => Promise<number> | number): Promise<number> {
  let best = await run()
  for (let retry = 0; retry < 2 && best >= BUDGET_MS; retry++) best = Math.min(best, await run())
  return best
}

describe('hostile input', () => {
  it('the core answers 10,000 hostile requests with an envelope or a report, never a 5xx or a throw', async () => {
    const { fake, unexpected } = watchedFake()
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

  it('answers every request, however long, within 50 ms in-process', async () => {
    const { fake, unexpected } = watchedFake()
    const timed = async (input: HostileRequest) => {
      const started = performance.now()
      const answer = await fake.fetch(new Request(url('https://graph.microsoft.com', input.path), toInit(input)))
      await answer.arrayBuffer()
      return performance.now() - started
    }
    await fc.assert(
      fc.asyncProperty(request, async (input) => {
        const ms = await fastest(() => timed(input))
        expect(ms, `${input.method} ${input.path.slice(0, 120)}… (${input.path.length} characters)`).toBeLessThan(
          BUDGET_MS,
        )
      }),
      {
        numRuns: 3_000,
        examples: PROBED.map((path): [HostileRequest] => [{ path, token: 'Bearer x', headers: {}, method: 'GET' }]),
      },
    )
    expect(unexpected).toEqual([])
  }, 120_000)

  it("refuses any current link's query on the download host within 50 ms, with an envelope", async () => {
    const { fake, unexpected } = watchedFake()
    const base = `${fake.options.downloadBaseUrl}/data/v1.0/download`
    await fc.assert(
      fc.asyncProperty(hostileDownloadQueries, async (query) => {
        const timed = async () => {
          const started = performance.now()
          const answer = await fake.fetch(new Request(url(base, query)))
          expect([403, 404], query.slice(0, 120)).toContain(answer.status)
          expect(await checkAnswer(answer)).toBeUndefined()
          return performance.now() - started
        }
        expect(await fastest(timed), `${query.slice(0, 120)}… (${query.length} characters)`).toBeLessThan(BUDGET_MS)
      }),
      { numRuns: 2_000 },
    )
    expect(unexpected).toEqual([])
  }, 120_000)

  it('plans any path up to the header limit within 50 ms, the length limit aside', async () => {
    const today = Date.parse('2026-11-27T00:00:00Z') / 86_400_000
    const plan = (path: string) => {
      const started = performance.now()
      try {
        planReport(new URL(url('https://graph.microsoft.com', path)), { today })
      } catch (error) {
        if (!(error instanceof GraphError)) throw error
      }
      return performance.now() - started
    }
    await fc.assert(
      fc.asyncProperty(fc.oneof(scaledPaths, hostilePaths), async (path) => {
        const ms = await fastest(() => plan(path))
        expect(ms, `${path.slice(0, 120)}… (${path.length} characters)`).toBeLessThan(BUDGET_MS)
      }),
      { numRuns: 3_000, examples: PROBED.map((path) => [path] as [string]) },
    )
  })

  it('holds through the MSW face', async () => {
    const fake = createFakeGraph({ now: '2026-11-27T00:00:00Z', users: 30 })
    const server = setupServer(...graphHandlers(fake))
    server.listen({ onUnhandledRequest: 'bypass' })
    try {
      await fc.assert(
        fc.asyncProperty(request, async (input) => {
          // Under the reports path, or MSW would let the request through to the network.
          const target = url(
            'https://graph.microsoft.com',
            `/v1.0/reports/${input.path.replace(/^\/[^/]*\/[^/]*\//, '')}`,
          )
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
          const answer = await fetch(url(fake.server.graphUrl, input.path), toInit(input))
          // A header section past node's 16 kB is refused before the fake sees it: a 431, still in the envelope.
          expect(await checkAnswer(answer, input.method)).toBeUndefined()
        }),
        { numRuns: 1_000 },
      )
      expect((await fetch(`${fake.server.graphUrl}/_admin/health`)).status).toBe(200)
    }, 120_000)
  })
})
