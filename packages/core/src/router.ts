import { type AnyReportDefinition, findReport, type GraphVersion, homeVersion } from '@fake-graph/reports'

/**
 * Which answer a request gets, and on which of the fake's two origins it arrived. The only
 * place that knows the fake's paths: the server, the MSW handlers and the core all ask it.
 */
export type Route =
  /** Without a link when the path names none. */
  | { readonly origin: 'download'; readonly to: 'download'; readonly link?: DownloadLink }
  | { readonly origin: 'graph'; readonly to: 'identity'; readonly tenant: string; readonly endpoint: IdentityEndpoint }
  | { readonly origin: 'graph'; readonly to: 'settings'; readonly version: string }
  /** Every other path on the Graph origin is planned as a report call, and Graph's errors refuse the rest. */
  | { readonly origin: 'graph'; readonly to: 'report' }

/** The current functions' link (production's form) and the seed form's. */
export type LinkForm = 'function' | 'legacy'

export interface DownloadLink {
  readonly form: LinkForm
  /** Undefined when it cannot be a token: longer than any the fake issues, or broken percent-encoding. */
  readonly token?: string
}

export type IdentityEndpoint = 'oauth2/v2.0/token' | 'v2.0/.well-known/openid-configuration' | 'discovery/v2.0/keys'

/** The identity platform's paths, under `/{tenant}` on the Graph origin (auth mode `signed`). */
const IDENTITY_PATH =
  /^\/([^/]+)\/(oauth2\/v2\.0\/token|v2\.0\/\.well-known\/openid-configuration|discovery\/v2\.0\/keys)$/
const SETTINGS_PATH = /^\/(v1\.0|beta)\/admin\/reportSettings$/i
const REPORTS_PATH = /^\/(v1\.0|beta)\/(copilot\/)?reports\//i
const LEGACY_DOWNLOAD = /^\/data\/download\/([^/]+)$/
const CURRENT_DOWNLOAD = '/data/v1.0/download'
/**
 * The longest `token=` read, as sent: a link the fake issues is under 2 kB, and under 6 kB with
 * every character escaped. Anything longer is refused before it is copied or decoded.
 */
export const MAX_TOKEN_LENGTH = 8_192
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
      return { origin: 'download', to: 'download', link: downloadLink(pathname, url.search) }
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

/**
 * The path a client calls for a current function, below the service root, `args` as written:
 * `/v1.0/reports/getOffice365ActiveUserCounts(period='D7')`, the activations bare, and the
 * Copilot reports under `/copilot/reports/` (docs/usage-reports.md §12); a beta-only function on
 * beta unless `version` says otherwise (§20).
 */
export function reportPath(
  definition: Pick<AnyReportDefinition, 'name' | 'home' | 'takesNoParameters' | 'versions'>,
  args: string,
  version: GraphVersion = homeVersion(definition),
): string {
  // A function without parameters is called bare, as its pages call it (docs/usage-reports.md §10).
  const call = definition.takesNoParameters ? definition.name : `${definition.name}(${args})`
  return `/${version}/${definition.home === 'copilot' ? 'copilot/' : ''}reports/${call}`
}

/**
 * A path on which the current function `name` answers with a 302 to a download link: v1.0's
 * (beta's for a beta-only function), or for the Copilot reports, which answer their CSV
 * directly, their legacy beta path.
 */
export function redirectingPath(name: string, args: string): string {
  const definition = findReport(name)
  if (definition?.home === 'copilot') return `/beta/reports/${name}(${args})?$format=text/csv`
  return reportPath(definition ?? { name }, args)
}

/** The path and query of a download link: production's for the current functions, the seed's for its form. */
export function linkPath(form: LinkForm, token: string): string {
  return form === 'function' ? `${CURRENT_DOWNLOAD}?token=${token}` : `/data/download/${token}`
}

function downloadLink(pathname: string, search: string): DownloadLink | undefined {
  if (pathname === CURRENT_DOWNLOAD) return tokenParameter(search)
  const legacy = LEGACY_DOWNLOAD.exec(pathname)?.[1]
  return legacy === undefined ? undefined : { form: 'legacy', token: legacy }
}

/**
 * The first `token=` of a query, percent-decoded as a URI component: `%2B` is `+`, and a `+` is
 * itself, not the space a form would make of it. Found by index, not by splitting the query, so
 * a query of megabytes costs one scan.
 */
function tokenParameter(search: string): DownloadLink | undefined {
  const start = search.startsWith('?token=') ? 7 : search.indexOf('&token=') + 7
  if (start === 6) return undefined
  const next = search.indexOf('&', start)
  const end = next < 0 ? search.length : next
  if (end === start) return undefined
  if (end - start > MAX_TOKEN_LENGTH) return { form: 'function' }
  const raw = search.slice(start, end)
  if (!raw.includes('%')) return { form: 'function', token: raw }
  try {
    return { form: 'function', token: decodeURIComponent(raw) }
  } catch {
    return { form: 'function' }
  }
}
