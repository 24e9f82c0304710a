// The foundation's figures, each beside its baseline from the same run (machines here are shared
// and noisy, so the ratios are what count). Every task runs in a child process of its own so
// that peak RSS belongs to that task alone.
//
//   pnpm bench:foundation            # all tasks, 100k and 1M users
//   pnpm bench:foundation --quick    # 10k and 100k users, for a smoke run
//   pnpm bench:foundation --families # only the usage families' Details and every function's 302
//   pnpm bench:foundation --families --family getMailboxUsageDetail,getOneDriveUsageAccountDetail  # only these Details, and the 302s
//   pnpm bench:foundation --families --runs 5   # each figure the median of 5 interleaved runs, with their range
//   pnpm bench:foundation --huge-details        # every Detail of a lazy 1,000,000-user tenant to a file: time and peak RSS
import './built'
import { execFileSync } from 'node:child_process'
import { createWriteStream, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { createFakeGraph, redirectingPath } from '@fake-graph/core'
import {
  ALL_REPORTS,
  type AnyReportDefinition,
  CURRENT_REPORTS,
  csvLines,
  office365ActiveUserDetail,
  quoteCsv,
  type ReportRequest,
  renderCsv,
  reportSlug,
} from '@fake-graph/reports'
import { generateTenant } from '@fake-graph/tenant'
import { faker as fakerEN_US } from '@faker-js/faker/locale/en_US'
import { stringify } from 'csv-stringify/sync'

const now = new Date('2026-11-27T00:00:00Z')
const quick = process.argv.includes('--quick')
const TENANT = quick ? 10_000 : 100_000
const HUGE = quick ? 100_000 : 1_000_000

type Result = Record<string, number>
const tasks: Record<string, () => Promise<Result> | Result> = {
  /** Our generator: held tenant of TENANT users. */
  generate() {
    const start = performance.now()
    const tenant = generateTenant({ seed: 1, users: TENANT, now, lazy: false })
    return { seconds: (performance.now() - start) / 1000, users: tenant.userCount }
  },
  /** Baseline: faker's own cost per user (re-seeded per user, as lazy derivation would need). */
  faker() {
    const users = Math.min(TENANT, 20_000)
    const start = performance.now()
    for (let i = 0; i < users; i++) {
      fakerEN_US.seed(i)
      fakerEN_US.person.firstName()
      fakerEN_US.person.lastName()
      fakerEN_US.string.uuid()
    }
    return { seconds: (performance.now() - start) / 1000, users }
  },
  /** Detail CSV of a held TENANT-user tenant, streamed and drained. */
  stream: () => firstRender(office365ActiveUserDetail),
  /** The 302 of every current function, in-process, interleaved, against the active-user Detail's. */
  async redirects() {
    const fake = createFakeGraph({ seed: 1, users: 1000, now: now.toISOString() })
    const headers = { Authorization: 'Bearer bench' }
    /** µs of one 302 of `name`. */
    const timeOf = async (name: string) => {
      const request = new Request(`https://graph.microsoft.com${redirectingPath(name, "period='D7'")}`, { headers })
      const start = performance.now()
      const response = await fake.fetch(request)
      const micros = (performance.now() - start) * 1000
      if (response.status !== 302) throw new Error(`${name} answered ${response.status}`)
      return micros
    }
    const baseline = office365ActiveUserDetail.name
    const warm = 200
    const calls = 2_000
    const result: Result = {}
    // Each function's calls alternate with the baseline's, one for one, the first of each pair in
    // turn, so that the machine's drift falls on both alike; and the medians are compared, since
    // the garbage collections that land on a few calls would decide a sum. Batches of one
    // function's calls, then another's, read ±30% between the same path measured twice.
    const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1] as number
    for (const { name } of CURRENT_REPORTS) {
      const own: number[] = []
      const base: number[] = []
      for (let i = 0; i < warm + calls; i++) {
        const first = i % 2 === 0
        const a = await timeOf(first ? name : baseline)
        const b = await timeOf(first ? baseline : name)
        if (i < warm) continue
        own.push(first ? a : b)
        base.push(first ? b : a)
      }
      const typical = median(own)
      result[name] = typical
      result[`${name} ratio`] = typical / median(base)
    }
    return result
  },
  /** Baseline: the same number of bytes streamed from a prebuilt buffer in 64 KiB chunks. */
  prebuilt: () => prebuiltRender(office365ActiveUserDetail),
  /** Detail CSV of a lazy HUGE-user tenant, piped to a file. */
  huge: () => hugeRender(office365ActiveUserDetail),
  /** The Detail named by BENCH_REPORT, of a lazy HUGE-user tenant over 180 days, piped to a file. */
  hugeDetail: () => hugeRender(benchReport()),
  /** Baseline: the same-sized file written from one reused 64 KiB buffer. */
  async hugeBaseline() {
    const target = Number(process.env.BENCH_BYTES)
    const file = join(tmpdir(), `fake-graph-bench-${process.pid}.csv`)
    const chunk = new Uint8Array(65_536).fill(0x41)
    const start = performance.now()
    let written = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (written >= target) return controller.close()
        written += chunk.length
        controller.enqueue(chunk)
      },
    })
    await stream.pipeTo(Writable.toWeb(createWriteStream(file)))
    rmSync(file)
    return { seconds: (performance.now() - start) / 1000, bytes: written }
  },
  /** Why the CSV quoting is hand-written: csv-stringify against quoteCsv on the same rows. */
  quoting() {
    const tenant = generateTenant({ seed: 1, users: 20_000, now, lazy: false })
    const lines = [...csvLines(office365ActiveUserDetail, { tenant, selection: { period: 180 } })]
    const rows = lines.slice(1).map((line) => line.trimEnd().split(','))
    let start = performance.now()
    let library = 0
    for (let i = 0; i < rows.length; i += 256)
      library += stringify(rows.slice(i, i + 256), { record_delimiter: 'windows' }).length
    const librarySeconds = (performance.now() - start) / 1000
    start = performance.now()
    let ours = 0
    for (const row of rows) ours += `${row.map(quoteCsv).join(',')}\r\n`.length
    return { librarySeconds, oursSeconds: (performance.now() - start) / 1000, bytes: ours, libraryBytes: library }
  },
  /** The Detail named by BENCH_REPORT (a usage family's largest), first render. */
  familyStream: () => firstRender(benchReport()),
  /** Its baseline: the same bytes from a prebuilt buffer. */
  familyPrebuilt: () => prebuiltRender(benchReport()),
  /** A split of familyStream: the same rows, walked and dropped, with no CSV written. */
  familyRows: () => rowsOnly(benchReport()),
  /** The other half: the same rows worked out before the clock starts, then written as CSV. */
  familyCsv: () => csvOnly(benchReport()),
}

