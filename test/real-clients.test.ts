import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { createFakeGraph } from '@fake-graph/core'
import { graphHandlers } from '@fake-graph/msw'
import {
  Client,
  type Context,
  GraphError,
  HTTPMessageHandler,
  type Middleware,
  RedirectHandler,
  RedirectHandlerOptions,
  ResponseType,
} from '@microsoft/microsoft-graph-client'
import { parse } from 'csv-parse/sync'
import { setupServer } from 'msw/node'
import { describe, expect, it } from 'vitest'
import { bytesOf, DETAIL_D7, NOW, TOKEN, textOf, useFakeServer } from './support/fake-server'

const run = promisify(execFile)
const HEADER = 'Report Refresh Date,User Principal Name,Display Name,Is Deleted,'

describe('real HTTP clients against the running server', () => {
  const fake = useFakeServer()
  const url = () => `${fake.server.graphUrl}${DETAIL_D7}`

  it('Node fetch, following the redirect', async () => {
    const response = await fetch(url(), { headers: TOKEN })
    expect(response.status).toBe(200)
    expect(response.redirected).toBe(true)
    expect(response.url.startsWith(`${fake.server.downloadUrl}/data/download/`)).toBe(true)
    expectReport(textOf(await bytesOf(response)))
  })

  it("Node fetch with redirect: 'manual', then the link without a token", async () => {
    const redirect = await fetch(url(), { headers: TOKEN, redirect: 'manual' })
    expect(redirect.status).toBe(302)
    const download = await fetch(redirect.headers.get('location') as string)
    expect(download.status).toBe(200)
    expectReport(textOf(await bytesOf(download)))
  })

  it('curl -L', async () => {
    const { stdout } = await run('curl', ['-sS', '-L', '-H', `Authorization: ${TOKEN.Authorization}`, url()], {
      encoding: 'buffer',
    })
    expectReport(textOf(stdout))
  })

  it('wget, which forwards the token to the download host (recorded as a leak)', async () => {
    fake.server.fake.journal.clear()
    const { stdout } = await run(
      'wget',
      ['-q', '-O', '-', '--header', `Authorization: ${TOKEN.Authorization}`, url()],
      { encoding: 'buffer' },
    )
    expectReport(textOf(stdout))
    const download = fake.server.fake.journal.entries().find((entry) => entry.origin === 'download')
    expect(download?.tokenLeak).toBe(true)
  })

  it("python3's urllib", async () => {
    const script = [
      'import sys, urllib.request',
      'request = urllib.request.Request(sys.argv[1], headers={"Authorization": sys.argv[2]})',
      'sys.stdout.buffer.write(urllib.request.urlopen(request).read())',
    ].join('\n')
    const { stdout } = await run('python3', ['-c', script, url(), TOKEN.Authorization], { encoding: 'buffer' })
    expectReport(textOf(stdout))
  })

  // The SDK adds tokens only for https Graph hosts; against plain http, a custom middleware chain adds it.
  const sdkClient = () => {
    let next: Middleware | undefined
    const bearer: Middleware = {
      async execute(context: Context) {
        context.options = { ...context.options, headers: { ...(context.options?.headers as object), ...TOKEN } }
        await next?.execute(context)
      },
      setNext(middleware: Middleware) {
        next = middleware
      },
    }
    const redirects = new RedirectHandler(new RedirectHandlerOptions())
    next = redirects
    redirects.setNext(new HTTPMessageHandler())
    return Client.initWithMiddleware({ baseUrl: `${fake.server.graphUrl}/`, middleware: bearer })
  }

  it('the Microsoft Graph JavaScript SDK follows the 302 and reads the CSV', async () => {
    const body: ArrayBuffer = await sdkClient()
      .api(DETAIL_D7.replace('/v1.0', ''))
      .version('v1.0')
      .responseType(ResponseType.ARRAYBUFFER)
      .get()
    expectReport(textOf(new Uint8Array(body)))
  })

  it('the SDK parses our error bodies as Graph errors', async () => {
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
  it('sends its token to Graph, drops it on the cross-origin redirect, and reads the CSV', async () => {
    const fake = createFakeGraph({ now: NOW, users: 30 })
    const server = setupServer(...graphHandlers(fake))
    server.listen({ onUnhandledRequest: 'error' })
    try {
      const client = Client.init({ authProvider: (done) => done(null, 'sdk-token') })
      const body: ArrayBuffer = await client
        .api("/reports/getOffice365ActiveUserDetail(period='D7')")
        .responseType(ResponseType.ARRAYBUFFER)
        .get()
      expectReport(textOf(new Uint8Array(body)))
      const [report, download] = fake.journal.entries()
      expect(report).toMatchObject({ origin: 'graph', status: 302 })
      expect(download).toMatchObject({ origin: 'download', status: 200, tokenLeak: false })
    } finally {
      server.close()
    }
  })
})

describe('the SDK, unchanged, reads the email activity family from the same tenant', () => {
  it('lists the active-users Detail users, with their Exchange last activity', async () => {
    const fake = createFakeGraph({ now: NOW, users: 60, seed: 11 })
    const server = setupServer(...graphHandlers(fake))
    server.listen({ onUnhandledRequest: 'error' })
    try {
      const client = Client.init({ authProvider: (done) => done(null, 'sdk-token') })
      const read = async (path: string) => {
        const body: ArrayBuffer = await client.api(path).responseType(ResponseType.ARRAYBUFFER).get()
        return parse(textOf(new Uint8Array(body)), { bom: true, columns: true }) as Record<string, string>[]
      }
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

function expectReport(text: string) {
  expect(text.startsWith(`\uFEFF${HEADER}`)).toBe(true)
  expect(text.split('\r\n').length).toBeGreaterThan(10)
}
