// The endpoint's figures, each as a ratio to a baseline measured in the same run:
//   - the 302: requests/s of the fake (lean node:http bridge, and createApp's express) against a
//     bare node:http server answering the same fixed 302;
//   - the download of a 100,000-user Detail report on first render, against a bare server
//     sending a prebuilt buffer of the same size;
//   - cold start, from process spawn to the first 302, against the bare server's;
//   - MSW in-process: a report request (302 + download) against a bare MSW pair of handlers
//     returning the same bytes, and the heap each leaves behind.
//
//   pnpm bench:server                      (the CLI bundle must be built: pnpm build)
//   pnpm bench:server --only=302,msw       (sections: 302, download, cold, msw)
import './built'
import { type ChildProcess, execFile, fork, spawn } from 'node:child_process'
import { once } from 'node:events'
import { promisify } from 'node:util'
import { createFakeGraph } from '@fake-graph/core'
import { graphHandlers } from '@fake-graph/msw'
import autocannon from 'autocannon'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { freePort } from '../test/support/free-port'

const run = promisify(execFile)
const CLI = new URL('../packages/cli/dist/fake-graph.mjs', import.meta.url).pathname
const subject = (name: string) => new URL(`./subjects/${name}`, import.meta.url).pathname
const DETAIL = "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"
const TOKEN = { Authorization: 'Bearer bench' }
const DURATION = Number(process.env.BENCH_SECONDS ?? 8)
const children: ChildProcess[] = []
process.on('exit', () => {
  for (const child of children) child.kill()
})

/** Starts a server in its own process; resolves once it answers. */
async function start(kind: 'cli' | 'bare' | 'express' | 'bare-download', port: number, extra: string[] = []) {
  // The port just handed out was released, so the next free one may be the same.
  let downloadPort = await freePort()
  while (downloadPort === port) downloadPort = await freePort()
  const child =
    kind === 'cli'
      ? spawn(process.execPath, [
          CLI,
          'serve',
          '--port',
          String(port),
          '--download-port',
          String(downloadPort),
          ...extra,
        ])
      : fork(
          subject({ bare: 'bare-302.mjs', 'bare-download': 'bare-download.mjs', express: 'express-app.ts' }[kind]),
          [String(port), ...(kind === 'express' ? [String(downloadPort)] : extra)],
          {
            execArgv: kind === 'express' ? ['--conditions=built', '--import', 'tsx'] : [],
            stdio: 'ignore',
          },
        )
  children.push(child)
  await until302(child, `http://127.0.0.1:${port}${DETAIL}`, kind === 'bare-download' ? 200 : 302)
  return { child, url: `http://127.0.0.1:${port}` }
}

