import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { Writable } from 'node:stream'
import { createFakeGraph } from '@fake-graph/core'
import { ALL_REPORTS } from '@fake-graph/reports'
import { generateTenant, type Tenant, type TenantUser } from '@fake-graph/tenant'
import { Presets, SingleBar } from 'cli-progress'
import { Command } from 'commander'
import { CliError } from './cli-error'
import { instant, integer, tenantFile } from './cli-values'
import { downloadReport } from './download-report'
import { reportUrl } from './report-url'

/** Below this many users a report is written at once, with no progress bar. */
const LARGE = 20_000

export function generateCommand(): Command {
  return new Command('generate')
    .description('Write a report to a file or standard output, as the fake serves it, without a server')
    .requiredOption(
      '--report <name>',
      `a function (${ALL_REPORTS.filter((r) => !r.view)
        .map((r) => r.name)
        .join(', ')}) or Office365ActiveUsers`,
    )
    .option('--view <view>', 'the legacy view: Detail, Users or Services')
    .option('--period <period>', 'D7, D30, D90 or D180 (default D7); D28 and ALL for the Copilot reports')
    .option('--date <YYYY-MM-DD>', 'one day (Detail reports only)')
    .option('--seed <seed>', 'seed of the generated tenant', integer('--seed', 0), 42)
    .option('--users <count>', 'users in the generated tenant', integer('--users', 0, 10_000_000), 250)
    .option('--now <iso>', 'the clock reading to report from (default: now)', instant('--now'))
    .option('--tenant <file.json>', 'a scenario tenant instead of a generated one')
    .option('--format <format>', 'csv or json (the beta JSON of the report functions)', 'csv')
    .option('--conceal-names', 'conceal user names')
    .option('--out <file>', 'write here instead of standard output')
    .action(async (flags) => {
      if (flags.format !== 'csv' && flags.format !== 'json')
        throw new CliError(`--format must be csv or json, got "${flags.format}"`)
      if (flags.format === 'json' && /office365activeusers$/i.test(flags.report))
        throw new CliError(`${flags.report} has no JSON form (the legacy form predates $format)`)
      const now: Date = flags.now ?? new Date()
      // One pass over the users: derived as the report needs them, with progress as it goes.
      const base = flags.tenant
        ? tenantFile(flags.tenant)(now)
        : generateTenant({ seed: flags.seed, users: flags.users, now, lazy: true })
      const bar =
        base.userCount >= LARGE
          ? new SingleBar({ stream: process.stderr, etaBuffer: 50 }, Presets.shades_classic)
          : undefined
      // The same fake `serve` runs, with this tenant: the same checks, errors and bytes.
      const fake = createFakeGraph({
        now,
        tenant: withProgress(base, (done) => bar?.update(done)),
        concealNames: flags.concealNames ?? false,
      })
      bar?.start(base.userCount, 0)
      try {
        await write(await downloadReport(fake, reportUrl(flags)), flags.out)
        bar?.update(base.userCount)
      } finally {
        bar?.stop()
      }
    })
}

/**
 * Writes the report to a file, or to standard output. A file that cannot be opened or written
 * (a missing directory, a full disk) is one line; a reader that closes standard output early
 * (`| head`) has all it wanted, and the command ends quietly.
 */
async function write(body: ReadableStream<Uint8Array>, out?: string): Promise<void> {
  const where = out === undefined ? 'standard output' : `--out ${out}`
  const failed = (error: NodeJS.ErrnoException) => new CliError(`cannot write ${where}: ${error.code ?? error.message}`)
  let sink: NodeJS.WritableStream = process.stdout
  if (out !== undefined) {
    const file = createWriteStream(out)
    await once(file, 'open').catch((error) => {
      throw failed(error)
    })
    sink = file
  }
  try {
    await body.pipeTo(Writable.toWeb(sink as Writable) as WritableStream<Uint8Array>, {
      preventClose: out === undefined,
    })
  } catch (error) {
    if (out === undefined && (error as NodeJS.ErrnoException).code === 'EPIPE') return
    throw failed(error as NodeJS.ErrnoException)
  }
}

/** The same tenant, reporting how many users each pass has read so far. */
function withProgress(tenant: Tenant, report: (done: number) => void): Tenant {
  return {
    ...tenant,
    userCount: tenant.userCount,
    users: function* (from = 0): Generator<TenantUser> {
      let done = from
      for (const user of tenant.users(from)) {
        if (++done % 1000 === 0) report(done)
        yield user
      }
    },
  }
}
