import { ControlError } from './control-error'

/**
 * How the fake answers browsers (docs/graph-reports.md §10.2).
 * - `realistic` (the default): the Graph origin answers CORS as Graph does, and the download
 *   origin sends no CORS headers at all, so browser code fails at the download hop as it does
 *   in production.
 * - `permissive`: the download origin allows any origin too, for demos that only want the data.
 */
export type CorsProfile = 'realistic' | 'permissive'

/** The profile and, where the real values are unknown, the fake's choices (docs/decisions/0012). */
export interface CorsOptions {
  readonly profile?: CorsProfile
  /** A preflight's `Access-Control-Allow-Methods` (UNKNOWN for Graph). */
  readonly allowMethods?: readonly string[]
  /**
   * A preflight's `Access-Control-Allow-Headers` (UNKNOWN for Graph). By default the headers the
   * browser asked for, so every header an SDK sends (`Authorization`, `SdkVersion`, …) passes.
   */
  readonly allowHeaders?: readonly string[]
  /** A preflight's `Access-Control-Max-Age`, in seconds (UNKNOWN for Graph). */
  readonly maxAgeSeconds?: number
  /** The Graph origin's `Access-Control-Expose-Headers` (default: a recent capture of Graph's). */
  readonly exposeHeaders?: readonly string[]
}

/** CORS resolved once per fake: the headers each origin adds to every answer, and its preflight. */
export interface CorsPolicy {
  readonly profile: CorsProfile
  /** Headers of every answer on the origin: empty where the origin does not answer CORS. */
  readonly graph: Readonly<Record<string, string>>
  readonly download: Readonly<Record<string, string>>
  /** The preflight's own headers, for the headers the browser asked to send. */
  preflight(requestedHeaders: string | null): Record<string, string>
}

/** Graph's expose list, from a recent capture (docs/graph-reports.md §10.2, [S]). */
export const GRAPH_EXPOSED_HEADERS = [
  'ETag',
  'Location',
  'Preference-Applied',
  'Content-Range',
  'request-id',
  'client-request-id',
  'ReadWriteConsistencyToken',
  'Retry-After',
  'SdkVersion',
  'WWW-Authenticate',
  'x-ms-client-gcc-tenant',
  'X-Planner-Operationid',
  'x-ms-permissions-recommendations',
]

/** What a demo page reading a download may want beyond the CORS-safelisted headers. */
const DOWNLOAD_EXPOSED_HEADERS = ['Content-Disposition', 'request-id', 'client-request-id']
const ALLOW_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
const MAX_AGE_SECONDS = 3600

export function corsPolicy(choice: CorsProfile | CorsOptions = {}): CorsPolicy {
  const options: CorsOptions = typeof choice === 'string' ? { profile: choice } : choice
  const profile = options.profile ?? 'realistic'
  const problem = corsProblem(profile, options)
  if (problem) throw new ControlError('set CORS', problem)
  const allowed = (exposed: readonly string[]) => ({
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': exposed.join(', '),
  })
  const fixed = {
    'Access-Control-Allow-Methods': (options.allowMethods ?? ALLOW_METHODS).join(', '),
    'Access-Control-Max-Age': String(options.maxAgeSeconds ?? MAX_AGE_SECONDS),
  }
  const allowHeaders = options.allowHeaders?.join(', ')
  return {
    profile,
    graph: allowed(options.exposeHeaders ?? GRAPH_EXPOSED_HEADERS),
    download: profile === 'permissive' ? allowed(DOWNLOAD_EXPOSED_HEADERS) : {},
    preflight(requestedHeaders) {
      if (allowHeaders !== undefined) return { ...fixed, 'Access-Control-Allow-Headers': allowHeaders }
      // An echo depends on the request: a cache keyed on the URL alone must not reuse it.
      const echo: Record<string, string> = { ...fixed, Vary: 'Access-Control-Request-Headers' }
      if (requestedHeaders) echo['Access-Control-Allow-Headers'] = requestedHeaders
      return echo
    },
  }
}

/** A header list must be tokens: a value with a line break would split the response. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

function corsProblem(profile: string, options: CorsOptions): string | undefined {
  if (profile !== 'realistic' && profile !== 'permissive') {
    return `profile must be realistic or permissive, not "${profile}"`
  }
  const age = options.maxAgeSeconds
  if (age !== undefined && !(Number.isInteger(age) && age >= 0 && age <= 86_400)) {
    return 'maxAgeSeconds must be a whole number of seconds from 0 to 86400'
  }
  for (const field of ['allowMethods', 'allowHeaders', 'exposeHeaders'] as const) {
    if (options[field]?.some((name) => !TOKEN.test(name))) return `${field} must hold header or method names only`
  }
  return undefined
}
