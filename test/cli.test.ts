import { execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { NOW, textOf } from './support/fake-server'
import { spawnServe } from './support/spawn-serve'

const BIN = new URL('../packages/cli/bin/fake-graph.mjs', import.meta.url).pathname
const FIXTURES = new URL('../fixtures/', import.meta.url).pathname
const run = promisify(execFile)

/** Runs the CLI to completion, never throwing on a non-zero exit. */
async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { encoding: 'buffer', maxBuffer: 64 << 20 })
    return { code: 0, stdout, stderr: stderr.toString() }
  } catch (error) {
    const failed = error as { code: number; stdout: Buffer; stderr: Buffer }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr.toString() }
  }
}

/** Starts `fake-graph serve` and waits for its banner. */
const serve = (...args: string[]) => spawnServe(args)

describe('fake-graph serve', () => {
  it('prints both origins and a curl that downloads the report, and stops cleanly on SIGTERM', async () => {
    const { child, banner, curl } = await serve('--now', NOW, '--users', '30', '--seed', '42')
    try {
      const graph = /Graph +(http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1]
      expect(banner).toMatch(/Downloads +http:\/\/127\.0\.0\.1:\d+/)
      expect(banner).toContain('30 users, seed 42, data as of 2026-11-25')
      const { stdout } = await run('sh', ['-c', curl], { encoding: 'buffer' })
      expect(textOf(stdout).split('\r\n')[0]).toBe(
        '\uFEFFReport Refresh Date,User Principal Name,Display Name,Is Deleted,Deleted Date,Has Exchange License,Has OneDrive License,Has SharePoint License,Has Skype For Business License,Has Yammer License,Has Teams License,Exchange Last Activity Date,OneDrive Last Activity Date,SharePoint Last Activity Date,Skype For Business Last Activity Date,Yammer Last Activity Date,Teams Last Activity Date,Exchange License Assign Date,OneDrive License Assign Date,SharePoint License Assign Date,Skype For Business License Assign Date,Yammer License Assign Date,Teams License Assign Date,Assigned Products',
      )
      const health = await fetch(`${graph}/_admin/health`)
      expect(health.status).toBe(200)
      expect(await health.json()).toMatchObject({ status: 'ok', users: 30, refreshDate: '2026-11-25' })
    } finally {
      child.kill('SIGTERM')
    }
    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
  })

  it('--tls serves https, and the banner says which certificate to trust', async () => {
    const { child, banner } = await serve('--now', NOW, '--users', '20', '--tls')
    try {
      expect(banner).toMatch(/Graph +https:\/\/127\.0\.0\.1:\d+/)
      const certificate = /trust (\S+\.crt): NODE_EXTRA_CA_CERTS=<file> for Node, curl --cacert <file>/.exec(
        banner,
      )?.[1]
      expect(certificate).toBeDefined()
      const curl = banner
        .split('\n')
        .find((line) => line.trim().startsWith('curl'))
        ?.trim() as string
      expect(curl).toContain(`--cacert ${certificate}`)
      const { stdout } = await run('sh', ['-c', curl], { encoding: 'buffer' })
      expect(textOf(stdout).startsWith('\uFEFFReport Refresh Date,User Principal Name,')).toBe(true)
    } finally {
      child.kill('SIGTERM')
    }
  })

  it('serves a scenario tenant', async () => {
    const { child, banner } = await serve('--now', NOW, '--tenant', join(FIXTURES, 'tenants/contoso-small.json'))
    child.kill('SIGTERM')
    expect(banner).toContain('contoso.onmicrosoft.com, 6 users, scenario')
  })

  it.each([
    [['serve', '--port', 'abc'], '--port must be a whole number from 0 to 65535, got "abc"'],
    [['serve', '--users', '-5'], '--users must be a whole number from 0 to 10000000, got "-5"'],
    [['serve', '--now', 'yesterday'], '--now must be an ISO 8601 instant'],
    [['serve', '--now', '1'], '--now must be an ISO 8601 instant from 1900 to 9999'],
    [['serve', '--held-users', '-1'], '--held-users must be a whole number from 0 to 10000000, got "-1"'],
    [['serve', '--now', '2026-02-30T00:00:00Z'], '--now must be an ISO 8601 instant from 1900 to 9999'],
    [
      ['generate', '--report', 'getOffice365ActiveUserCounts', '--now', '-271821-04-20T00:00:00Z'],
      'got "-271821-04-20T00:00:00Z"',
    ],
    [['generate', '--report', 'getOffice365ActiveUserCounts', '--now', '1899-12-31T23:59:59Z'], 'from 1900 to 9999'],
    [['serve', '--colour'], "unknown option '--colour'"],
    [['serve', '--auth', 'maybe'], '--auth must be any, jwt or signed, got "maybe"'],
    [['serve', '--cors', 'open'], '--cors must be realistic or permissive, got "open"'],
    [['serve', '--column-order', 'sideways'], '--column-order must be observed or documented, got "sideways"'],
    [['serve', '--tenant', '/no/such/file.json'], 'cannot read --tenant /no/such/file.json: ENOENT'],
    [
      ['serve', '--tenant', join(FIXTURES, 'reports/getOffice365ActiveUserCounts/D7.json')],
      'D7.json: organization is required',
    ],
    [
      ['generate', '--report', 'getNothing'],
      "Graph refuses it (400 BadRequest): Resource not found for the segment 'getNothing'.",
    ],
    [
      ['generate', '--report', 'getOffice365ActiveUserCounts', '--period', 'D8'],
      'Graph refuses it (400 InvalidArgument): Invalid period value specified: D8. Supported values are D7, D30, D90, D180.',
    ],
    [
      ['generate', '--report', 'getOffice365ActiveUserCounts', '--period', 'D07'],
      'Invalid period value specified: D07.',
    ],
    [
      ['generate', '--report', 'getOffice365ActiveUserCounts', '--date', '2026-11-20'],
      "Resource not found for the segment 'getOffice365ActiveUserCounts'.",
    ],
    [['generate', '--report', 'Office365ActiveUsers', '--view', 'Detail', '--format', 'json'], 'has no JSON form'],
    // What serve refuses, generate refuses, in the same words: the date window and period with date.
    [
      ['generate', '--report', 'getOffice365ActiveUserDetail', '--date', '2026-10-01', '--now', NOW],
      'Invalid date value specified: 2026-10-01. Only support data for the past 28 days.',
    ],
    [
      ['generate', '--report', 'getOffice365ActiveUserDetail', '--period', 'D7', '--date', '2026-11-20', '--now', NOW],
      "Resource not found for the segment 'getOffice365ActiveUserDetail'.",
    ],
    [['generate', '--report', 'Office365ActiveUsers'], 'The view parameter cannot be null.'],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['verify-pact'], 'give pact files, or --broker <url>'],
    [['verify-pact', '/no/such/pact.json'], 'cannot read pact /no/such/pact.json'],
  ])('fake-graph %j fails with one line and exit code 2', async (args, message) => {
    const result = await cli(...args)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr.startsWith('fake-graph: ')).toBe(true)
  })

  it('refuses a port in use with one line and exit code 2', async () => {
    const taken = createServer().listen(0, '127.0.0.1')
    await once(taken, 'listening')
    const port = String((taken.address() as { port: number }).port)
    try {
      const result = await cli('serve', '--port', port)
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(
        `fake-graph: port ${port} on 127.0.0.1 is already in use (choose another with --port)\n`,
      )
    } finally {
      taken.close()
    }
  })
})

