import { once } from 'node:events'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createFakeGraph,
  type FakeGraph,
  type FakeGraphOptions,
  type JournalEntry,
  redirectingPath,
} from '@fake-graph/core'
import { type NodeListener, toNodeListener } from '@fake-graph/server'
import { replay, splitRedirects } from './pact-replay'
import { downloadLinkState, REPORT_SCHEMAS } from './report-schemas'

export type StateHandler = (
  fake: FakeGraph,
  baseUrl: string,
  params?: Record<string, unknown>,
) => Promise<Record<string, unknown> | undefined>

export interface VerifyPactsOptions {
  /** Consumer pact files to verify. */
  pactFiles?: string[]
  /** A Pact Broker to take the provider's latest pacts from, besides or instead of files. */
  pactBrokerUrl?: string
  /** The provider's name in the pacts (default microsoft-graph-reports). */
  provider?: string
  /** Options of the fake that plays Graph (its clock, tenant…). */
  fake?: Omit<FakeGraphOptions, 'graphBaseUrl' | 'downloadBaseUrl'>
  /** More provider states, by name; the built-in ones are in `BUILT_IN_STATES`. */
  stateHandlers?: Record<string, StateHandler>
}

export interface VerifyPactsResult {
  readonly ok: boolean
  /** The report calls replayed without following redirects, by description. */
  readonly replayed: readonly string[]
  /** Mismatches of the report calls replayed without following redirects, by interaction. */
  readonly redirectMismatches: Record<string, string[]>
  /** Pact's own report for the other interactions, when it failed. */
  readonly verifierError?: string
  /** What the fake saw, for a closer look. */
  readonly journal: readonly JournalEntry[]
}

const PROVIDER = 'microsoft-graph-reports'

/**
 * The provider's latest pacts from a Pact Broker (its HAL API), written to temporary files, so
 * that report calls can be replayed as for local files.
 */
async function fetchFromBroker(brokerUrl: string, provider: string): Promise<string[]> {
  const base = brokerUrl.replace(/\/+$/, '')
  const get = async (url: string) => {
    const response = await fetch(url, { headers: { Accept: 'application/hal+json' } }).catch((error: Error) => {
      const cause = error.cause as NodeJS.ErrnoException | undefined
      throw new Error(`Failed to reach the Pact Broker at ${url}: ${cause?.code ?? cause?.message ?? error.message}`)
    })
    if (!response.ok) throw new Error(`Failed to read ${url} from the Pact Broker: ${response.status}`)
    return response.json()
  }
  const latest = await get(`${base}/pacts/provider/${encodeURIComponent(provider)}/latest`)
  const links: { href: string }[] = latest._links?.['pb:pacts'] ?? latest._links?.pacts ?? []
  const directory = await mkdtemp(join(tmpdir(), 'fake-graph-broker-'))
  return Promise.all(
    links.map(async (link, index) => {
      const file = join(directory, `pact-${index}.json`)
      await writeFile(file, JSON.stringify(await get(link.href)))
      return file
    }),
  )
}

/**
 * States a report client's pact can name. `a download link…` and `the link has expired` give the
 * interaction a `token` for its download path.
 */
export const BUILT_IN_STATES: Record<string, StateHandler> = {
  'the tenant has seed 42': async (fake) => {
    fake.useTenant({ seed: 42, users: 50 })
    return {}
  },
  'a download link for the Detail report over 7 days': async (fake, baseUrl) => ({
    token: await issueLink(fake, baseUrl),
  }),
  // The token is in the interaction's request; the fake needs nothing more.
  'the token lacks Reports.Read.All': async () => ({}),
  'the link has expired': async (fake, baseUrl) => {
    const token = await issueLink(fake, baseUrl)
    fake.clock.advance((fake.options.linkTtlSeconds + 1) * 1000)
    return { token }
  },
  // One per current function, as `reportDownloadInteraction` names them for a report of its choice.
  ...Object.fromEntries(
    Object.keys(REPORT_SCHEMAS)
      .filter((report) => !report.includes('-'))
      .map((report): [string, StateHandler] => [
        downloadLinkState(report),
        async (fake, baseUrl) => ({ token: await issueLink(fake, baseUrl, report) }),
      ]),
  ),
}

