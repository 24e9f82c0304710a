// The load test at full length (CI runs 10 s of it in test/load/load.load.test.ts):
//   npx --yes pnpm@10.34.8 bench:load     # 64 connections for 30 s on loopback, then stops
import { runLoad } from '../test/load/run-load'

const result = await runLoad({ seconds: Number(process.env.LOAD_SECONDS ?? 30) })
const statuses = Object.entries(result.statuses)
  .map(([status, count]) => `${status}×${count}`)
  .join(' ')
console.log(`load, 64 connections, ${result.seconds} s, 302s + errors on the Graph origin and downloads on the other:`)
console.log(
  `  ${result.requests} requests, ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50.toFixed(0)} ms, p99 ${result.p99.toFixed(0)} ms`,
)
console.log(`  socket errors ${result.errors}, 5xx ${result.serverErrors}; statuses ${statuses}`)
console.log(
  `  server RSS: ${result.rss.baseline.toFixed(0)} MB after warm-up, peak ${result.rss.peak.toFixed(0)} MB, ${result.rss.after.toFixed(0)} MB 3 s after`,
)
process.exit(result.errors === 0 && result.serverErrors === 0 ? 0 : 1)
