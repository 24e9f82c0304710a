import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { createFakeGraph, type FakeGraphOptions, frozenClock } from '@fake-graph/core'
import { graphHandlers } from '@fake-graph/msw'
import { type RunningServer, startServer } from '@fake-graph/server'
import { Client, GraphError, ResponseType } from '@microsoft/microsoft-graph-client'
import { parse } from 'csv-parse/sync'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTlsCertificate, type TlsCertificate } from '../packages/cli/src/tls-certificate'
import { DETAIL_D7, NOW, TOKEN, textOf, useFakeServer } from './support/fake-server'
import { sdkWithBearer } from './support/sdk-with-bearer'

const run = promisify(execFile)
const NODE_CLIENTS = new URL('./support/node-clients.ts', import.meta.url).pathname

/** Each link form: the call that issues it, the link's shape, and the report's header. */
const FORMS = {
  current: {
    path: DETAIL_D7,
    link: /\/data\/v1\.0\/download\?token=[\w-]+\.[\w-]+\.[\w-]{43}$/,
    header: '\uFEFFReport Refresh Date,User Principal Name,Display Name,Is Deleted,',
  },
  seed: {
    path: "/beta/reports/Office365ActiveUsers(view='Detail',period='D7')/content",
    link: /\/data\/download\/[\w-]+\.[\w-]{43}$/,
    header: '\uFEFFData as of,User principal name,DisplayName,Deleted,',
  },
}

describe.each(['http', 'https'] as const)('real HTTP clients against the running server, over %s', (scheme) => {
  let server: RunningServer
  let certificate: TlsCertificate | undefined
  beforeAll(async () => {
    certificate = scheme === 'https' ? await createTlsCertificate('127.0.0.1') : undefined
    server = await startServer({
      port: 0,
      downloadPort: 0,
      tls: certificate,
      fake: { clock: frozenClock(NOW), users: 60 },
    })
  }, 30_000)
  afterAll(async () => {
    await server?.close()
  })
  const trust = () => ({ ...process.env, ...(certificate ? { NODE_EXTRA_CA_CERTS: certificate.file } : {}) })

  describe.each(Object.entries(FORMS))('%s link form', (_, { path, link, header }) => {
    const url = () => `${server.graphUrl}${path}`
    const expectReport = (text: string) => {
      expect(text.startsWith(header)).toBe(true)
      expect(text.split('\r\n').length).toBeGreaterThan(10)
    }

    it('Node fetch (followed, and by hand), the Graph JS SDK and Kiota follow the 302 without the token', async () => {
      server.fake.journal.clear()
      const { stdout } = await run(
        process.execPath,
        ['--import', 'tsx', NODE_CLIENTS, server.graphUrl, path, TOKEN.Authorization],
        {
          env: trust(),
        },
      )
      const results = JSON.parse(stdout)
      expect(Object.keys(results)).toEqual(['fetch', 'fetch, manual', 'Graph JS SDK', 'Kiota'])
      for (const [client, result] of Object.entries<{ header: string; lines: number }>(results)) {
        expect(result.header.startsWith(header), client).toBe(true)
        expect(result.lines, client).toBeGreaterThan(10)
      }
      expect(results.fetch).toMatchObject({ status: 200, url: expect.stringMatching(link) })
      expect(results.fetch.url.startsWith(`${server.downloadUrl}/data/`)).toBe(true)
      expect(server.downloadUrl.startsWith(`${scheme}://`)).toBe(true)
      expect(results['fetch, manual']).toMatchObject({ status: 200, location: expect.stringMatching(link) })
      const downloads = server.fake.journal.entries().filter((entry) => entry.origin === 'download')
      expect(downloads.map((entry) => [entry.status, entry.tokenLeak])).toEqual([
        [200, false],
        [200, false],
        [200, false],
        [200, false],
      ])
    }, 30_000)

    it('curl -L', async () => {
      const ca = certificate ? ['--cacert', certificate.file] : []
      const { stdout } = await run('curl', ['-sS', '-L', ...ca, '-H', `Authorization: ${TOKEN.Authorization}`, url()], {
        encoding: 'buffer',
      })
      expectReport(textOf(stdout))
    })

    it('wget, which forwards the token to the download host (recorded as a leak)', async () => {
      server.fake.journal.clear()
      const ca = certificate ? [`--ca-certificate=${certificate.file}`] : []
      const { stdout } = await run(
        'wget',
        ['-q', ...ca, '-O', '-', '--header', `Authorization: ${TOKEN.Authorization}`, url()],
        { encoding: 'buffer' },
      )
      expectReport(textOf(stdout))
      const download = server.fake.journal.entries().find((entry) => entry.origin === 'download')
      expect(download).toMatchObject({ status: 200, tokenLeak: true })
      expect(download?.url).toMatch(link)
    })

    it("python3's urllib", async () => {
      const script = [
        'import ssl, sys, urllib.request',
        'context = ssl.create_default_context(cafile=sys.argv[3] or None)',
        'request = urllib.request.Request(sys.argv[1], headers={"Authorization": sys.argv[2]})',
        'sys.stdout.buffer.write(urllib.request.urlopen(request, context=context).read())',
      ].join('\n')
      const { stdout } = await run('python3', ['-c', script, url(), TOKEN.Authorization, certificate?.file ?? ''], {
        encoding: 'buffer',
      })
      expectReport(textOf(stdout))
    })
  })
})

