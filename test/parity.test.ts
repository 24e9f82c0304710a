import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createFakeGraph, type FakeGraphOptions } from '@fake-graph/core'
import { graphHandlers } from '@fake-graph/msw'
import { createApp, startServer } from '@fake-graph/server'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bytesOf, NOW, textOf } from './support/fake-server'
import { spawnServe } from './support/spawn-serve'
import { bearerJwt } from './support/unsigned-jwt'

/** Every way of serving the fake: a base URL for each origin, and how to stop it. */
interface World {
  readonly name: string
  readonly graphUrl: string
  readonly downloadUrl: string
  close(): Promise<void>
}

// One secret for every world: otherwise each would sign its links with a random one of its own.
const options: FakeGraphOptions = { now: NOW, users: 40, seed: 7, secret: 'parity-secret' }
const jwt = bearerJwt
const token = { Authorization: 'Bearer parity' }

/** A request to send, and how to follow its 302: with `follow`, the download is asked that way. */
interface Case {
  readonly path: string
  readonly headers: Record<string, string>
  readonly method?: string
  readonly body?: string
  readonly follow?: 'GET' | 'HEAD' | 'POST' | 'OPTIONS'
}

const REPORTS: [string, string, Record<string, string>][] = [
  ['Detail D7', "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')", token],
  [
    'counts, namespaced, encoded',
    '/v1.0/reports/microsoft.graph.getOffice365ActiveUserCounts(period=%27D30%27)',
    token,
  ],
  ['services D180 on beta', "/beta/reports/getOffice365ServicesUserCounts(period='D180')", token],
  ['Detail for a date', '/v1.0/reports/getOffice365ActiveUserDetail(date=2026-11-20)', token],
  ['email Detail D30', "/v1.0/reports/getEmailActivityUserDetail(period='D30')", token],
  ['email Detail for a date', '/v1.0/reports/getEmailActivityUserDetail(date=2026-11-20)', token],
  ['email user counts on beta', "/beta/reports/getEmailActivityUserCounts(period='D90')", token],
  [
    'email beta JSON page',
    "/beta/reports/getEmailActivityUserDetail(period='D7')?$format=application/json&$top=3&$skipToken=4",
    token,
  ],
  ['email counts, bad period', "/v1.0/reports/getEmailActivityCounts(period='D28')", token],
  ['OneDrive Detail for a date', '/v1.0/reports/getOneDriveActivityUserDetail(date=2026-11-20)', token],
  [
    'SharePoint user counts, beta JSON',
    "/beta/reports/getSharePointActivityUserCounts(period='D7')?$format=application/json",
    token,
  ],
  [
    'Copilot Detail, v1.0 CSV with 200',
    "/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D30')",
    token,
  ],
  [
    'Copilot trend v2, beta JSON by default',
    "/beta/copilot/reports/getMicrosoft365CopilotUserCountTrend(period='D28',version='v2')",
    token,
  ],
  [
    'Copilot summary, legacy beta CSV through a 302',
    "/beta/reports/getMicrosoft365CopilotUserCountSummary(period='D7')?$format=text/csv",
    token,
  ],
  [
    'Copilot, bad version',
    "/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='D7',version='v9')",
    token,
  ],
  ['Teams user-activity Detail D30', "/v1.0/reports/getTeamsUserActivityUserDetail(period='D30')", token],
  [
    'Teams user-activity counts, beta JSON',
    "/beta/reports/getTeamsUserActivityCounts(period='D7')?$format=application/json",
    token,
  ],
  ['Teams device-usage Detail for a date', '/v1.0/reports/getTeamsDeviceUsageUserDetail(date=2026-11-20)', token],
  ['Teams device distribution', "/v1.0/reports/getTeamsDeviceUsageDistributionUserCounts(period='D90')", token],
  ['Teams counts for a date, refused', '/v1.0/reports/getTeamsUserActivityCounts(date=2026-11-20)', token],
  ['seed form', "/beta/reports/Office365ActiveUsers(view='Detail', period='d7')/content", token],
  ['seed form, first revision', "/beta/reports/Office365ActiveUsers(view='Users',period='D7',date=null)", token],
  [
    'beta JSON page',
    "/beta/reports/getOffice365ActiveUserDetail(period='D30')?$format=application/json&$top=5&$skipToken=5",
    token,
  ],
  [
    'client-request-id',
    "/v1.0/reports/getOffice365ActiveUserCounts(period='D7')",
    { ...token, 'client-request-id': 'parity-1' },
  ],
  ['no token', "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')", {}],
  [
    'expired JWT',
    "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')",
    { Authorization: jwt({ roles: ['Reports.Read.All'], exp: 1 }) },
  ],
  [
    'JWT without the role',
    "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')",
    { Authorization: jwt({ roles: ['Mail.Read'] }) },
  ],
  ['bad period', "/v1.0/reports/getOffice365ActiveUserCounts(period='D8')", token],
  ['JSON on v1.0', "/v1.0/reports/getOffice365ActiveUserCounts(period='D7')?$format=application/json", token],
  ['quoted date', "/v1.0/reports/getOffice365ActiveUserDetail(date='2026-11-20')", token],
  ['unknown function', "/v1.0/reports/getNope(period='D7')", token],
  ['tampered link', '/data/download/eyJ4IjoxfQ.AAAA', {}],
  ['tampered link, current form', '/data/v1.0/download?token=e30.eyJ4IjoxfQ.AAAA', {}],
  ['Engage Detail for a date', '/v1.0/reports/getYammerActivityUserDetail(date=2026-11-20)', token],
  ['Engage counts on beta', "/beta/reports/getYammerActivityCounts(period='D30')", token],
  [
    'Engage device Detail, beta JSON page',
    "/beta/reports/getYammerDeviceUsageUserDetail(period='D7')?$format=application/json&$top=3&$skipToken=4",
    token,
  ],
  ['Engage device distribution D90', "/v1.0/reports/getYammerDeviceUsageDistributionUserCounts(period='D90')", token],
  ['Skype for Business Detail D30', "/v1.0/reports/getSkypeForBusinessActivityUserDetail(period='D30')", token],
  [
    'Skype for Business user counts, beta JSON',
    "/beta/reports/getSkypeForBusinessActivityUserCounts(period='D7')?$format=application/json",
    token,
  ],
  ['Skype for Business counts, a date', '/v1.0/reports/getSkypeForBusinessActivityCounts(date=2026-11-20)', token],
  [
    'Microsoft 365 Apps Detail, v1.0 JSON',
    "/v1.0/reports/getM365AppUserDetail(period='D7')?$format=application/json&$top=4",
    token,
  ],
  ['Microsoft 365 Apps platform counts', "/beta/reports/getM365AppPlatformUserCounts(period='D30')", token],
  ['activations Detail, called bare', '/v1.0/reports/getOffice365ActivationsUserDetail', token],
  [
    'activations user counts, beta JSON',
    '/beta/reports/getOffice365ActivationsUserCounts()?$format=application/json',
    token,
  ],
  ['activations counts with a period', "/v1.0/reports/getOffice365ActivationCounts(period='D7')", token],
  ['email app usage Detail for a date', '/v1.0/reports/getEmailAppUsageUserDetail(date=2026-11-20)', token],
  [
    'email app versions, beta JSON',
    "/beta/reports/getEmailAppUsageVersionsUserCounts(period='D90')?$format=application/json",
    token,
  ],
  ['Skype peer-to-peer counts D30', "/v1.0/reports/getSkypeForBusinessPeerToPeerActivityCounts(period='D30')", token],
  [
    'Skype organizer minutes, beta JSON',
    "/beta/reports/getSkypeForBusinessOrganizerActivityMinuteCounts(period='D90')?$format=application/json",
    token,
  ],
  [
    'Skype participant user counts, a date',
    '/v1.0/reports/getSkypeForBusinessParticipantActivityUserCounts(date=2026-11-20)',
    token,
  ],
  ['Skype device Detail for a date', '/v1.0/reports/getSkypeForBusinessDeviceUsageUserDetail(date=2026-11-20)', token],
  [
    'Skype device Detail, beta JSON page',
    "/beta/reports/getSkypeForBusinessDeviceUsageUserDetail(period='D7')?$format=application/json&$top=3&$skipToken=4",
    token,
  ],
  [
    'Skype device distribution D180',
    "/v1.0/reports/getSkypeForBusinessDeviceUsageDistributionUserCounts(period='D180')",
    token,
  ],
  ['Teams total counts, beta', "/beta/reports/getTeamsUserActivityTotalCounts(period='D30')", token],
  [
    'Teams total distribution, beta JSON',
    "/beta/reports/getTeamsUserActivityTotalDistributionCounts(period='D90')?$format=application/json",
    token,
  ],
  ['Teams device totals on v1.0, refused', "/v1.0/reports/getTeamsDeviceUsageTotalUserCounts(period='D7')", token],
  ['mailbox usage Detail D30', "/v1.0/reports/getMailboxUsageDetail(period='D30')", token],
  [
    'mailbox usage Detail, beta JSON page',
    "/beta/reports/getMailboxUsageDetail(period='D7')?$format=application/json&$top=3&$skipToken=4",
    token,
  ],
  ['mailbox usage Detail for a date, refused', '/v1.0/reports/getMailboxUsageDetail(date=2026-11-20)', token],
  ['mailbox quota states D90', "/v1.0/reports/getMailboxUsageQuotaStatusMailboxCounts(period='D90')", token],
  ['mailbox storage, beta JSON', "/beta/reports/getMailboxUsageStorage(period='D7')?$format=application/json", token],
  ['Copilot Detail, every period', "/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='ALL')", token],
  [
    'Copilot trend, every period, nested beta JSON',
    "/beta/copilot/reports/getMicrosoft365CopilotUserCountTrend(period='ALL',version='v2')",
    token,
  ],
  ['Groups Detail D30', "/v1.0/reports/getOffice365GroupsActivityDetail(period='D30')", token],
  ['Groups Detail for a date', '/v1.0/reports/getOffice365GroupsActivityDetail(date=2026-11-20)', token],
  [
    'Groups Detail, beta JSON page',
    "/beta/reports/getOffice365GroupsActivityDetail(period='D7')?$format=application/json&$top=2&$skipToken=2",
    token,
  ],
  ['Groups storage D90', "/v1.0/reports/getOffice365GroupsActivityStorage(period='D90')", token],
  ['Groups counts, a date', '/v1.0/reports/getOffice365GroupsActivityCounts(date=2026-11-20)', token],
  [
    'Teams team Detail, beta JSON',
    "/beta/reports/getTeamsTeamActivityDetail(period='D7')?$format=application/json",
    token,
  ],
  ['Teams team counts D7', "/v1.0/reports/getTeamsTeamCounts(period='D7')", token],
  ['Engage groups Detail D7', "/v1.0/reports/getYammerGroupsActivityDetail(period='D7')", token],
  ['OneDrive account Detail for a date', '/v1.0/reports/getOneDriveUsageAccountDetail(date=2026-11-20)', token],
  ['OneDrive storage on beta', "/beta/reports/getOneDriveUsageStorage(period='D30')", token],
  ['SharePoint site Detail, v1.0 CSV', "/v1.0/reports/getSharePointSiteUsageDetail(period='D7')", token],
  ['SharePoint site Detail, beta CSV', "/beta/reports/getSharePointSiteUsageDetail(period='D7')", token],
  [
    'SharePoint site Detail, beta JSON page',
    "/beta/reports/getSharePointSiteUsageDetail(period='D30')?$format=application/json&$top=3",
    token,
  ],
  ['SharePoint site counts, a date refused', '/v1.0/reports/getSharePointSiteUsageSiteCounts(date=2026-11-20)', token],
]