/** The Detail BENCH_REPORT names by its slug. */
function benchReport(): AnyReportDefinition {
  const report = ALL_REPORTS.find((definition) => reportSlug(definition) === process.env.BENCH_REPORT)
  if (!report) throw new Error(`Failed to bench "${process.env.BENCH_REPORT}": no such report`)
  return report
}

/** Each family's largest Detail, by slug: the ones issue 14's 150 MB/s target is measured on. */
const FAMILY_DETAILS = [
  'getEmailActivityUserDetail',
  'getTeamsUserActivityUserDetail',
  'getYammerActivityUserDetail',
  'getYammerDeviceUsageUserDetail',
  'getSkypeForBusinessActivityUserDetail',
  'getM365AppUserDetail',
  'getEmailAppUsageUserDetail',
  'getOffice365ActivationsUserDetail',
  'getMicrosoft365CopilotUsageUserDetail-v2',
  'getSkypeForBusinessDeviceUsageUserDetail',
  'getMailboxUsageDetail',
  'getOffice365GroupsActivityDetail',
  'getTeamsTeamActivityDetail',
  'getYammerGroupsActivityDetail',
  'getOneDriveUsageAccountDetail',
  'getSharePointSiteUsageDetail',
]

/** What the family tasks render: 180 days of a held TENANT-user tenant, built before the clock starts. */
function heldRequest(): ReportRequest {
  return { tenant: generateTenant({ seed: 1, users: TENANT, now, lazy: false }), selection: { period: 180 } }
}