describe('the Graph JS SDK in-process', () => {
  const fake = useFakeServer()

  const sdkClient = () => sdkWithBearer(fake.server.graphUrl, TOKEN.Authorization)

  it('parses our error bodies as Graph errors', async () => {
    const call = sdkClient().api("/reports/getOffice365ActiveUserCounts(period='D8')").version('v1.0').get()
    const error: GraphError = await call.then(
      () => expect.fail('no error'),
      (caught) => caught,
    )
    expect(error).toBeInstanceOf(GraphError)
    expect(error.statusCode).toBe(400)
    expect(error.code).toBe('InvalidArgument')
    expect(error.message).toMatch(/^Invalid period value specified: D8\./)
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(error.date).toBeInstanceOf(Date)
  })
})

describe('the SDK, unchanged, against MSW on the real host names', () => {
  it.each(Object.entries(FORMS))(
    '%s link form: sends its token to Graph, drops it on the cross-origin redirect, and reads the CSV',
    async (_, { path, link, header }) => {
      const fake = createFakeGraph({ now: NOW, users: 30 })
      const server = setupServer(...graphHandlers(fake))
      server.listen({ onUnhandledRequest: 'error' })
      try {
        const client = Client.init({ authProvider: (done) => done(null, 'sdk-token') })
        const body: ArrayBuffer = await client
          .api(path.replace(/^\/(v1\.0|beta)/, ''))
          .version(path.split('/')[1] as string)
          .responseType(ResponseType.ARRAYBUFFER)
          .get()
        const text = textOf(new Uint8Array(body))
        expect(text.startsWith(header)).toBe(true)
        expect(text.split('\r\n').length).toBeGreaterThan(10)
        const [report, download] = fake.journal.entries()
        expect(report).toMatchObject({ origin: 'graph', status: 302 })
        expect(download).toMatchObject({ origin: 'download', status: 200, tokenLeak: false })
        expect(download?.url.startsWith('https://reportsweu.office.com/data/')).toBe(true)
        expect(download?.url).toMatch(link)
      } finally {
        server.close()
      }
    },
  )
})

/**
 * The Graph JS SDK, unchanged, against a 60-user fake under MSW: `read` follows a report's 302
 * and parses the CSV by header, as a client script would.
 */
function sdkReader(options: FakeGraphOptions = {}) {
  const fake = createFakeGraph({ now: NOW, users: 60, seed: 11, ...options })
  const server = setupServer(...graphHandlers(fake))
  server.listen({ onUnhandledRequest: 'error' })
  const client = Client.init({ authProvider: (done) => done(null, 'sdk-token') })
  const read = async (path: string) => {
    const body: ArrayBuffer = await client.api(path).responseType(ResponseType.ARRAYBUFFER).get()
    return parse(textOf(new Uint8Array(body)), { bom: true, columns: true }) as Record<string, string>[]
  }
  return { fake, server, read }
}

