import type { IncomingMessage, ServerResponse } from 'node:http'
import { getRequestListener } from '@hono/node-server'

export type FetchFunction = (request: Request) => Promise<Response>
export type NodeListener = (request: IncomingMessage, response: ServerResponse) => Promise<void>

/**
 * Bridges node:http to a Fetch API function, streaming the response body. @hono/node-server's
 * listener does the translation; express's req/res are node:http's, so it serves both.
 */
export function toNodeListener(fetch: FetchFunction): NodeListener {
  // Keep the global Request/Response: MSW may share the process, and the core builds real ones.
  return getRequestListener((request) => fetch(request), { overrideGlobalObjects: false })
}
