import { isIP } from 'node:net'
import type { RequestHandler } from 'express'
import { adminError } from './admin-error'

/**
 * Answers only requests whose Host names this server: an IP address, `localhost`, or one of
 * `names`. An admin API without a token is otherwise open to any page in the user's browser
 * whose domain resolves to 127.0.0.1 (DNS rebinding): its requests carry that domain as Host.
 */
export function hostGuard(names: readonly string[]): RequestHandler {
  const allowed = new Set(['localhost', ...names.map((name) => name.toLowerCase())])
  return (request, response, next) => {
    const name = hostName(request.headers.host ?? '')
    if (isIP(name) !== 0 || allowed.has(name)) return next()
    adminError(response, 403, 'the admin API answers only to the names it serves: an IP address, or localhost')
  }
}

/** The name in a Host header, without the port and, for IPv6, without the brackets. */
function hostName(host: string): string {
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']')).toLowerCase()
  const colon = host.lastIndexOf(':')
  return (colon < 0 ? host : host.slice(0, colon)).toLowerCase()
}