describe('the SDK, unchanged, reads the email activity family from the same tenant', () => {
  it('lists the active-users Detail users, with their Exchange last activity', async () => {
    const { fake, server, read } = sdkReader()
    try {
      const email = await read("/reports/getEmailActivityUserDetail(period='D30')")
      const active = await read("/reports/getOffice365ActiveUserDetail(period='D30')")
      expect(email.length).toBeGreaterThan(40)
      expect(email.map((row) => row['User Principal Name'])).toEqual(active.map((row) => row['User Principal Name']))
      expect(email.map((row) => row['Last Activity Date'])).toEqual(
        active.map((row) => row['Exchange Last Activity Date']),
      )
      expect(email.some((row) => Number(row['Read Count']) > 0)).toBe(true)
      expect(new Set(email.map((row) => row['Report Period']))).toEqual(new Set(['30']))
      const downloads = fake.journal.entries().filter((entry) => entry.origin === 'download')
      expect(downloads.map((entry) => entry.tokenLeak)).toEqual([false, false])
    } finally {
      server.close()
    }
  })
})

describe('the SDK, unchanged, reads the OneDrive and SharePoint activity families from the same tenant', () => {
  it.each([
    ['getOneDriveActivityUserDetail', 'OneDrive', 'Viewed Or Edited File Count'],
    ['getSharePointActivityUserDetail', 'SharePoint', 'Visited Page Count'],
  ])('%s lists the active-users Detail users, with their %s last activity', async (report, label, column) => {
    const { fake, server, read } = sdkReader()
    try {
      const detail = await read(`/reports/${report}(period='D30')`)
      const active = await read("/reports/getOffice365ActiveUserDetail(period='D30')")
      expect(detail.length).toBeGreaterThan(40)
      expect(detail.map((row) => row['User Principal Name'])).toEqual(active.map((row) => row['User Principal Name']))
      expect(detail.map((row) => row['Last Activity Date'])).toEqual(
        active.map((row) => row[`${label} Last Activity Date`]),
      )
      expect(detail.some((row) => Number(row[column]) > 0)).toBe(true)
      expect(Object.keys(detail[0] ?? {})).not.toContain('Display Name')
      const downloads = fake.journal.entries().filter((entry) => entry.origin === 'download')
      expect(downloads.map((entry) => entry.tokenLeak)).toEqual([false, false])
    } finally {
      server.close()
    }
  })
})

describe('the SDK, unchanged, reads the Teams families from the same tenant', () => {
  it('getTeamsUserActivityUserDetail and getTeamsDeviceUsageUserDetail list the active-users Detail users, with their Teams last activity', async () => {
    const { fake, server, read } = sdkReader()
    try {
      const activity = await read("/reports/getTeamsUserActivityUserDetail(period='D30')")
      const devices = await read("/reports/getTeamsDeviceUsageUserDetail(period='D30')")
      const active = await read("/reports/getOffice365ActiveUserDetail(period='D30')")
      expect(activity.length).toBeGreaterThan(40)
      for (const detail of [activity, devices]) {
        expect(detail.map((row) => row['User Principal Name'])).toEqual(active.map((row) => row['User Principal Name']))
        expect(detail.map((row) => row['Last Activity Date'])).toEqual(
          active.map((row) => row['Teams Last Activity Date']),
        )
      }
      expect(activity.some((row) => Number(row['Meeting Count']) > 0)).toBe(true)
      expect(activity.some((row) => /^PT\d+H/.test(row['Audio Duration'] ?? ''))).toBe(true)
      expect(new Set(devices.map((row) => row['Used Windows']))).toEqual(new Set(['Yes', 'No']))
      const downloads = fake.journal.entries().filter((entry) => entry.origin === 'download')
      expect(downloads.map((entry) => entry.tokenLeak)).toEqual([false, false, false])
    } finally {
      server.close()
    }
  })
  it('reads the Teams Detail the same, by name, in the order of Graph’s reference (columnOrder under MSW)', async () => {
    const path = "/reports/getTeamsUserActivityUserDetail(period='D7')"
    const observed = sdkReader()
    const rows = await observed.read(path).finally(() => observed.server.close())
    const documented = sdkReader({ columnOrder: 'documented' })
    try {
      const reordered = await documented.read(path)
      expect(Object.keys(reordered[0] ?? {}).slice(0, 3)).toEqual([
        'Report Refresh Date',
        'Tenant Display Name',
        'Shared Channel Tenant Display Names',
      ])
      expect(Object.keys(rows[0] ?? {}).slice(0, 3)).toEqual(['Report Refresh Date', 'User Id', 'User Principal Name'])
      expect(reordered).toEqual(rows)
    } finally {
      documented.server.close()
    }
  })
})