/** A Detail's CSV over 180 days of a lazy HUGE-user tenant, piped to a file as a download is written. */
async function hugeRender(definition: AnyReportDefinition): Promise<Result> {
  const tenant = generateTenant({ seed: 1, users: HUGE, now })
  const file = join(tmpdir(), `fake-graph-bench-${process.pid}.csv`)
  try {
    const start = performance.now()
    await renderCsv(definition, { tenant, selection: { period: 180 } }).pipeTo(Writable.toWeb(createWriteStream(file)))
    const seconds = (performance.now() - start) / 1000
    return { seconds, bytes: statSync(file).size }
  } finally {
    rmSync(file, { force: true })
  }
}

/** A Detail's CSV over 180 days of a held TENANT-user tenant, streamed and drained, first render. */
async function firstRender(definition: AnyReportDefinition): Promise<Result> {
  const request = heldRequest()
  const start = performance.now()
  let bytes = 0
  for await (const chunk of renderCsv(definition, request)) bytes += chunk.length
  return { seconds: (performance.now() - start) / 1000, bytes }
}

/**
 * The rows of a first render and nothing else: what share of familyStream the tenant's facts
 * take, and so how much any faster CSV writer could win at most.
 */
function rowsOnly(definition: AnyReportDefinition): Result {
  const request = heldRequest()
  const start = performance.now()
  let rows = 0
  // A symbol is the walk's IDLE between rows.
  for (const row of definition.rows(request)) if (typeof row !== 'symbol') rows++
  return { seconds: (performance.now() - start) / 1000, rows }
}

/**
 * The CSV of rows already worked out, first render of the writer: what familyStream would reach
 * were the rows free, so the ceiling of any faster tenant.
 */
async function csvOnly(definition: AnyReportDefinition): Promise<Result> {
  const request = heldRequest()
  const rows = [...definition.rows(request)].filter((row) => typeof row !== 'symbol')
  const held = { ...definition, rows: () => rows } as AnyReportDefinition
  const start = performance.now()
  let bytes = 0
  for await (const chunk of renderCsv(held, request)) bytes += chunk.length
  return { seconds: (performance.now() - start) / 1000, bytes }
}

/** The same bytes streamed from a prebuilt buffer in 64 KiB chunks. */
async function prebuiltRender(definition: AnyReportDefinition): Promise<Result> {
  const text = [...csvLines(definition, heldRequest())].join('')
  const buffer = new TextEncoder().encode(text)
  const start = performance.now()
  let bytes = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (bytes >= buffer.length) return controller.close()
      const chunk = buffer.subarray(bytes, bytes + 65_536)
      bytes += chunk.length
      controller.enqueue(chunk)
    },
  })
  let read = 0
  for await (const chunk of stream) read += chunk.length
  return { seconds: (performance.now() - start) / 1000, bytes: read }
}

