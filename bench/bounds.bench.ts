// The rows of issue 11, replayed against `fake-graph serve` on loopback: the answer now, the time
// a client waits, and the server's RSS after. Each row starts a server of its own.
//   npx tsx bench/bounds.bench.ts            (the CLI bundle must be built: pnpm build)
//   npx tsx bench/bounds.bench.ts 15 2       (those rows only)
import { request } from 'node:http'
import { rssOf } from '../test/load/rss-of'
import { type BulkKind, bulkScenario } from '../test/support/bulk-scenario'
import { spawnServe } from '../test/support/spawn-serve'
import { bearerJwt } from '../test/support/unsigned-jwt'
import { upload } from '../test/support/upload'

const NOW = '2026-11-27T00:00:00Z'
const DETAIL = "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"
const AUTH = { Authorization: 'Bearer bounds' }
const jwt = bearerJwt

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now()
  const value = await work()
  return [value, performance.now() - started]
}

const rows: string[] = []
const only = process.argv.slice(2)
async function row(name: string, args: string[], probe: (graph: string) => Promise<string>) {
  if (only.length > 0 && !only.includes(name.slice(0, name.indexOf(':')))) return
  const { child, graphUrl } = await spawnServe(['--now', NOW, ...args])
  try {
    const [answer, ms] = await timed(() => probe(graphUrl))
    rows.push(`| ${name} | ${answer} | ${(ms / 1000).toFixed(2)} s | ${rssOf(child.pid as number).toFixed(0)} MB |`)
  } finally {
    child.kill('SIGTERM')
  }
  console.log(rows.at(-1))
}