describe('fake-graph generate', () => {
  const golden = ['--seed', '42', '--users', '50', '--now', NOW]

  it.each([
    ['getOffice365ActiveUserDetail', ['--period', 'D7'], 'getOffice365ActiveUserDetail/D7.csv'],
    ['getOffice365ServicesUserCounts', ['--period', 'D90'], 'getOffice365ServicesUserCounts/D90.csv'],
    ['getMicrosoft365CopilotUsageUserDetail', ['--period', 'D30'], 'getMicrosoft365CopilotUsageUserDetail/D30.csv'],
    [
      'getMicrosoft365CopilotUserCountTrend',
      ['--period', 'D7', '--format', 'json'],
      'getMicrosoft365CopilotUserCountTrend/D7.json',
    ],
    [
      'Office365ActiveUsers',
      ['--view', 'Detail', '--date', '2026-11-20'],
      'Office365ActiveUsers-Detail/date-2026-11-20.csv',
    ],
    ['getOffice365ActivationsUserDetail', [], 'getOffice365ActivationsUserDetail/latest.csv'],
    ['getM365AppUserCounts', ['--period', 'D7', '--format', 'json'], 'getM365AppUserCounts/D7.json'],
    ['getM365AppUserDetail', ['--period', 'D30', '--format', 'json'], 'getM365AppUserDetail/D30.json'],
    ['getTeamsUserActivityTotalCounts', ['--period', 'D30'], 'getTeamsUserActivityTotalCounts/D30.csv'],
    [
      'getTeamsUserActivityTotalDistributionCounts',
      ['--period', 'D90', '--format', 'json'],
      'getTeamsUserActivityTotalDistributionCounts/D90.json',
    ],
  ])('writes %s %j to stdout, byte for byte the golden file', async (report, args, file) => {
    const result = await cli('generate', '--report', report, ...args, ...golden)
    expect(result.code).toBe(0)
    expect(Buffer.compare(result.stdout, readFileSync(join(FIXTURES, 'reports', file)))).toBe(0)
  })

  it('writes JSON to a file', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'fake-graph-')), 'counts.json')
    const result = await cli(
      'generate',
      '--report',
      'getOffice365ActiveUserCounts',
      '--period',
      'D30',
      '--format',
      'json',
      '--out',
      out,
      ...golden,
    )
    expect(result.code).toBe(0)
    // Byte for byte what the fake serves the beta JSON client, golden file and all.
    expect(readFileSync(out)).toEqual(readFileSync(join(FIXTURES, 'reports/getOffice365ActiveUserCounts/D30.json')))
    const page = JSON.parse(readFileSync(out, 'utf8'))
    expect(page.value).toHaveLength(30)
    expect(page.value[0]).toMatchObject({
      reportRefreshDate: '2026-11-25',
      reportDate: '2026-11-25',
      reportPeriod: '30',
    })
  })
})

