import {
  ALL_REPORTS,
  type AnyReportDefinition,
  inColumnOrder,
  inVersion,
  isPeriod,
  renderCsv,
  reportSlug,
  type Selection,
} from '@fake-graph/reports'
import { parseDay, type Tenant } from '@fake-graph/tenant'
import { type ErrorOverrides, raise } from './error-cases'
import type { ResolvedOptions } from './fake-graph-options'
import type { LinkTokens } from './link-tokens'
import type { ReportCache } from './report-cache'
import type { RequestContext, ResponseContext } from './request-context'
import type { DownloadLink } from './router'
import type { LinkClaims } from './signed-link'

const BY_SLUG = new Map(ALL_REPORTS.map((report) => [reportSlug(report), report]))

/** Headers of the real download host, from a captured followed redirect (docs/graph-reports.md §5, MED). */
const DOWNLOAD_HEADERS = {
  'Content-Type': 'application/octet-stream',
  Pragma: 'no-cache',
  'X-Content-Type-Options': 'nosniff',
  'X-XSS-Protection': '1; mode=block',
}

/** A download link that checked out: what it grants, read once from its claims. */
export interface VerifiedLink {
  readonly claims: LinkClaims
  readonly definition: AnyReportDefinition
  readonly selection: Selection
  /** `D7` or the date, as the 302's call named it: the journal's parameter and the file's name. */
  readonly label: string
  readonly params: Readonly<Record<string, string>>
}

/**
 * The download host's checks, before any work: a signed link, not expired, fetched with GET
 * (or HEAD, which answers GET's headers).
 * No Authorization is needed; one sent is refused only with `rejectTokenOnDownload`.
 */
export function verifyDownload(
  { request, now }: RequestContext,
  link: DownloadLink | undefined,
  context: { readonly tokens: LinkTokens; readonly errors: ErrorOverrides; readonly rejectTokenOnDownload: boolean },
): VerifiedLink {
  const { errors } = context
  if (!link) throw raise(errors, 'notFound')
  if (request.method !== 'GET' && request.method !== 'HEAD')
    throw raise(errors, 'methodNotAllowed', { method: request.method })
  if (context.rejectTokenOnDownload && request.headers.has('authorization')) throw raise(errors, 'tokenOnDownload')
  if (link.token === undefined) throw raise(errors, 'linkInvalid')
  const check = context.tokens.verify(link.form, link.token, now.getTime())
  if (!check.ok) throw raise(errors, check.reason === 'expired' ? 'linkExpired' : 'linkInvalid')
  const { claims } = check
  const definition = BY_SLUG.get(claims.report)
  const selection = toSelection(claims)
  if (!definition || !selection) throw raise(errors, 'linkInvalid')
  // A function without parameters has no period to name, whatever its link carries (docs/usage-reports.md §10).
  const label = definition.takesNoParameters ? '' : (claims.date ?? `D${claims.period}`)
  return {
    claims,
    definition,
    selection,
    label,
    params: definition.takesNoParameters ? {} : claims.date === undefined ? { period: label } : { date: label },
  }
}

/** The report a verified link grants, as of when it was issued, streamed (or cached for small tenants). */
export async function renderDownload(
  context: ResponseContext,
  link: VerifiedLink,
  parts: {
    readonly tenantAt: (instant: Date, tenantId?: string) => Tenant
    readonly options: ResolvedOptions
    readonly cache: ReportCache
  },
): Promise<Response> {
  const { claims, definition, selection } = link
  const tenant = parts.tenantAt(new Date(claims.issuedAt), claims.tenant)
  const served = inVersion(definition, claims.version ?? 'beta')
  // Versions share one rendering unless their headers differ.
  const version = served === definition ? '' : `|${claims.version}`
  const { blankSiteUrls } = parts.options
  const body = await parts.cache(
    tenant,
    `csv|${claims.report}|${link.label}|${claims.concealNames}|${parts.options.columnOrder}${version}`,
    () =>
      renderCsv(
        inColumnOrder(served, parts.options.columnOrder),
        {
          tenant,
          selection,
          concealNames: claims.concealNames,
          copilotDelayDays: parts.options.copilotDelayDays,
          blankSiteUrls,
        },
        parts.options.csv,
      ),
  )
  return new Response(body, { status: 200, headers: downloadHeaders(context, link) })
}

/** The headers of a download, for GET and HEAD alike. */
export function downloadHeaders({ headers }: ResponseContext, { claims, label }: VerifiedLink): Record<string, string> {
  return {
    ...headers,
    ...DOWNLOAD_HEADERS,
    'Content-Disposition': `attachment; filename="${label ? `${claims.report}_${label}` : claims.report}.csv"`,
  }
}

function toSelection(claims: LinkClaims): Selection | undefined {
  if (claims.date !== undefined) {
    const date = parseDay(claims.date)
    return date === undefined ? undefined : { date }
  }
  return claims.period !== undefined && isPeriod(claims.period) ? { period: claims.period } : undefined
}
