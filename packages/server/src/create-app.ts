import type { FakeGraph } from '@fake-graph/core'
import express, { type Express } from 'express'
import { adminRouter } from './admin-router'
import { toNodeListener } from './fetch-listener'

export interface FakeGraphApps {
  /** The Graph origin: the report functions and the admin API. */
  readonly api: Express
  /** The download origin, where the 302s point. */
  readonly download: Express
}

export interface CreateAppOptions {
  /** When set, `/_admin` (but its health check) requires `Authorization: Bearer <adminToken>`. */
  adminToken?: string
  /**
   * Without a token, `/_admin` answers only requests whose Host is an IP address, `localhost` or
   * one of these names, so that no page in a browser can reach it by DNS rebinding.
   */
  adminHosts?: readonly string[]
}

/**
 * Express apps for the fake's two origins: the Graph origin with the admin API under `/_admin`,
 * and the download origin. Mount them on the hosts the fake's `graphBaseUrl` and
 * `downloadBaseUrl` name; they never listen by themselves.
 *
 * @example
 * const fake = createFakeGraph({ graphBaseUrl: 'http://localhost:4000', downloadBaseUrl: 'http://localhost:4001' })
 * const { api, download } = createApp(fake)
 * api.listen(4000)
 * download.listen(4001)
 */
export function createApp(fake: FakeGraph, options: CreateAppOptions = {}): FakeGraphApps {
  const api = adminApp(fake, options)
  const graph = toNodeListener(fake.fetch, { origin: fake.options.graphBaseUrl })
  api.use((request, response) => void graph(request, response))

  const download = express()
  download.disable('x-powered-by')
  const downloads = toNodeListener(fake.fetch, { origin: fake.options.downloadBaseUrl })
  download.use((request, response) => void downloads(request, response))
  return { api, download }
}

/** An express app serving the admin API under `/_admin`, and nothing else. */
export function adminApp(fake: FakeGraph, options: CreateAppOptions = {}): Express {
  const app = express()
  app.disable('x-powered-by')
  app.use('/_admin', adminRouter(fake, { adminToken: options.adminToken, hosts: options.adminHosts }))
  return app
}