/** A fresh download link for a report over 7 days, as the token of its URL. */
async function issueLink(fake: FakeGraph, baseUrl: string, report = 'getOffice365ActiveUserDetail'): Promise<string> {
  const redirect = await fake.fetch(
    new Request(`${baseUrl}${redirectingPath(report, "period='D7'")}`, {
      headers: { Authorization: 'Bearer state' },
    }),
  )
  return new URL(redirect.headers.get('location') as string).searchParams.get('token') as string
}

/**
 * Verifies consumer pacts against the fake, which plays Microsoft Graph: a pact that expects
 * what Graph would not do (a 200 with the CSV straight from the report URL, say) fails. Needs
 * `@pact-foundation/pact` and `@fake-graph/server` installed beside this package.
 *
 * @example
 * const result = await verifyPactsAgainstFake({ pactFiles: ['pacts/my-client-microsoft-graph-reports.json'] })
 * if (!result.ok) throw new Error(result.verifierError ?? JSON.stringify(result.redirectMismatches))
 */
export async function verifyPactsAgainstFake(options: VerifyPactsOptions): Promise<VerifyPactsResult> {
  const server = createServer((request, response) => void listener?.(request, response))
  let listener: NodeListener | undefined
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  // One origin for both: Pact replays every interaction against a single base URL.
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const fake = createFakeGraph({ ...options.fake, graphBaseUrl: baseUrl, downloadBaseUrl: baseUrl })
  // The server's own bridge, so that the kit answers exactly as `fake-graph serve` does.
  listener = toNodeListener(fake.fetch, { origin: baseUrl })
  const handlers = { ...BUILT_IN_STATES, ...options.stateHandlers }
  const states = Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [
      name,
      async (params?: Record<string, unknown>) => (await handler(fake, baseUrl, params)) ?? {},
    ]),
  )
  try {
    const redirectMismatches: Record<string, string[]> = {}
    const replayed: string[] = []
    const rests: string[] = []
    const files = [
      ...(options.pactFiles ?? []),
      ...(options.pactBrokerUrl ? await fetchFromBroker(options.pactBrokerUrl, options.provider ?? PROVIDER) : []),
    ]
    if (files.length === 0)
      throw new Error('Failed to verify: give pactFiles or a pactBrokerUrl with pacts for the provider')
    for (const file of files) {
      const { rest, redirects } = splitRedirects(file)
      rests.push(rest)
      for (const interaction of redirects) {
        for (const state of interaction.providerStates ?? []) await states[state.name]?.()
        const mismatches = await replay(interaction, baseUrl)
        replayed.push(interaction.description)
        if (mismatches.length > 0) redirectMismatches[interaction.description] = mismatches
      }
    }
    let verifierError: string | undefined
    try {
      // Loaded only here: Pact's native library is large, and nothing else needs it.
      const { Verifier } = await import('@pact-foundation/pact')
      await new Verifier({
        provider: options.provider ?? PROVIDER,
        providerBaseUrl: baseUrl,
        pactUrls: rests,
        logLevel: 'error',
        // pact-js verifies through a proxy of its own: keep the provider's Host, so links point at it.
        changeOrigin: true,
        stateHandlers: states as never,
      }).verifyProvider()
    } catch (error) {
      verifierError = error instanceof Error ? error.message : String(error)
    }
    const ok = Object.keys(redirectMismatches).length === 0 && verifierError === undefined
    return { ok, replayed, redirectMismatches, verifierError, journal: fake.journal.entries() }
  } finally {
    server.close()
  }
}
