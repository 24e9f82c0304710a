import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type Browser, chromium } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'

/** A file the page server answers: its content type, its body, and any headers of its own. */
export type PageFile = readonly [type: string, body: string | Uint8Array, headers?: Record<string, string>]

export interface PageServer {
  readonly origin: string
  close(): void
}

/** Serves a fixed set of files on loopback, for pages that run MSW's worker. */
export async function startPageServer(files: Record<string, PageFile>): Promise<PageServer> {
  const server: Server = createServer((request, response) => {
    const file = files[request.url ?? '']
    if (!file) return void response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
    const [type, body, headers] = file
    response.writeHead(200, { 'Content-Type': type, ...headers }).end(body)
  }).listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }
}

/** Debian's headless Chromium, with the flags this machine's closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** Opens `url`, waits for `window[name]`, calls it and returns what it resolves to. */
export async function callOnPage<T>(browser: Browser, url: string, name: string): Promise<T> {
  const page = await browser.newPage()
  try {
    await page.goto(url)
    await page.waitForFunction((fn) => fn in window, name)
    return (await page.evaluate((fn) => (window as unknown as Record<string, () => Promise<T>>)[fn]?.(), name)) as T
  } finally {
    await page.close()
  }
}
