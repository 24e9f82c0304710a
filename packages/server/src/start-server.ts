import { once } from 'node:events'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { createFakeGraph, type FakeGraph, type FakeGraphOptions } from '@fake-graph/core'
import { answerClientError, answerConnect } from './answer-client-error'
import { adminApp, type CreateAppOptions } from './create-app'
import { type NodeListener, type NodeListenerOptions, toNodeListener } from './fetch-listener'
import { isLoopbackAddress } from './loopback'
import { ServerError, type ServerErrorCode } from './server-error'

export interface StartServerOptions {
  host?: string
  /** The Graph origin's port (default 4000; 0 picks a free one). */
  port?: number
  /** The download origin's port (default 4001; 0 picks a free one). */
  downloadPort?: number
  /** Serve both origins over https with this key and certificate (PEM). */
  tls?: { readonly key: string; readonly cert: string }
  /**
   * The bearer token `/_admin` requires. Required unless both ports bound a loopback address (as
   * bound, whatever `host` spells): a random one is made when none is given, and the CLI prints it.
   */
  adminToken?: string
  /** See `NodeListenerOptions`: only for a process that serves nothing else. */
  lightweightGlobals?: boolean
  /** Options of the fake; its base URLs are set from the ports. */
  fake?: Omit<FakeGraphOptions, 'graphBaseUrl' | 'downloadBaseUrl'>
}

export interface RunningServer {
  readonly fake: FakeGraph
  readonly graphUrl: string
  readonly downloadUrl: string
  /** The token the admin API wants, when it listens beyond loopback. */
  readonly adminToken?: string
  /**
   * Stops accepting connections, lets requests in flight finish for up to `graceMs` (default 0),
   * then closes whatever is left.
   */
  close(options?: { graceMs?: number }): Promise<void>
}

/**
 * Listens on two ports, as production does on two hosts. Report and download requests go
 * straight from node:http into the core (decision 0004); only `/_admin` goes through express.
 *
 * @example
 * const server = await startServer({ port: 0, downloadPort: 0, fake: { seed: 42, now: '2026-11-27T00:00:00Z' } })
 * await fetch(`${server.graphUrl}/v1.0/reports/getOffice365ActiveUserDetail(period='D7')`, { headers: { Authorization: 'Bearer x' } })
 * await server.close()
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1'
  // The fake needs its own origins, known only once both ports are bound; until then, nothing routes.
  let routes: Record<'api' | 'download', NodeListener> | undefined
  const make = (route: 'api' | 'download'): Server => {
    const listener = (request: IncomingMessage, response: ServerResponse) => void routes?.[route](request, response)
    return options.tls
      ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, listener)
      : createServer(listener)
  }
  const api = make('api')
  const download = make('download')

  await listen(api, host, options.port ?? 4000, 'graph')
  try {
    await listen(download, host, options.downloadPort ?? 4001, 'download')
  } catch (error) {
    api.close()
    throw error
  }
  const origin = (server: Server) =>
    `${options.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`
  const graphUrl = origin(api)
  const downloadUrl = origin(download)
  const fake = createFakeGraph({ ...options.fake, graphBaseUrl: graphUrl, downloadBaseUrl: downloadUrl })
  for (const [server, origin] of [
    [api, 'graph'],
    [download, 'download'],
  ] as const) {
    server.on('clientError', answerClientError(fake, origin))
    server.on('connect', answerConnect(fake, origin))
  }
  const loopback = [api, download].every((server) => isLoopbackAddress((server.address() as AddressInfo).address))
  const adminToken = options.adminToken ?? (loopback ? undefined : randomToken())
  routes = serverRoutes(fake, { lightweightGlobals: options.lightweightGlobals }, { adminToken, adminHosts: [host] })

  return {
    fake,
    graphUrl,
    downloadUrl,
    adminToken,
    async close({ graceMs = 0 } = {}) {
      const servers = [api, download]
      const closed = Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
      // Idle keep-alive sockets would hold close() open; sockets still answering may finish.
      const sweep = setInterval(() => {
        for (const server of servers) server.closeIdleConnections()
      }, 50)
      for (const server of servers) server.closeIdleConnections()
      const deadline = setTimeout(() => {
        for (const server of servers) server.closeAllConnections()
      }, graceMs)
      await closed
      clearInterval(sweep)
      clearTimeout(deadline)
    },
  }
}

const LISTEN_ERRORS: Record<string, ServerErrorCode> = {
  EADDRINUSE: 'portInUse',
  EADDRNOTAVAIL: 'hostUnavailable',
  ENOTFOUND: 'hostUnavailable',
  EACCES: 'portForbidden',
}

async function listen(server: Server, host: string, port: number, origin: ServerError['origin']): Promise<void> {
  server.listen(port, host)
  try {
    await Promise.race([once(server, 'listening'), once(server, 'error').then(([error]) => Promise.reject(error))])
  } catch (error) {
    const code = LISTEN_ERRORS[(error as NodeJS.ErrnoException).code ?? '']
    throw code ? new ServerError(code, origin, host, port, { cause: error }) : error
  }
}

/**
 * Reports and downloads go straight into the core, each port's requests taken to arrive on its
 * own origin; express only serves the admin API.
 */
function serverRoutes(
  fake: FakeGraph,
  options: NodeListenerOptions,
  admin: CreateAppOptions,
): Record<'api' | 'download', NodeListener> {
  const adminApi = adminApp(fake, admin)
  const graph = toNodeListener(fake.fetch, { ...options, origin: fake.options.graphBaseUrl })
  return {
    api: async (request, response) => {
      if (request.url?.startsWith('/_admin')) adminApi(request, response)
      else await graph(request, response)
    },
    download: toNodeListener(fake.fetch, { ...options, origin: fake.options.downloadBaseUrl }),
  }
}

function randomToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(24)), (byte) => byte.toString(16).padStart(2, '0')).join('')
}