const settingsReader = { Authorization: jwt({ roles: ['ReportSettings.Read.All'] }) }
const settingsWriter = {
  Authorization: jwt({ roles: ['ReportSettings.ReadWrite.All'] }),
  'Content-Type': 'application/json',
}
const DETAIL = "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"
const form =
  'grant_type=client_credentials&client_id=fake-graph-client&client_secret=wrong&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default'

/** Every request the core serves: the report functions, report settings, the identity platform and the download. */
const CASES: [string, Case][] = [
  ...REPORTS.map(([name, path, headers]): [string, Case] => [name, { path, headers }]),
  ['report settings', { path: '/v1.0/admin/reportSettings', headers: settingsReader }],
  [
    'report settings changed',
    // Set to what it is, so that every world keeps the same settings for the cases after it.
    {
      path: '/beta/admin/reportSettings',
      method: 'PATCH',
      body: '{"displayConcealedNames":false}',
      headers: settingsWriter,
    },
  ],
  [
    'report settings, without the permission to change them',
    { path: '/v1.0/admin/reportSettings', method: 'PATCH', body: '{}', headers: settingsReader },
  ],
  [
    'report settings, a property that does not exist',
    { path: '/v1.0/admin/reportSettings', method: 'PATCH', body: '{"x":1}', headers: settingsWriter },
  ],
  ['identity: OpenID configuration', { path: '/contoso/v2.0/.well-known/openid-configuration', headers: {} }],
  [
    'identity: token for a wrong secret',
    {
      path: '/contoso/oauth2/v2.0/token',
      method: 'POST',
      body: form,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    },
  ],
  ['identity: token endpoint asked with GET', { path: '/contoso/oauth2/v2.0/token', headers: {} }],
  [
    "a browser's preflight",
    {
      path: DETAIL,
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:5150',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization,sdkversion',
      },
    },
  ],
  ['report asked with DELETE', { path: DETAIL, method: 'DELETE', headers: token }],
  ['download, asked with HEAD', { path: DETAIL, headers: token, follow: 'HEAD' }],
  ['download, asked with OPTIONS', { path: DETAIL, headers: token, follow: 'OPTIONS' }],
  ['download, asked with POST', { path: DETAIL, headers: token, follow: 'POST' }],
  ['download of no link', { path: '/data/download/', headers: {} }],
  ['download of no link, current form', { path: '/data/v1.0/download', headers: {} }],
]

