import { ALL_REPORTS, isPeriod, renderCsv, reportSlug, type Selection } from '@fake-graph/reports'
import { parseDay, type Tenant } from '@fake-graph/tenant'
import { raise } from './error-cases'
import type { ResolvedOptions } from './fake-graph-options'
import type { ReportCache } from './report-cache'
import type { LinkClaims, LinkSigner } from './signed-link'

const DOWNLOAD_PATH = /^\/data\/download\/([^/]+)$/

/** The token a download URL carries, if it is one. */
export function downloadToken(url: URL): string | undefined {
  return DOWNLOAD_PATH.exec(url.pathname)?.[1]
}
const BY_SLUG = new Map(ALL_REPORTS.map((report) => [reportSlug(report), report]))

/** Headers of the real download host, from a captured followed redirect (spec 5, MED). */
const DOWNLOAD_HEADERS = {
  'Content-Type': 'application/octet-stream',
  Pragma: 'no-cache',
  'X-Content-Type-Options': 'nosniff',
  'X-XSS-Protection': '1; mode=block',
}

/** The download host: verifies the signed link, then streams the report. No Authorization needed. */
export async function serveDownload(
  request: Request,
  url: URL,
  context: {
    now: Date
    tenantAt: (instant: Date, tenantId?: string) => Tenant
    options: ResolvedOptions
    signer: LinkSigner
    cache: ReportCache
    headers: Record<string, string>
  },
): Promise<{ response: Response; claims?: LinkClaims }> {
  const { options } = context
  const token = downloadToken(url)
  if (!token) throw raise(options.errors, 'notFound')
  if (request.method !== 'GET') throw raise(options.errors, 'methodNotAllowed', { method: request.method })
  if (options.rejectTokenOnDownload && request.headers.has('authorization'))
    throw raise(options.errors, 'tokenOnDownload')
  const check = context.signer.verify(token, context.now.getTime())
  if (!check.ok) throw raise(options.errors, check.reason === 'expired' ? 'linkExpired' : 'linkInvalid')
  const { claims } = check
  const definition = BY_SLUG.get(claims.report)
  const selection = toSelection(claims)
  if (!definition || !selection) throw raise(options.errors, 'linkInvalid')
  const tenant = context.tenantAt(new Date(claims.issuedAt), claims.tenant)
  const body = await context.cache(
    tenant,
    `csv|${claims.report}|${claims.period ?? claims.date}|${claims.concealNames}`,
    () => renderCsv(definition, { tenant, selection, concealNames: claims.concealNames }, options.csv),
  )
  const fileName = `${claims.report}_${claims.date ?? `D${claims.period}`}.csv`
  return {
    claims,
    response: new Response(body, {
      status: 200,
      headers: { ...context.headers, ...DOWNLOAD_HEADERS, 'Content-Disposition': `attachment; filename="${fileName}"` },
    }),
  }
}

function toSelection(claims: LinkClaims): Selection | undefined {
  if (claims.date !== undefined) {
    const date = parseDay(claims.date)
    return date === undefined ? undefined : { date }
  }
  return claims.period !== undefined && isPeriod(claims.period) ? { period: claims.period } : undefined
}