const task = process.env.BENCH_TASK
if (task) {
  const result = await (tasks[task] as () => Promise<Result>)()
  process.stdout.write(JSON.stringify({ ...result, peakRssMb: process.resourceUsage().maxRSS / 1024 }))
} else {
  const run = (name: string, env: Record<string, string> = {}, nodeFlags: string[] = []): Result =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [...nodeFlags, ...process.execArgv, import.meta.filename, ...process.argv.slice(2)],
        {
          env: { ...process.env, BENCH_TASK: name, ...env },
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        },
      ),
    )
  const mbps = (r: Result) => (r.bytes as number) / 1e6 / (r.seconds as number)
  const fmt = (n: number, digits = 2) => n.toFixed(digits)

  // `--family <slug>` measures that family's Detail alone, where a full run would hold a shared machine for long.
  // --family a,b benches only those Details: a family's own figures, without the others' runs.
  const only = process.argv.includes('--family')
    ? process.argv[process.argv.indexOf('--family') + 1]?.split(',')
    : undefined
  // --runs N interleaves N fresh-process runs of each task and reports the median run, with the range.
  const runs = process.argv.includes('--runs') ? Number(process.argv[process.argv.indexOf('--runs') + 1]) : 1
  if (!Number.isInteger(runs) || runs < 1) {
    console.error('fake-graph bench: --runs takes a whole number of runs, 1 or more')
    process.exit(2)
  }
  /** Of several runs, the one of median time. */
  const median = (results: Result[]): Result =>
    [...results].sort((a, b) => (a.seconds as number) - (b.seconds as number))[Math.floor(results.length / 2)] as Result
  const range = (results: Result[]) =>
    runs === 1
      ? ''
      : ` (${fmt(Math.min(...results.map(mbps)), 0)}–${fmt(Math.max(...results.map(mbps)), 0)} over ${runs} runs)`
  const families = () => {
    for (const name of FAMILY_DETAILS.filter((slug) => only === undefined || only.includes(slug))) {
      const all: Record<'active' | 'stream' | 'prebuilt' | 'rows' | 'csv', Result[]> = {
        active: [],
        stream: [],
        prebuilt: [],
        rows: [],
        csv: [],
      }
      for (let i = 0; i < runs; i++) {
        // The active-user Detail again, beside each: the load of a shared machine drifts over a run.
        all.active.push(run('stream'))
        all.stream.push(run('familyStream', { BENCH_REPORT: name }))
        all.prebuilt.push(run('familyPrebuilt', { BENCH_REPORT: name }))
        all.rows.push(run('familyRows', { BENCH_REPORT: name }))
        all.csv.push(run('familyCsv', { BENCH_REPORT: name }))
      }
      const [active, stream, prebuilt, rows, csv] = [all.active, all.stream, all.prebuilt, all.rows, all.csv].map(
        median,
      ) as [Result, Result, Result, Result, Result]
      console.log(
        `${name} CSV, ${TENANT} users (${fmt((stream.bytes as number) / 1e6, 1)} MB), first render: ${fmt(mbps(stream), 0)} MB/s${range(all.stream)}, peak RSS ${fmt(stream.peakRssMb as number, 0)} MB`,
      )
      console.log(
        `  prebuilt buffer, same bytes: ${fmt(mbps(prebuilt), 0)} MB/s  (ours/prebuilt = ${fmt(mbps(stream) / mbps(prebuilt), 3)}×; / active-user Detail = ${fmt(mbps(stream) / mbps(active), 3)}×)`,
      )
      console.log(
        `  rows alone, no CSV: ${fmt(rows.seconds as number, 3)} s of ${fmt(stream.seconds as number, 3)} s  (share ${fmt((rows.seconds as number) / (stream.seconds as number), 3)})`,
      )
      console.log(
        `  CSV alone, rows worked out before: ${fmt(mbps(csv), 0)} MB/s${range(all.csv)}  (the ceiling were the rows free; / first render = ${fmt(mbps(csv) / mbps(stream), 2)}×)`,
      )
      // Shorter rows make fewer bytes of the same work: the cost per user compares the walks themselves.
      // The ratio is each run's against the active-user Detail's run just before it, then their
      // median: a ratio of two medians paired runs from different minutes of a drifting machine.
      const perUser = (r: Result) => ((r.seconds as number) / TENANT) * 1e6
      const ratios = all.stream.map((r, i) => (r.seconds as number) / ((all.active[i] as Result).seconds as number))
      const ratio = [...ratios].sort((a, b) => a - b)[Math.floor(runs / 2)] as number
      const ratioRange = runs === 1 ? '' : `, ${fmt(Math.min(...ratios))}–${fmt(Math.max(...ratios))} over ${runs} runs`
      console.log(
        `  per user: ${fmt(perUser(stream))} µs, active-user Detail ${fmt(perUser(active))} µs  (ratio ${fmt(ratio, 3)}×${ratioRange})`,
      )
    }
  }
  /** Every function's 302, and its cost beside the active-user Detail's. */
  const printRedirects = () => {
    const redirects = run('redirects')
    for (const { name } of CURRENT_REPORTS)
      console.log(
        `  302 of ${name}: ${fmt(redirects[name] as number, 1)} µs  (/ getOffice365ActiveUserDetail's beside it = ${fmt(redirects[`${name} ratio`] as number, 3)}×)`,
      )
  }
  if (process.argv.includes('--huge-details')) {
    // Issue 14: every Detail of a 1,000,000-user tenant streams to a file under 1 GB of RSS.
    for (const definition of ALL_REPORTS.filter((report) => /Detail/.test(reportSlug(report)))) {
      const slug = reportSlug(definition)
      const result = run('hugeDetail', { BENCH_REPORT: slug })
      console.log(
        `${slug}, ${HUGE} users to a file (${fmt((result.bytes as number) / 1e6, 0)} MB): ${fmt(result.seconds as number, 1)} s, ${fmt(mbps(result), 0)} MB/s, peak RSS ${fmt(result.peakRssMb as number, 0)} MB`,
      )
    }
    process.exit(0)
  }
  if (process.argv.includes('--families')) {
    families()
    printRedirects()
    process.exit(0)
  }

  const generate = run('generate')
  const faker = run('faker')
  const ourPerUser = ((generate.seconds as number) / TENANT) * 1e6
  const fakerPerUser = ((faker.seconds as number) / (faker.users as number)) * 1e6
  console.log(
    `generate ${TENANT} users: ${fmt(generate.seconds as number)} s, peak RSS ${fmt(generate.peakRssMb as number, 0)} MB`,
  )
  console.log(
    `  per user: ours ${fmt(ourPerUser)} µs, faker re-seeded ${fmt(fakerPerUser)} µs  (ours/faker = ${fmt(ourPerUser / fakerPerUser, 3)}×)`,
  )

  const stream = run('stream')
  const prebuilt = run('prebuilt')
  // The same stream where code generation is refused, as under a strict Content-Security-Policy:
  // each line is then written by a loop over the columns instead of a compiled function.
  const looped = run('stream', {}, ['--disallow-code-generation-from-strings'])
  console.log(
    `Detail CSV, ${TENANT} users (${fmt((stream.bytes as number) / 1e6, 1)} MB), first render: ${fmt(mbps(stream), 0)} MB/s`,
  )
  console.log(
    `  prebuilt buffer, same bytes: ${fmt(mbps(prebuilt), 0)} MB/s  (ours/prebuilt = ${fmt(mbps(stream) / mbps(prebuilt), 3)}×)`,
  )
  console.log(
    `  lines looped, not compiled: ${fmt(mbps(looped), 0)} MB/s  (compiled/looped = ${fmt(mbps(stream) / mbps(looped), 2)}×)`,
  )

  printRedirects()

  const huge = run('huge')
  const hugeBaseline = run('hugeBaseline', { BENCH_BYTES: String(huge.bytes) })
  console.log(
    `Detail CSV, ${HUGE} users to a file (${fmt((huge.bytes as number) / 1e6, 0)} MB): ${fmt(huge.seconds as number, 1)} s, ${fmt(mbps(huge), 0)} MB/s, peak RSS ${fmt(huge.peakRssMb as number, 0)} MB`,
  )
  console.log(
    `  same bytes from one buffer: ${fmt(mbps(hugeBaseline), 0)} MB/s, peak RSS ${fmt(hugeBaseline.peakRssMb as number, 0)} MB`,
  )

  const quoting = run('quoting')
  const rate = (seconds: number) => (quoting.bytes as number) / 1e6 / seconds
  console.log(
    `CSV quoting, ${fmt((quoting.bytes as number) / 1e6, 1)} MB of Detail rows: quoteCsv ${fmt(rate(quoting.oursSeconds as number), 0)} MB/s, csv-stringify ${fmt(rate(quoting.librarySeconds as number), 0)} MB/s`,
  )

  families()
}
