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

/**
 * Express apps for the fake's two origins, for users who mount the fake in their own server.
 * They never listen by themselves.
 */
export interface CreateAppOptions {
  /** When set, `/_admin` (but its health check) requires `Authorization: Bearer <adminToken>`. */
  adminToken?: string
  /**
   * Without a token, `/_admin` answers only requests whose Host is an IP address, `localhost` or
   * one of these names, so that no page in a browser can reach it by DNS rebinding.
   */
  adminHosts?: readonly string[]
}

export function createApp(fake: FakeGraph, options: CreateAppOptions = {}): FakeGraphApps {
  const api = express()
  api.disable('x-powered-by')
  api.use('/_admin', adminRouter(fake, { adminToken: options.adminToken, hosts: options.adminHosts }))
  const graph = toNodeListener((request) => fake.fetch(request, 'graph'))
  api.use((request, response) => void graph(request, response))

  const download = express()
  download.disable('x-powered-by')
  const downloads = toNodeListener((request) => fake.fetch(request, 'download'))
  download.use((request, response) => void downloads(request, response))
  return { api, download }
}