const post = (graph: string, path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${graph}/_admin${path}`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', ...headers },
  })

await row('1: 18 new tids, 200,000 users, each downloads Detail', ['--users', '200000'], async (graph) => {
  const times: number[] = []
  for (let tid = 0; tid < 18; tid++) {
    const headers = { Authorization: jwt({ roles: ['Reports.Read.All'], tid: `tenant-${tid}` }) }
    const [redirect, ms] = await timed(() => fetch(`${graph}${DETAIL}`, { headers, redirect: 'manual' }))
    times.push(ms)
    await (await fetch(redirect.headers.get('location') as string)).arrayBuffer()
  }
  const health = await (await fetch(`${graph}/_admin/health`)).json()
  return `302 each, first answer in ${Math.max(...times).toFixed(0)} ms at most; ${health.heldUsers} users held`
})
await row('2: /a×3200/b×3200/%0A', [], async (graph) => {
  const a = 'a'.repeat(3_200)
  const b = 'b'.repeat(3_200)
  const long = await fetch(`${graph}/${a}/${b}/%0A`, { headers: AUTH })
  const under = await fetch(`${graph}/${a.slice(0, 1_000)}/${b.slice(0, 1_000)}/%0A`, { headers: AUTH })
  return `${long.status} ${(await long.json()).error.code}; at 1,000 + 1,000: ${under.status}`
})
await row('3: POST 300 MB to the token endpoint', [], async (graph) => {
  const { status, sentMb: sent } = await upload(`${graph}/x/oauth2/v2.0/token`, 300)
  return `${status} after ${sent.toFixed(0)} MB sent`
})
await row('4: health and a 302 during a 1,000,000-user download', ['--users', '1000000'], async (graph) => {
  const link = (await fetch(`${graph}${DETAIL}`, { headers: AUTH, redirect: 'manual' })).headers.get('location')
  const download = fetch(link as string).then((response) => response.arrayBuffer())
  await new Promise((resolve) => setTimeout(resolve, 1_000))
  const [, health] = await timed(() => fetch(`${graph}/_admin/health`).then((r) => r.text()))
  const [, redirect] = await timed(() => fetch(`${graph}${DETAIL}`, { headers: AUTH, redirect: 'manual' }))
  const [page, deep] = await timed(async () =>
    (
      await fetch(
        `${graph}/beta/reports/getOffice365ActiveUserDetail(period='D7')?$format=application/json&$skipToken=999999999`,
        { headers: AUTH },
      )
    ).json(),
  )
  const bytes = (await download).byteLength
  return `health ${health.toFixed(0)} ms, 302 ${redirect.toFixed(0)} ms, $skipToken=999999999 ${deep.toFixed(0)} ms (${page.value.length} items), while ${(bytes / 1e6).toFixed(0)} MB streamed`
})
await row('5: POST /_admin/clock {"advance":1e300}', [], async (graph) => {
  const refused = await post(graph, '/clock', '{"advance":1e300}')
  const report = await fetch(`${graph}${DETAIL}`, { headers: AUTH, redirect: 'manual' })
  return `${refused.status} JSON, not applied: a report then ${report.status}`
})
await row('6: clock a day earlier, 60 times, 20,000 users', ['--users', '20000'], async (graph) => {
  for (let day = 1; day <= 60; day++) {
    await post(graph, '/clock', JSON.stringify({ set: new Date(Date.parse(NOW) - day * 86_400_000).toISOString() }))
    const link = (await fetch(`${graph}${DETAIL}`, { headers: AUTH, redirect: 'manual' })).headers.get('location')
    await (await fetch(link as string)).arrayBuffer()
  }
  return `302 and 200 each day; ${(await (await fetch(`${graph}/_admin/health`)).json()).heldUsers} users held`
})
await row('7: admin bodies: charset=bogus, br, bad gzip, 100 kB', [], async (graph) => {
  const answers = await Promise.all([
    post(graph, '/tenant', '{"users":10}', { 'Content-Type': 'application/json; charset=bogus' }),
    post(graph, '/tenant', '{}', { 'Content-Encoding': 'br' }),
    post(graph, '/tenant', 'not gzip', { 'Content-Encoding': 'gzip' }),
    post(graph, '/clock', JSON.stringify({ pad: 'x'.repeat(100_000) })),
  ])
  const types = new Set(answers.map((answer) => answer.headers.get('content-type')?.split(';')[0]))
  return `${answers.map((answer) => answer.status).join(', ')}; ${[...types].join()}`
})
await row('8: /_admin/journal?constructor=x, ?__proto__=x, ?function=a&function=b', [], async (graph) => {
  const queries = ['constructor=x', '__proto__=x', 'function=a&function=b']
  const answers = await Promise.all(queries.map((query) => fetch(`${graph}/_admin/journal?${query}`)))
  return answers.map((answer) => answer.status).join(', ')
})
await row('9: POST /_admin/faults {"status":100}, 101, 199', [], async (graph) => {
  const answers = await Promise.all([100, 101, 199].map((status) => post(graph, '/faults', JSON.stringify({ status }))))
  return answers.map((answer) => answer.status).join(', ')
})
await row('10: clock "1", "March 7", "2026-02-30"', [], async (graph) => {
  const answers = await Promise.all(
    ['1', 'March 7', '2026-02-30'].map((set) => post(graph, '/clock', JSON.stringify({ set }))),
  )
  return answers.map((answer) => answer.status).join(', ')
})
await row('11: JWT with a string exp in the past; with a future nbf', [], async (graph) => {
  const past = String(Date.parse(NOW) / 1000 - 60)
  const answers = await Promise.all(
    [{ exp: past }, { nbf: Date.parse(NOW) / 1000 + 60 }].map((claims) =>
      fetch(`${graph}${DETAIL}`, { headers: { Authorization: jwt({ roles: ['Reports.Read.All'], ...claims }) } }),
    ),
  )
  return answers.map((answer) => answer.status).join(', ')
})
await row('12: admin API with Host: attacker.example', [], async (graph) => {
  const status = await new Promise<number>((resolve) => {
    const outgoing = request(`${graph}/_admin/faults`, { method: 'POST', headers: { Host: 'attacker.example' } })
    outgoing.on('response', (answer) => resolve(answer.statusCode ?? 0))
    outgoing.end('{"status":503}')
  })
  return `${status}`
})
await row('14: GET /_admin/journal after 13,000 requests with 15 kB URLs', [], async (graph) => {
  const long = `/v1.0/reports/${'x'.repeat(15_000)}`
  for (let i = 0; i < 13_000; i += 100) {
    await Promise.all(
      Array.from({ length: 100 }, () => fetch(`${graph}${long}`, { headers: AUTH }).then((r) => r.text())),
    )
  }
  const [text, ms] = await timed(async () => (await fetch(`${graph}/_admin/journal`)).text())
  return `200, ${(text.length / 1e6).toFixed(2)} MB page in ${ms.toFixed(0)} ms, next: ${JSON.parse(text).next ? 'yes' : 'no'}`
})
/**
 * A scenario uploaded, then a Detail's first bytes the same day beside the next day's, whose tenant
 * moves every date of the scenario: what the midnight shift holds.
 */
async function nextDayOf(graph: string, kind: BulkKind, count: number, detail: string) {
  const body = JSON.stringify({ tenant: bulkScenario(kind, count) })
  const loaded = await post(graph, '/tenant', body)
  const headers = { Authorization: jwt({ roles: ['Reports.Read.All'] }) }
  // The 302, then the download's first bytes: the tenant of the day is made there.
  const firstBytes = async () => {
    const redirect = await fetch(`${graph}/v1.0/reports/${detail}(period='D7')`, { headers, redirect: 'manual' })
    const download = await fetch(redirect.headers.get('location') as string)
    const reader = (download.body as ReadableStream<Uint8Array>).getReader()
    await reader.read()
    await reader.cancel()
    return download.status
  }
  const [, sameDay] = await timed(firstBytes)
  await post(graph, '/clock', JSON.stringify({ advance: 86_400_000 }))
  const [status, nextDay] = await timed(firstBytes)
  return `upload ${loaded.status}, ${(body.length / 1e6).toFixed(1)} MB; first bytes of ${detail} (${status}) the next day in ${nextDay.toFixed(0)} ms, the same day ${sameDay.toFixed(0)} ms`
}

await row('15: a 50 MB scenario of 400,000 users, then the clock a day on', [], (graph) =>
  nextDayOf(graph, 'users', 400_000, 'getOffice365ActiveUserDetail'),
)
await row('16: a 31 MB scenario of 450,000 groups, then the clock a day on', [], (graph) =>
  nextDayOf(graph, 'groups', 450_000, 'getOffice365GroupsActivityDetail'),
)
/**
 * Health checks one after another while `download` runs to its end: the longest a check waited,
 * what a client's request meets at the worst moment of a whole download, and how many were made.
 */
async function longestWaitDuring(graph: string, download: Promise<number>) {
  let done = false
  const bytes = download.finally(() => {
    done = true
  })
  const waits: number[] = []
  while (!done) {
    const [, ms] = await timed(() => fetch(`${graph}/_admin/health`).then((answer) => answer.text()))
    waits.push(ms)
  }
  waits.sort((a, b) => a - b)
  const p99 = waits[Math.floor(waits.length * 0.99)] as number
  return `${((await bytes) / 1e6).toFixed(0)} MB; ${waits.length} health checks, the longest ${(waits.at(-1) as number).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms`
}

/** A Detail's whole download through its 302, to the last byte: the bytes. */
async function downloaded(graph: string, path: string, headers: Record<string, string>): Promise<number> {
  const redirect = await fetch(`${graph}${path}`, { headers, redirect: 'manual' })
  if (redirect.status !== 302) throw new Error(`${path} answered ${redirect.status}, not a 302`)
  const download = await fetch(redirect.headers.get('location') as string)
  // Counted chunk by chunk: one buffer of the whole would hold this process, and its health checks, at the end.
  let bytes = 0
  for await (const chunk of download.body as ReadableStream<Uint8Array>) bytes += chunk.length
  return bytes
}

await row('17: health checks throughout a 1,000,000-user Detail download', ['--users', '1000000'], (graph) =>
  longestWaitDuring(graph, downloaded(graph, "/v1.0/reports/getTeamsUserActivityUserDetail(period='D180')", AUTH)),
)
await row('18: health checks throughout the Groups Detail of 450,000 listed groups', [], async (graph) => {
  const loaded = await post(graph, '/tenant', JSON.stringify({ tenant: bulkScenario('groups', 450_000) }))
  if (loaded.status !== 200) return `upload ${loaded.status}`
  const path = "/v1.0/reports/getOffice365GroupsActivityDetail(period='D180')"
  return longestWaitDuring(graph, downloaded(graph, path, { Authorization: jwt({ roles: ['Reports.Read.All'] }) }))
})
console.log(`\n| row | answer now | time | server RSS after |\n|---|---|---|---|\n${rows.join('\n')}`)