describe('the SDK, unchanged, reads the Copilot reports from the same tenant', () => {
  it('reads the v1.0 CSV answered without a 302, and the summary agrees with the Detail', async () => {
    const { fake, server, read } = sdkReader()
    try {
      const detail = await read("/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D30')")
      const active = await read("/reports/getOffice365ActiveUserDetail(period='D30')")
      const licensed = active.filter(
        (row) => row['Is Deleted'] === 'False' && row['Assigned Products']?.includes('MICROSOFT 365 COPILOT'),
      )
      expect(detail.length).toBeGreaterThan(0)
      expect(detail.map((row) => row['User Principal Name'])).toEqual(licensed.map((row) => row['User Principal Name']))
      const [summary] = await read("/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='D30')")
      expect(Number(summary?.['Any App Enabled Users'])).toBe(detail.length)
      // The Copilot answers come straight back: no download was asked for them.
      const copilot = fake.journal.entries().filter((entry) => entry.function?.startsWith('getMicrosoft365Copilot'))
      expect(copilot.map((entry) => entry.status)).toEqual([200, 200])
      expect(fake.journal.entries().filter((entry) => entry.origin === 'download')).toHaveLength(1)
    } finally {
      server.close()
    }
  })
})

describe('the SDK, unchanged, reads the Viva Engage and Skype for Business families from the same tenant', () => {
  it.each([
    ['getYammerActivityUserDetail', 'Yammer', 'User State'],
    ['getYammerDeviceUsageUserDetail', 'Yammer', 'Used Web'],
    ['getSkypeForBusinessActivityUserDetail', 'Skype For Business', 'Total Peer-to-peer Session Count'],
  ])('%s lists the active-users Detail users, with their %s last activity', async (report, label, column) => {
    const { fake, server, read } = sdkReader()
    try {
      const detail = await read(`/reports/${report}(period='D180')`)
      const active = await read("/reports/getOffice365ActiveUserDetail(period='D180')")
      expect(detail.length).toBeGreaterThan(40)
      expect(detail.map((row) => row['User Principal Name'])).toEqual(active.map((row) => row['User Principal Name']))
      expect(detail.map((row) => row['Last Activity Date'])).toEqual(
        active.map((row) => row[`${label} Last Activity Date`]),
      )
      expect(detail.every((row) => (row[column] ?? '') !== '')).toBe(true)
      const downloads = fake.journal.entries().filter((entry) => entry.origin === 'download')
      expect(downloads.map((entry) => entry.tokenLeak)).toEqual([false, false])
    } finally {
      server.close()
    }
  })
})

describe('the SDK, unchanged, reads the Microsoft 365 Apps, activations and email app usage families from the same tenant', () => {
  it('reads the apps Detail as CSV and as v1.0 JSON, and the activations called bare', async () => {
    const { fake, server, read } = sdkReader()
    try {
      const apps = await read("/reports/getM365AppUserDetail(period='D30')")
      expect(apps.length).toBeGreaterThan(20)
      expect(apps.some((row) => row['Teams (Windows)'] === 'Yes')).toBe(true)
      const client = Client.init({ authProvider: (done) => done(null, 'sdk-token') })
      const page = await client
        .api("/reports/getM365AppUserDetail(period='D30')")
        .query({ $format: 'application/json' })
        .get()
      expect(page.value.map((item: { userPrincipalName: string }) => item.userPrincipalName)).toEqual(
        apps.map((row) => row['User Principal Name']),
      )
      expect(page.value[0].details[0].reportPeriod).toBe(30)
      const activations = await read('/reports/getOffice365ActivationsUserDetail')
      const suites = new Map(
        activations
          .filter((row) => row['Product Type']?.startsWith('MICROSOFT 365 APPS'))
          .map((row) => [row['User Principal Name'], row['Last Activated Date']]),
      )
      for (const row of apps) expect(row['Last Activation Date']).toBe(suites.get(row['User Principal Name']) ?? '')
      const mail = await read("/reports/getEmailAppUsageUserDetail(period='D30')")
      const active = await read("/reports/getOffice365ActiveUserDetail(period='D30')")
      expect(mail.map((row) => row['Last Activity Date'])).toEqual(
        active.map((row) => row['Exchange Last Activity Date']),
      )
      expect(mail.some((row) => row['Outlook For Windows'] === 'ProPlus')).toBe(true)
      const downloads = fake.journal.entries().filter((entry) => entry.origin === 'download')
      expect(downloads.map((entry) => entry.tokenLeak)).toEqual([false, false, false, false])
    } finally {
      server.close()
    }
  })
})