// Per request or per transport, so left out of the comparison.
const VOLATILE = new Set(['request-id', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'])

interface Seen {
  status: number
  headers: Record<string, string>
  body: string
}

/**
 * A current function's link with its token read, so that worlds compare claim by claim: its
 * `cid` names the request that had it issued (this one, or an earlier one in the same second of
 * the frozen clock), its host claims the world's own download origin.
 */
function readableLink(location: string, downloadUrl: string, requestId: string): string {
  return location.replace(/\?token=([\w-]+)\.([\w-]+)\.([\w-]+)$/, (_, header: string, payload: string) => {
    const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString())
    const claims = decode(payload)
    const { hostname, port, protocol } = new URL(downloadUrl)
    const own = (name: string, value: string, placeholder: string) =>
      claims[name] === value ? placeholder : claims[name]
    return `?token=${JSON.stringify({
      header: decode(header),
      ...claims,
      cid:
        claims.cid === requestId.replaceAll('-', '')
          ? '{request-id}'
          : /^[0-9a-f]{32}$/.test(claims.cid)
            ? '{an earlier request-id}'
            : claims.cid,
      req: own('req', hostname, '{download host}'),
      aud: own('aud', hostname, '{download host}'),
      por: own('por', port || (protocol === 'https:' ? '443' : '80'), '{download port}'),
    })}`
  })
}

describe('parity: MSW, startServer, createApp and the CLI give the same answers', () => {
  const worlds: World[] = []
  const msw = setupServer()

  beforeAll(async () => {
    const inMsw = createFakeGraph(options)
    msw.use(...graphHandlers(inMsw))
    msw.listen({ onUnhandledRequest: 'bypass' })
    worlds.push({
      name: 'msw',
      graphUrl: inMsw.options.graphBaseUrl,
      downloadUrl: inMsw.options.downloadBaseUrl,
      close: async () => msw.close(),
    })
    const lean = await startServer({ port: 0, downloadPort: 0, fake: options })
    worlds.push({
      name: 'startServer',
      graphUrl: lean.graphUrl,
      downloadUrl: lean.downloadUrl,
      close: () => lean.close(),
    })
    worlds.push(await expressWorld())
    worlds.push(await cliWorld())
  })
  afterAll(async () => {
    for (const world of worlds) await world.close()
  })

  /** What a world answers, comparable across worlds, and the Location to follow. */
  async function see(world: World, url: string, init: RequestInit): Promise<{ seen: Seen; location?: string }> {
    const response = await fetch(url, { ...init, redirect: 'manual' })
    const requestId = response.headers.get('request-id') ?? '-'
    const normalise = (text: string) =>
      readableLink(text, world.downloadUrl, requestId)
        .replaceAll(world.graphUrl, '{graph}')
        .replaceAll(world.downloadUrl, '{download}')
        .replaceAll(requestId, '{request-id}')
    const kept = [...response.headers].filter(([name]) => !VOLATILE.has(name))
    return {
      seen: {
        status: response.status,
        headers: Object.fromEntries(kept.map(([name, value]) => [name, normalise(value)])),
        body: normalise(textOf(await bytesOf(response))),
      },
      location: response.headers.get('location') ?? undefined,
    }
  }

  it.each(CASES)('%s', async (_, { path, headers, method, body, follow = 'GET' }) => {
    const answers = await Promise.all(
      worlds.map(async (world) => {
        const base = path.startsWith('/data/') ? world.downloadUrl : world.graphUrl
        const { seen: first, location } = await see(world, `${base}${path}`, { headers, method, body })
        return { first, download: location ? (await see(world, location, { method: follow })).seen : undefined }
      }),
    )
    const [reference, ...others] = answers
    for (const [i, answer] of others.entries()) expect(answer, worlds[i + 1]?.name).toEqual(reference)
    // The comparison is only worth something if the reference is what Graph would say.
    expect(reference?.first.status).toBeGreaterThanOrEqual(200)
    if (reference?.download && follow === 'GET') expect(reference.download.status).toBe(200)
  })

  it('covers every way of serving', () => {
    expect(worlds.map((world) => world.name)).toEqual(['msw', 'startServer', 'createApp', 'fake-graph serve'])
  })
})

/** `fake-graph serve` as shipped: the bundle, in its own process, with hono's lightweight globals. */
async function cliWorld(): Promise<World> {
  const args = ['--now', NOW, '--users', String(options.users), '--seed', String(options.seed)]
  const { child, graphUrl, downloadUrl } = await spawnServe(args, { FAKE_GRAPH_SECRET: options.secret as string })
  return {
    name: 'fake-graph serve',
    graphUrl,
    downloadUrl,
    close: async () => {
      child.kill('SIGTERM')
      await once(child, 'exit')
    },
  }
}

/** createApp's two express apps, mounted the way a user mounts them in their own server. */
async function expressWorld(): Promise<World> {
  const servers = [createServer(), createServer()] as const
  for (const server of servers) {
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
  }
  const url = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const [graphUrl, downloadUrl] = servers.map(url) as [string, string]
  const apps = createApp(createFakeGraph({ ...options, graphBaseUrl: graphUrl, downloadBaseUrl: downloadUrl }))
  servers[0].on('request', apps.api)
  servers[1].on('request', apps.download)
  return {
    name: 'createApp',
    graphUrl,
    downloadUrl,
    close: async () => {
      for (const server of servers) server.closeAllConnections()
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
    },
  }
}
