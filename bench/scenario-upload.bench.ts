// A large scenario POSTed to /_admin/tenant of `fake-graph serve`, while another client asks
// /_admin/health every few milliseconds: how late the server answers it during the load, beside
// how long reading and loading the same file at once holds a process (what the route did before).
//   npx tsx bench/scenario-upload.bench.ts            (the CLI bundle must be built: pnpm build)
//   npx tsx bench/scenario-upload.bench.ts --users 5000
import { generateTenant, loadTenant, toTenantRecord } from '@fake-graph/tenant'
import { spawnServe } from '../test/support/spawn-serve'

const NOW = '2026-11-27T00:00:00Z'
const at = process.argv.indexOf('--users')
const users = at === -1 ? 15_000 : Number(process.argv[at + 1])
const now = new Date(NOW)
const body = JSON.stringify({ tenant: toTenantRecord(generateTenant({ seed: 1, users, now, lazy: false })) })

/** The slowest answers to health checks sent back to back while `during` runs. */
async function healthLatency(graph: string, during: () => Promise<unknown>) {
  const latencies: number[] = []
  let running = true
  const poll = async () => {
    while (running) {
      const sent = performance.now()
      await (await fetch(`${graph}/_admin/health`)).arrayBuffer()
      latencies.push(performance.now() - sent)
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
  }
  const polling = poll()
  const started = performance.now()
  await during()
  const seconds = (performance.now() - started) / 1000
  running = false
  await polling
  latencies.sort((a, b) => a - b)
  return {
    seconds,
    max: latencies.at(-1) ?? 0,
    p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
    n: latencies.length,
  }
}

const { child, graphUrl } = await spawnServe(['--now', NOW])
try {
  const idle = await healthLatency(graphUrl, () => new Promise((resolve) => setTimeout(resolve, 1_000)))
  const loaded = await healthLatency(graphUrl, async () => {
    const answer = await fetch(`${graphUrl}/_admin/tenant`, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json' },
    })
    if (answer.status !== 200) throw new Error(`Failed to upload the scenario: ${answer.status} ${await answer.text()}`)
  })
  const started = performance.now()
  loadTenant(JSON.parse(body).tenant, { now })
  const atOnce = performance.now() - started

  const ms = (value: number) => `${value.toFixed(0)} ms`
  console.log(`scenario of ${users} users, ${(body.length / 1e6).toFixed(1)} MB`)
  console.log(`  upload answered in ${loaded.seconds.toFixed(2)} s`)
  console.log(
    `  health during the upload: max ${ms(loaded.max)}, p99 ${ms(loaded.p99)} (${loaded.n} checks); idle: max ${ms(idle.max)}`,
  )
  console.log(
    `  JSON.parse + loadTenant at once, in this process: ${ms(atOnce)}  (max health wait / that = ${(loaded.max / atOnce).toFixed(3)}×)`,
  )
} finally {
  child.kill('SIGTERM')
}
