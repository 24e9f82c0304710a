// Does the inspector slow the fake? The 302 of `fake-graph serve` measured by wrk (-t1 -c32) with
// nobody following the journal and with the inspector's page open on it, in interleaved rounds on
// the same server, so both see the same noisy machine, with the server's CPU time per request
// beside (that noise moves it less than req/s); then a soak of traffic with a follower
// that reads and one that never does, sampling the server's memory:
//
//   pnpm build && pnpm bench:inspector [--rounds 6] [--seconds 5] [--soak 60] [--follower page|stream]
//
// `page` (the default where Debian's chromium is installed) opens /_admin/ in headless Chromium
// on the Journal tab; `stream` reads /_admin/journal/events in this process. wrk comes from Debian.
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { CHROMIUM, launchChromium } from '../test/support/browser-page'
import { freePort } from '../test/support/free-port'

const run = promisify(execFile)
const CLI = new URL('../packages/cli/dist/fake-graph.mjs', import.meta.url).pathname
const DETAIL = "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"
const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`)
  return index < 0 ? fallback : (process.argv[index + 1] as string)
}
const rounds = Number(argument('rounds', '6'))
const seconds = Number(argument('seconds', '5'))
const soakSeconds = Number(argument('soak', '60'))
const followerKind = argument('follower', existsSync(CHROMIUM) ? 'page' : 'stream')

async function serve(): Promise<{ child: ChildProcess; origin: string }> {
  const port = await freePort()
  let downloadPort = await freePort()
  while (downloadPort === port) downloadPort = await freePort()
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--port', String(port), '--download-port', String(downloadPort)],
    {
      stdio: 'ignore',
    },
  )
  const origin = `http://127.0.0.1:${port}`
  for (;;) {
    if (child.exitCode !== null) throw new Error(`fake-graph serve exited (${child.exitCode})`)
    try {
      if ((await fetch(`${origin}/_admin/health`)).ok) return { child, origin }
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

async function wrk(url: string, duration: number): Promise<number> {
  const { stdout } = await run('wrk', ['-t1', '-c32', `-d${duration}s`, '-H', 'Authorization: Bearer bench', url])
  if (/Non-2xx or 3xx responses|Socket errors/.test(stdout)) throw new Error(`${url}: ${stdout}`)
  return Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1])
}

/** CPU seconds the server process has used (user + system), from /proc: a figure the machine's noise moves less than req/s. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS
}
const CLOCK_TICKS = 100

interface Follower {
  /** Entries it was sent and entries the server counted as skipped for it. */
  counts(): { received: number; skipped: number }
  close(): Promise<void>
}

/** Reads the journal's events in this process, parsing every batch as the page does. */
async function streamFollower(origin: string, read = true): Promise<Follower> {
  const controller = new AbortController()
  const response = await fetch(`${origin}/_admin/journal/events`, { signal: controller.signal })
  let received = 0
  let skipped = 0
  if (read) {
    void (async () => {
      const decoder = new TextDecoder()
      let buffer = ''
      try {
        for await (const chunk of response.body as ReadableStream<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true })
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1]
            buffer = buffer.slice(end + 2)
            if (!data) continue
            const batch = JSON.parse(data) as { entries: unknown[]; skipped: number }
            received += batch.entries.length
            skipped += batch.skipped
          }
        }
      } catch {}
    })()
  }
  return { counts: () => ({ received, skipped }), close: async () => controller.abort() }
}

/** The inspector itself, in headless Chromium, on its Journal tab. */
async function pageFollower(origin: string): Promise<Follower> {
  const browser = await launchChromium()
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(`${origin}/_admin/`)
  await page.locator('#tab-journal').click()
  return {
    counts: () => ({ received: Number.NaN, skipped: Number.NaN }),
    close: () => browser.close(),
  }
}

const follow = (origin: string) => (followerKind === 'page' ? pageFollower(origin) : streamFollower(origin))
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

// Throughput: one server, rounds alternating which goes first.
const results: Record<'alone' | 'followed', number[]> = { alone: [], followed: [] }
/** Server CPU microseconds per request. */
const cpu: Record<'alone' | 'followed', number[]> = { alone: [], followed: [] }
const server = await serve()
try {
  await wrk(server.origin + DETAIL, 2) // warm-up: JIT and connection setup
  for (let round = 0; round < rounds; round++) {
    for (const kind of round % 2 === 0 ? (['alone', 'followed'] as const) : (['followed', 'alone'] as const)) {
      const follower = kind === 'followed' ? await follow(server.origin) : undefined
      try {
        const before = cpuSeconds(server.child.pid as number)
        const rate = await wrk(server.origin + DETAIL, seconds)
        results[kind].push(rate)
        cpu[kind].push(((cpuSeconds(server.child.pid as number) - before) / (rate * seconds)) * 1e6)
      } finally {
        await follower?.close()
      }
    }
  }
} finally {
  server.child.kill()
}
const ratios = results.followed.map((followed, index) => followed / (results.alone[index] as number))
console.log(`the 302, wrk -t1 -c32, ${rounds} interleaved rounds of ${seconds} s; follower: ${followerKind}`)
console.log(`  nobody following    ${results.alone.map((v) => v.toFixed(0)).join(', ')} req/s`)
console.log(`  journal followed    ${results.followed.map((v) => v.toFixed(0)).join(', ')} req/s`)
console.log(`  ratio per round     ${ratios.map((r) => r.toFixed(2)).join(', ')}; median ${median(ratios).toFixed(2)}×`)
const cpuRatios = cpu.followed.map((followed, index) => followed / (cpu.alone[index] as number))
console.log(`  server CPU per request, nobody following  ${cpu.alone.map((v) => v.toFixed(0)).join(', ')} µs`)
console.log(`  server CPU per request, journal followed  ${cpu.followed.map((v) => v.toFixed(0)).join(', ')} µs`)
console.log(
  `  CPU ratio per round ${cpuRatios.map((r) => r.toFixed(2)).join(', ')}; median ${median(cpuRatios).toFixed(2)}×`,
)

// Memory: sustained traffic with a follower that reads, one that never reads, and the page.
const soak = await serve()
try {
  const rss = async () => (await (await fetch(`${soak.origin}/_admin/health`)).json()).rssMb as number
  const reading = await streamFollower(soak.origin)
  const stalled = await streamFollower(soak.origin, false)
  const page = followerKind === 'page' ? await pageFollower(soak.origin) : undefined
  const samples: number[] = [await rss()]
  const traffic = wrk(soak.origin + DETAIL, soakSeconds)
  const sampler = setInterval(async () => samples.push(await rss()), 5_000)
  const requests = (await traffic) * soakSeconds
  clearInterval(sampler)
  samples.push(await rss())
  const { received, skipped } = reading.counts()
  await Promise.all([reading.close(), stalled.close(), page?.close()])
  console.log(
    `soak: ${soakSeconds} s of the 302 (${requests.toFixed(0)} requests), a reading follower, a stalled one${page ? ' and the page' : ''}`,
  )
  console.log(`  the reading follower was sent ${received} entries and told of ${skipped} skipped`)
  console.log(`  server RSS every 5 s: ${samples.map((mb) => mb.toFixed(0)).join(' ')} MB`)
  const half = samples.slice(Math.floor(samples.length / 2))
  console.log(`  second half: ${Math.min(...half)} to ${Math.max(...half)} MB`)
} finally {
  soak.child.kill()
}
