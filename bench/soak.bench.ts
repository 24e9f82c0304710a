// The soak at full length (the test run has 30 s of it, in test/load/soak.load.test.ts):
//   npx tsx bench/soak.bench.ts                 # 10 minutes, 64 connections, loopback
//   SOAK_SECONDS=120 npx tsx bench/soak.bench.ts
import { runSoak } from '../test/load/run-soak'

const seconds = Number(process.env.SOAK_SECONDS ?? 600)
const result = await runSoak({ seconds })
const statuses = Object.entries(result.statuses)
  .map(([status, count]) => `${status}×${count}`)
  .join(' ')
console.log(
  `soak, ${result.connections} connections, ${seconds} s: reports, downloads, hostile URLs, a new tid per request, admin calls`,
)
console.log(
  `  ${result.requests} requests, ${result.requestsPerSecond.toFixed(0)} req/s; ${result.tenants} distinct tids`,
)
console.log(`  errors ${result.errors}, 5xx ${result.serverErrors}; statuses ${statuses}`)
console.log(
  `  server RSS: ${result.rss.idle.toFixed(0)} MB idle, ${result.rss.warm.toFixed(0)} MB after warm-up, peak ${result.rss.peak.toFixed(0)} MB, ${result.rss.end.toFixed(0)} MB at the end; after warm-up ${result.rssSlopeMbPerMinute.toFixed(2)} MB/min`,
)
const delays = result.samples
  .map(([, , delay]) => delay)
  .filter(Number.isFinite)
  .sort((a, b) => a - b)
const percentile = (p: number) => delays[Math.min(delays.length - 1, Math.floor(p * delays.length))] ?? 0
console.log(
  `  event-loop delay (the longest of each second): ${result.loopDelayMs.idle} ms idle; under load median ${percentile(0.5)} ms, p99 ${percentile(0.99)} ms, max ${result.loopDelayMs.max} ms`,
)
const minutes = result.samples.filter(([at]) => Math.round(at) % 60 === 0)
console.log(`  RSS by minute: ${minutes.map(([at, rss]) => `${Math.round(at / 60)}:${rss.toFixed(0)}`).join(' ')}`)
process.exit(result.errors === 0 && result.serverErrors === 0 ? 0 : 1)
