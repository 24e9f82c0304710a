// Slow readers at length (CI runs 6 s of it in test/load/slow-readers.load.test.ts):
//   npx --yes pnpm@10.34.8 bench:slow-readers     # 20 readers at 64 KB/s for 60 s, 100,000 users
import { runSlowReaders } from '../test/load/slow-readers'

const seconds = Number(process.env.SLOW_SECONDS ?? 60)
const result = await runSlowReaders({ users: 100_000, clients: 20, bytesPerSecond: 64 * 1024, seconds })
console.log(
  `slow readers: 20 clients at 64 KB/s for ${seconds} s on a ${result.reportMb.toFixed(1)} MB Detail report, then dropped mid-download`,
)
console.log(`  read ${result.readPerClientKb.toFixed(0)} KB per client`)
console.log(
  `  server RSS ${result.rss.baseline.toFixed(0)} MB with the tenant built, peak ${result.rss.peak.toFixed(0)} MB, after the drop ${result.rss.after.toFixed(0)} MB`,
)
console.log(
  `  sockets and timers before ${JSON.stringify(result.resources.before)}, after ${JSON.stringify(result.resources.after)}`,
)
