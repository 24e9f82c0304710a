// The 302 of `fake-graph serve` against a bare node:http server answering a fixed 302, measured
// by wrk (-t1, 32 connections unless told) in interleaved rounds so that both see the same noisy
// machine; `--connections 1,32` also shows a lone client, which decision 0016 must not slow:
//
//   pnpm build && pnpm bench:redirect [--rounds 5] [--seconds 5] [--connections 32] [--cli <fake-graph.mjs>]
//
// `--cli` serves another build of the CLI in the fake's place, to compare two builds in one run.
//
// wrk comes from Debian (`apt-get install wrk`).
import { type ChildProcess, execFile, fork, spawn } from 'node:child_process'
import { promisify } from 'node:util'
import { freePort } from '../test/support/free-port'

const run = promisify(execFile)
const BARE = new URL('./subjects/bare-302.mjs', import.meta.url).pathname
const DETAIL = "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`)
  return index < 0 ? fallback : Number(process.argv[index + 1])
}
const rounds = argument('rounds', 5)
const seconds = argument('seconds', 5)
const cliAt = process.argv.indexOf('--cli')
const CLI =
  (cliAt < 0 ? undefined : process.argv[cliAt + 1]) ??
  new URL('../packages/cli/dist/fake-graph.mjs', import.meta.url).pathname
const connectionsAt = process.argv.indexOf('--connections')
const connectionCounts = (connectionsAt < 0 ? '32' : (process.argv[connectionsAt + 1] ?? '32')).split(',').map(Number)

/** Starts a subject in its own process and waits until it answers the 302. */
async function start(kind: 'fake' | 'bare'): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort()
  let downloadPort = await freePort()
  while (downloadPort === port) downloadPort = await freePort()
  const child =
    kind === 'fake'
      ? spawn(process.execPath, [CLI, 'serve', '--port', String(port), '--download-port', String(downloadPort)], {
          stdio: 'ignore',
        })
      : fork(BARE, [String(port)], { stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}${DETAIL}`
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${kind} exited (${child.exitCode}) before answering`)
    try {
      const response = await fetch(url, { headers: { Authorization: 'Bearer bench' }, redirect: 'manual' })
      if (response.status === 302) return { child, url }
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/** wrk's requests per second, and every answer's status checked by wrk's own count of non-2xx/3xx. */
async function wrk(url: string, duration: number, connections: number): Promise<number> {
  const args = ['-t1', `-c${connections}`, `-d${duration}s`, '-H', 'Authorization: Bearer bench', url]
  const { stdout } = await run('wrk', args)
  if (/Non-2xx or 3xx responses|Socket errors/.test(stdout)) throw new Error(`${url}: ${stdout}`)
  return Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1])
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number
for (const connections of connectionCounts) {
  const results: Record<'fake' | 'bare', number[]> = { fake: [], bare: [] }
  for (let round = 0; round < rounds; round++) {
    for (const kind of round % 2 === 0 ? (['bare', 'fake'] as const) : (['fake', 'bare'] as const)) {
      const subject = await start(kind)
      try {
        await wrk(subject.url, 1, connections) // warm-up: JIT and connection setup
        results[kind].push(await wrk(subject.url, seconds, connections))
      } finally {
        subject.child.kill()
      }
    }
  }
  const ratios = results.fake.map((fake, index) => fake / (results.bare[index] as number))
  console.log(`the 302, wrk -t1 -c${connections}, ${rounds} interleaved rounds of ${seconds} s`)
  console.log(`  bare node:http    ${results.bare.map((v) => v.toFixed(0)).join(', ')} req/s`)
  console.log(`  fake-graph serve  ${results.fake.map((v) => v.toFixed(0)).join(', ')} req/s`)
  console.log(`  ratio per round   ${ratios.map((r) => r.toFixed(2)).join(', ')}; median ${median(ratios).toFixed(2)}×`)
}