describe('the SDK, unchanged, reads the rest of Skype for Business from the same tenant', () => {
  it('reads the device Detail beside the active users, and the modality counts beside the activity Detail', async () => {
    const { fake, server, read } = sdkReader()
    const total = (rows: Record<string, string>[], column: string) =>
      rows.reduce((sum, row) => sum + Number(row[column] || 0), 0)
    try {
      const devices = await read("/reports/getSkypeForBusinessDeviceUsageUserDetail(period='D180')")
      const active = await read("/reports/getOffice365ActiveUserDetail(period='D180')")
      expect(devices.map((row) => row['User Principal Name'])).toEqual(active.map((row) => row['User Principal Name']))
      expect(devices.map((row) => row['Last Activity Date'])).toEqual(
        active.map((row) => row['Skype For Business Last Activity Date']),
      )
      expect(devices.some((row) => row['Used Windows'] === 'Yes')).toBe(true)
      const detail = await read("/reports/getSkypeForBusinessActivityUserDetail(period='D180')")
      const peer = await read("/reports/getSkypeForBusinessPeerToPeerActivityCounts(period='D180')")
      expect(peer).toHaveLength(180)
      expect(total(peer, 'IM')).toBe(total(detail, 'Peer-to-peer IM Count'))
      expect(total(peer, 'IM')).toBeGreaterThan(0)
      const minutes = await read("/reports/getSkypeForBusinessOrganizerActivityMinuteCounts(period='D180')")
      expect(total(minutes, 'Audio/Video')).toBe(total(detail, 'Organized Conference Audio/Video Minutes'))
      const downloads = fake.journal.entries().filter((entry) => entry.origin === 'download')
      expect(downloads.map((entry) => entry.tokenLeak)).toEqual([false, false, false, false, false])
    } finally {
      server.close()
    }
  })
})

describe('the SDK, unchanged, reads the beta-only Teams totals from the same tenant', () => {
  it('reads the period’s sums on beta beside the Detail, and meets v1.0’s refusal as a Graph error', async () => {
    const { fake, server, read } = sdkReader()
    const client = Client.init({ authProvider: (done) => done(null, 'sdk-token') })
    try {
      const detail = await read("/reports/getTeamsUserActivityUserDetail(period='D30')")
      const body: ArrayBuffer = await client
        .api("/reports/getTeamsUserActivityTotalDistributionCounts(period='D30')")
        .version('beta')
        .responseType(ResponseType.ARRAYBUFFER)
        .get()
      const [totals, ...more] = parse(textOf(new Uint8Array(body)), { bom: true, columns: true }) as Record<
        string,
        string
      >[]
      expect(more).toEqual([])
      const sum = (column: string) => detail.reduce((total, row) => total + Number(row[column]), 0)
      expect(Number(totals?.['Private Chat Messages'])).toBe(sum('Private Chat Message Count'))
      expect(Number(totals?.Meetings)).toBe(sum('Meeting Count'))
      expect(sum('Meeting Count')).toBeGreaterThan(0)
      const refused: GraphError = await client
        .api("/reports/getTeamsUserActivityTotalDistributionCounts(period='D30')")
        .version('v1.0')
        .get()
        .then(
          () => expect.fail('v1.0 served a beta-only function'),
          (caught) => caught,
        )
      expect(refused).toBeInstanceOf(GraphError)
      expect([refused.statusCode, refused.code, refused.message]).toEqual([
        400,
        'BadRequest',
        "Resource not found for the segment 'getTeamsUserActivityTotalDistributionCounts'.",
      ])
      const downloads = fake.journal.entries().filter((entry) => entry.origin === 'download')
      expect(downloads.map((entry) => entry.tokenLeak)).toEqual([false, false])
    } finally {
      server.close()
    }
  })
})

