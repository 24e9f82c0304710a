// The hostile-input property on demand, at any scale (CI runs 10,000 cases in test/fuzz):
//   npx --yes pnpm@10.34.8 fuzz            # 1,000,000 cases through the core
//   npx --yes pnpm@10.34.8 fuzz 50000      # another count
import { createFakeGraph } from '@fake-graph/core'
import fc from 'fast-check'
import { checkAnswer, hostileHeaders, hostileMethods, hostilePaths, hostileTokens } from '../test/fuzz/hostile-requests'

const total = Number(process.argv[2] ?? 1_000_000)
const unexpected: unknown[] = []
const fake = createFakeGraph({
  now: '2026-11-27T00:00:00Z',
  users: 30,
  onUnexpectedError: (error) => unexpected.push(error),
})
const request = fc.record({ path: hostilePaths, token: hostileTokens, headers: hostileHeaders, method: hostileMethods })
const statuses = new Map<number, number>()
let cases = 0
const started = performance.now()
await fc.assert(
  fc.asyncProperty(request, async (input) => {
    let url: string
    try {
      url = new URL(`https://graph.microsoft.com${input.path}`).href
    } catch {
      url = `https://graph.microsoft.com/${encodeURIComponent(input.path)}`
    }
    const headers = { ...input.headers, ...(input.token === undefined ? {} : { authorization: input.token }) }
    const answer = await fake.fetch(new Request(url, { method: input.method, headers }))
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
    const problem = await checkAnswer(answer, input.method)
    if (problem) throw new Error(`${input.method} ${url}: ${problem}`)
    if (++cases % 100_000 === 0) process.stderr.write(`[fake-graph] ${cases} cases\n`)
  }),
  { numRuns: total },
)
const seconds = (performance.now() - started) / 1000
console.log(
  `[fake-graph] ${cases} hostile requests in ${seconds.toFixed(0)} s: none answered 5xx or threw (${unexpected.length} unexpected errors)`,
)
console.log(
  `[fake-graph] statuses: ${[...statuses]
    .sort((a, b) => a[0] - b[0])
    .map(([status, count]) => `${status}×${count}`)
    .join(' ')}`,
)
process.exit(unexpected.length === 0 ? 0 : 1)
