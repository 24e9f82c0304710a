/**
 * Which answer a request gets, and on which of the fake's two origins it arrived. The only
 * place that knows the fake's paths: the server, the MSW handlers and the core all ask it.
 */
export type Route =
  | { readonly origin: 'download'; readonly to: 'download'; readonly token?: string }
  | { readonly origin: 'graph'; readonly to: 'identity'; readonly tenant: string; readonly endpoint: IdentityEndpoint }
  | { readonly origin: 'graph'; readonly to: 'settings'; readonly version: string }
  /** Every other path on the Graph origin is planned as a report call, and Graph's errors refuse the rest. */
  | { readonly origin: 'graph'; readonly to: 'report' }

export type IdentityEndpoint = 'oauth2/v2.0/token' | 'v2.0/.well-known/openid-configuration' | 'discovery/v2.0/keys'

/** The identity platform's paths, under `/{tenant}` on the Graph origin (auth mode `signed`). */
const IDENTITY_PATH =
  /^\/([^/]+)\/(oauth2\/v2\.0\/token|v2\.0\/\.well-known\/openid-configuration|discovery\/v2\.0\/keys)$/
const SETTINGS_PATH = /^\/(v1\.0|beta)\/admin\/reportSettings$/i
const REPORTS_PATH = /^\/(v1\.0|beta)\/reports\//i
const DOWNLOAD_PATH = /^\/data\/download\/([^/]+)$/
const REPORT: Route = { origin: 'graph', to: 'report' }

export interface Router {
  /** The route of a URL on one of the fake's origins; undefined for any other host. */
  route(url: URL): Route | undefined
  /**
   * The origin of a request the fake answers itself. Under MSW every other request passes
   * through, so a client's own handlers for the rest of Graph keep working beside the fake's.
   */
  serves(url: URL): Route['origin'] | undefined
}

/**
 * Origins are told apart by host (and port), not scheme: a server behind TLS termination sees
 * `http` where clients wrote `https`. When both origins share a host, as in a Pact verification,
 * downloads are the `/data/` paths.
 */
export function createRouter(graphBaseUrl: string, downloadBaseUrl: string): Router {
  const graph = new URL(graphBaseUrl).host
  const download = new URL(downloadBaseUrl).host
  const shared = graph === download
  const route = (url: URL): Route | undefined => {
    const { host, pathname } = url
    if (host === download && (!shared || pathname.startsWith('/data/'))) {
      return { origin: 'download', to: 'download', token: DOWNLOAD_PATH.exec(pathname)?.[1] }
    }
    if (host !== graph) return undefined
    const identity = IDENTITY_PATH.exec(pathname)
    if (identity)
      return {
        origin: 'graph',
        to: 'identity',
        tenant: identity[1] as string,
        endpoint: identity[2] as IdentityEndpoint,
      }
    const settings = SETTINGS_PATH.exec(pathname)
    return settings ? { origin: 'graph', to: 'settings', version: settings[1] as string } : REPORT
  }
  return {
    route,
    serves(url) {
      const found = route(url)
      if (found?.to === 'report' && !REPORTS_PATH.test(url.pathname)) return undefined
      return found?.origin
    },
  }
}