describe('the SDK, unchanged, reads the mailbox usage family from the same tenant', () => {
  it('reads the Detail as CSV and beta JSON, the Exchange licensees with their Exchange last activity, and the storage their sum', async () => {
    const { fake, server, read } = sdkReader()
    try {
      const mailboxes = await read("/reports/getMailboxUsageDetail(period='D30')")
      const active = await read("/reports/getOffice365ActiveUserDetail(period='D30')")
      const licensed = active.filter((row) => row['Has Exchange License'] === 'True')
      expect(mailboxes.length).toBeGreaterThan(40)
      expect(mailboxes.map((row) => row['User Principal Name'])).toEqual(
        licensed.map((row) => row['User Principal Name']),
      )
      expect(mailboxes.map((row) => row['Last Activity Date'])).toEqual(
        licensed.map((row) => row['Exchange Last Activity Date']),
      )
      const [today] = await read("/reports/getMailboxUsageStorage(period='D7')")
      const alive = mailboxes.filter((row) => row['Is Deleted'] === 'False')
      expect(Number(today?.['Storage Used (Byte)'])).toBe(
        alive.reduce((sum, row) => sum + Number(row['Storage Used (Byte)']), 0),
      )
      const beta = Client.init({
        authProvider: (done) => done(null, 'sdk-token'),
        defaultVersion: 'beta',
      })
      const page = await beta
        .api("/reports/getMailboxUsageDetail(period='D30')")
        .query({ $format: 'application/json' })
        .get()
      expect(page.value.slice(0, 3).map((item: { storageUsedInBytes: number }) => item.storageUsedInBytes)).toEqual(
        mailboxes.slice(0, 3).map((row) => Number(row['Storage Used (Byte)'])),
      )
      const v1 = Client.init({ authProvider: (done) => done(null, 'sdk-token') })
      await expect(v1.api('/reports/getMailboxUsageDetail(date=2026-11-20)').get()).rejects.toMatchObject({
        statusCode: 400,
        code: 'BadRequest',
      })
      const downloads = fake.journal.entries().filter((entry) => entry.origin === 'download')
      expect(downloads.map((entry) => entry.tokenLeak)).toEqual([false, false, false])
    } finally {
      server.close()
    }
  })
})

describe('the SDK, unchanged, reads the Copilot reports for every period at once', () => {
  it("reads period='ALL' as the CSV of each period in turn and as the beta JSON nested per period", async () => {
    const { server, read } = sdkReader()
    try {
      const all = await read("/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='ALL')")
      expect(all.map((row) => row['Report Period'])).toEqual(['7', '30', '90', '180'])
      const [d90] = await read("/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='D90')")
      expect(all[2]).toEqual(d90)
      const beta = Client.init({ authProvider: (done) => done(null, 'sdk-token'), defaultVersion: 'beta' })
      const page = await beta.api("/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='ALL')").get()
      const detail = await read("/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D7')")
      expect(page.value.map((item: { userPrincipalName: string }) => item.userPrincipalName)).toEqual(
        detail.map((row) => row['User Principal Name']),
      )
      for (const item of page.value)
        expect(item.copilotActivityUserDetailsByPeriod).toEqual([
          { reportPeriod: 7 },
          { reportPeriod: 30 },
          { reportPeriod: 90 },
          { reportPeriod: 180 },
        ])
      const [trend] = (await beta.api("/copilot/reports/getMicrosoft365CopilotUserCountTrend(period='D7')").get()).value
      expect(trend.reportPeriod).toBe(7)
      expect(trend.adoptionByDate).toHaveLength(7)
    } finally {
      server.close()
    }
  })
})