describe('fake-graph generate, a JSON report of more than one page', () => {
  it('joins the pages into one document, every item once, as many as the CSV has rows', async () => {
    const tenant = ['--report', 'getOffice365ActiveUserDetail', '--period', 'D180', '--users', '12000', '--now', NOW]
    const json = JSON.parse((await cli('generate', ...tenant, '--format', 'json')).stdout.toString())
    const csv = (await cli('generate', ...tenant)).stdout.toString().trimEnd().split('\r\n')
    expect(json.value.length).toBeGreaterThan(10_000)
    expect(json.value).toHaveLength(csv.length - 1)
    expect(new Set(json.value.map((item: { userPrincipalName: string }) => item.userPrincipalName)).size).toBe(
      json.value.length,
    )
    expect(json['@odata.context']).toBe(
      'https://graph.microsoft.com/beta/$metadata#Collection(microsoft.graph.office365ActiveUserDetail)',
    )
  }, 60_000)
})

describe('fake-graph verify-pact', () => {
  const examples = new URL('../examples/report-client/', import.meta.url).pathname

  it("passes the example client's own pact", async () => {
    const result = await cli('verify-pact', join(examples, 'pacts/report-client-microsoft-graph-reports.json'))
    expect(result.code).toBe(0)
    expect(result.stdout.toString()).toContain('✓ a request for getOffice365ActiveUserDetail over D7')
    expect(result.stdout.toString()).toContain('1 pact file(s) verified against the fake')
  }, 60_000)

  it('catches a pact that expects a 200 with the CSV instead of the 302, with a readable mismatch', async () => {
    const result = await cli('verify-pact', join(examples, 'pacts-wrong/report-client-expects-200.json'))
    expect(result.code).toBe(1)
    expect(result.stdout.toString()).toContain(
      '✗ the active users report, wrongly expected as a 200 with the CSV\n    expected status 200 but was 302\n    expected header Content-Type to be application/octet-stream but was text/plain',
    )
    expect(result.stdout.toString()).toContain('The pact expects something Microsoft Graph would not do.')
  }, 60_000)
})

describe('fake-graph failures', () => {
  const counts = ['generate', '--report', 'getOffice365ActiveUserCounts', '--now', NOW, '--users', '20']
  const expectOneLine = (result: { code: number; stderr: string }, message: string) => {
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`fake-graph: ${message}\n`)
  }

  it.each([
    ['a missing directory', '/no/such/dir/x.csv', 'ENOENT'],
    ['a directory', tmpdir(), 'EISDIR'],
    ['a full disk', '/dev/full', 'ENOSPC'],
  ])('generate --out to %s is one line and exit code 2', async (_, out, code) => {
    expectOneLine(await cli(...counts, '--out', out), `cannot write --out ${out}: ${code}`)
  })

  it('generate into a pipe closed early ends quietly, with exit code 0', async () => {
    const child = spawn(process.execPath, [
      BIN,
      ...counts.slice(0, -1),
      '300000',
      '--report',
      'getOffice365ActiveUserDetail',
    ])
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    // What `| head -c 10` does: read a little, then close the pipe.
    await once(child.stdout, 'data')
    child.stdout.destroy()
    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
    expect(stderr.replace(/\r?[^\n]*(ETA|█|░)[^\n]*/g, '').trim()).toBe('')
  }, 30_000)

  it('verify-pact of a file that is not JSON is one line and exit code 2', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fake-graph-cli-')), 'broken.json')
    writeFileSync(file, 'not json')
    const result = await cli('verify-pact', file)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(new RegExp(`^fake-graph: cannot read pact ${file}: it is not JSON \\(.+\\)\\n$`))
  })

  it('verify-pact of an unreachable broker is one line and exit code 2', async () => {
    const closed = createServer().listen(0, '127.0.0.1')
    await once(closed, 'listening')
    const port = (closed.address() as { port: number }).port
    closed.close()
    const result = await cli('verify-pact', '--broker', `http://127.0.0.1:${port}`)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      new RegExp(`^fake-graph: cannot reach the Pact Broker at http://127.0.0.1:${port}/\\S+: ECONNREFUSED\\n$`),
    )
  }, 30_000)

  it('fake-graph without a command is one line and exit code 2', async () => {
    expectOneLine(await cli(), 'give a command: serve, generate or verify-pact (fake-graph --help says more)')
  })
})