async function until302(child: ChildProcess, url: string, status = 302): Promise<void> {
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${child.spawnargs.join(' ')} exited (${child.exitCode}) before answering`)
    try {
      const response = await fetch(url, { headers: TOKEN, redirect: 'manual' })
      await response.arrayBuffer()
      if (response.status === status) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
}

async function requestsPerSecond(url: string): Promise<number> {
  await autocannon({ url, headers: TOKEN, connections: 32, duration: 2 })
  const result = await autocannon({ url, headers: TOKEN, connections: 32, duration: DURATION })
  const wrong = Object.keys(result.statusCodeStats).filter((code) => code !== '302')
  if (wrong.length > 0 || result.errors > 0)
    throw new Error(`${url} answered ${wrong.join(', ')} (${result.errors} errors)`)
  return result.requests.average
}

const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice(7)
  .split(',')
const wanted = (section: string) => !only || only.includes(section)
const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

// 1. The 302.
if (wanted('302')) {
  const bare = await start('bare', await freePort())
  const bareRps = await requestsPerSecond(`${bare.url}${DETAIL}`)
  bare.child.kill()
  const lean = await start('cli', await freePort())
  const leanRps = await requestsPerSecond(`${lean.url}${DETAIL}`)
  lean.child.kill()
  const viaExpress = await start('express', await freePort())
  const expressRps = await requestsPerSecond(`${viaExpress.url}${DETAIL}`)
  viaExpress.child.kill()
  console.log(`302, ${DURATION} s at 32 connections (autocannon, loopback):`)
  console.log(`  bare node:http     ${bareRps.toFixed(0)} req/s   1.00×`)
  console.log(`  fake-graph serve   ${leanRps.toFixed(0)} req/s   ${ratio(leanRps, bareRps)}`)
  console.log(`  createApp express  ${expressRps.toFixed(0)} req/s   ${ratio(expressRps, bareRps)}`)
}

// 2. The download of a 100,000-user Detail report, on first render.
if (wanted('download')) {
  // curl reads the download: a C client, so the figure is the server's and not Node fetch's.
  const drain = async (url: string) => {
    const { stdout } = await run('curl', ['-s', '-o', '/dev/null', '-w', '%{size_download} %{time_total}', url])
    const [bytes, seconds] = stdout.split(' ').map(Number) as [number, number]
    return { bytes, seconds }
  }
  // The first render of a fresh server, three times over: this machine is noisy.
  const firsts: { bytes: number; seconds: number }[] = []
  for (let i = 0; i < 3; i++) {
    const big = await start('cli', await freePort(), ['--users', '100000'])
    const redirect = await fetch(`${big.url}/v1.0/reports/getOffice365ActiveUserDetail(period='D180')`, {
      headers: TOKEN,
      redirect: 'manual',
    })
    firsts.push(await drain(redirect.headers.get('location') as string))
    big.child.kill()
  }
  const first = firsts.sort((a, b) => a.seconds - b.seconds)[1] as { bytes: number; seconds: number }
  const baselines: { bytes: number; seconds: number }[] = []
  for (let i = 0; i < 3; i++) {
    const bareDownload = await start('bare-download', await freePort(), [String(first.bytes)])
    baselines.push(await drain(`${bareDownload.url}/`))
    bareDownload.child.kill()
  }
  const baseline = baselines.sort((a, b) => a.seconds - b.seconds)[1] as { bytes: number; seconds: number }
  const mbps = (run: { bytes: number; seconds: number }) => run.bytes / 1e6 / run.seconds
  console.log(
    `Download, Detail D180 of 100,000 users (${(first.bytes / 1e6).toFixed(1)} MB), first render, median of 3 servers (curl):`,
  )
  console.log(`  prebuilt buffer    ${mbps(baseline).toFixed(0)} MB/s   1.00×`)
  console.log(`  fake-graph serve   ${mbps(first).toFixed(0)} MB/s   ${ratio(mbps(first), mbps(baseline))}`)
}

// 3. Cold start, spawn to first 302 (median of 5).
if (wanted('cold')) {
  const coldStart = async (kind: 'cli' | 'bare') => {
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const started = performance.now()
      const running = await start(kind, await freePort())
      times.push(performance.now() - started)
      running.child.kill()
      await once(running.child, 'exit')
    }
    return median(times)
  }
  const bareStart = await coldStart('bare')
  const cliStart = await coldStart('cli')
  console.log('Cold start, spawn to first 302 (median of 5):')
  console.log(`  bare node:http     ${bareStart.toFixed(0)} ms   1.00×`)
  console.log(`  fake-graph serve   ${cliStart.toFixed(0)} ms   ${ratio(cliStart, bareStart)}`)
}

// 4. MSW in-process: 302 + download of the default tenant's Detail CSV.
if (wanted('msw')) {
  const fake = createFakeGraph()
  const reportUrl = `https://graph.microsoft.com${DETAIL}`
  const csv = new Uint8Array(
    await (
      await fake.fetch(
        new Request((await fake.fetch(new Request(reportUrl, { headers: TOKEN }))).headers.get('location') as string),
      )
    ).arrayBuffer(),
  )
  const viaMsw = async (handlers: Parameters<typeof setupServer>) => {
    const server = setupServer(...handlers)
    server.listen({ onUnhandledRequest: 'error' })
    const once = async () => (await fetch(reportUrl, { headers: TOKEN })).arrayBuffer()
    for (let i = 0; i < 50; i++) await once()
    globalThis.gc?.()
    const heapBefore = process.memoryUsage().heapUsed
    const started = performance.now()
    const rounds = 300
    for (let i = 0; i < rounds; i++) await once()
    const perRequest = (performance.now() - started) / rounds
    globalThis.gc?.()
    const retained = process.memoryUsage().heapUsed - heapBefore
    server.close()
    return { perRequest, retained }
  }
  const bareMsw = await viaMsw([
    http.get(
      ({ request }) => request.url.startsWith('https://graph.microsoft.com/'),
      () =>
        new HttpResponse(null, {
          status: 302,
          headers: { Location: 'https://reportsweu.office.com/data/v1.0/download?token=x' },
        }),
    ),
    http.get(
      'https://reportsweu.office.com/data/v1.0/download',
      () => new HttpResponse(csv, { headers: { 'Content-Type': 'application/octet-stream' } }),
    ),
  ])
  const ours = await viaMsw(graphHandlers(fake))
  console.log(
    `MSW in-process, 302 + download of the ${fake.tenant().userCount}-user Detail CSV (${(csv.length / 1e3).toFixed(0)} kB):`,
  )
  console.log(
    `  bare MSW handlers  ${bareMsw.perRequest.toFixed(2)} ms/request   1.00×   heap after 300: ${(bareMsw.retained / 1e6).toFixed(1)} MB`,
  )
  console.log(
    `  graphHandlers      ${ours.perRequest.toFixed(2)} ms/request   ${ratio(ours.perRequest, bareMsw.perRequest)}   heap after 300: ${(ours.retained / 1e6).toFixed(1)} MB`,
  )
}
process.exit(0)