describe('the SDK, unchanged, reads the Groups, Teams team and Engage groups families from the same tenant', () => {
  it('reads the Groups Detail, owners among the tenant’s users, and each team and community among its groups', async () => {
    const { fake, server, read } = sdkReader({ users: 240 })
    try {
      const groups = await read("/reports/getOffice365GroupsActivityDetail(period='D30')")
      const active = await read("/reports/getOffice365ActiveUserDetail(period='D30')")
      expect(groups.length).toBe(21)
      expect(groups[0]?.['Group Display Name']).toBe('All Company')
      const users = new Set(active.map((row) => row['User Principal Name']))
      expect(groups.filter((row) => users.has(row['Owner Principal Name'])).length).toBeGreaterThan(16)
      expect(groups.every((row) => /^[0-9a-f-]{36}$/.test(row['Group Id'] ?? ''))).toBe(true)
      const byId = new Map(groups.map((row) => [row['Group Id'], row]))
      const teams = await read("/reports/getTeamsTeamActivityDetail(period='D30')")
      expect(teams.length).toBeGreaterThan(5)
      for (const team of teams) {
        const group = byId.get(team['Team Id']) as Record<string, string>
        expect(team['Team Name']).toBe(group['Group Display Name'])
        expect(Number(team['Active Users'])).toBeLessThanOrEqual(Number(group['Member Count']))
      }
      const engage = await read("/reports/getYammerGroupsActivityDetail(period='D30')")
      const byName = new Map(groups.map((row) => [row['Group Display Name'], row]))
      for (const community of engage)
        expect(community['Posted Count']).toBe(
          byName.get(community['Group Display Name'])?.['Yammer Posted Message Count'],
        )
      const client = Client.init({ authProvider: (done) => done(null, 'sdk-token') })
      const page = await client
        .api("/reports/getTeamsTeamActivityDetail(period='D7')")
        .version('beta')
        .query({ $format: 'application/json' })
        .get()
      expect(page.value[0].details[0].reportPeriod).toBe(7)
      const downloads = fake.journal.entries().filter((entry) => entry.origin === 'download')
      expect(downloads.map((entry) => entry.tokenLeak)).toEqual([false, false, false, false])
    } finally {
      server.close()
    }
  })
})

describe('the SDK, unchanged, reads the OneDrive and SharePoint site usage families from the same tenant', () => {
  it('reads each OneDrive with its owner’s OneDrive last activity, and beta’s site header beside v1.0’s', async () => {
    const { fake, server, read } = sdkReader()
    try {
      const accounts = await read("/reports/getOneDriveUsageAccountDetail(period='D30')")
      const active = await read("/reports/getOffice365ActiveUserDetail(period='D30')")
      const lastOneDrive = new Map(
        active.map((row) => [row['User Principal Name'], row['OneDrive Last Activity Date']]),
      )
      expect(accounts.length).toBeGreaterThan(40)
      for (const account of accounts)
        expect(account['Last Activity Date']).toBe(lastOneDrive.get(account['Owner Principal Name']))
      const storage = await read("/reports/getOneDriveUsageStorage(period='D30')")
      // The refresh date's storage is the OneDrives still there: a deleted owner's is gone that day.
      const kept = accounts.filter((row) => row['Is Deleted'] === 'False')
      expect(kept.length).toBeLessThan(accounts.length)
      const total = kept.reduce((sum, row) => sum + Number(row['Storage Used (Byte)']), 0)
      expect(Number(storage[0]?.['Storage Used (Byte)'])).toBe(total)
      const v1 = await read("/reports/getSharePointSiteUsageDetail(period='D7')")
      const client = Client.init({ authProvider: (done) => done(null, 'sdk-token') })
      const body: ArrayBuffer = await client
        .api("/reports/getSharePointSiteUsageDetail(period='D7')")
        .version('beta')
        .responseType(ResponseType.ARRAYBUFFER)
        .get()
      const beta = parse(textOf(new Uint8Array(body)), { bom: true, columns: true }) as Record<string, string>[]
      expect(Object.keys(v1[0] ?? {})).toHaveLength(15)
      expect(Object.keys(beta[0] ?? {})).toHaveLength(23)
      expect(beta.map((row) => row['Site URL'])).toEqual(v1.map((row) => row['Site URL']))
      expect(v1.some((row) => row['Root Web Template'] === 'Group')).toBe(true)
      const downloads = fake.journal.entries().filter((entry) => entry.origin === 'download')
      expect(downloads.map((entry) => entry.tokenLeak)).toEqual([false, false, false, false, false])
    } finally {
      server.close()
    }
  })
})
