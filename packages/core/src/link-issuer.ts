import { formatDay } from '@fake-graph/tenant'
import type { LinkLedger } from './link-ledger'
import type { LinkTokens } from './link-tokens'
import type { ReportPlan } from './report-plan'
import { linkPath } from './router'

export interface IssuedLink {
  /** The absolute download URL, the 302's Location. */
  readonly url: string
  /** The signed token it carries, as the journal records it. */
  readonly token: string
}

/** Who asked for a link, and with which setting. */
export interface LinkRequest {
  readonly now: Date
  /** The request's id: a current function's link names it (`cid`). */
  readonly requestId: string
  readonly concealNames: boolean
  /** The caller's application and tenant, as its token names them. */
  readonly appId?: string
  readonly tenantId?: string
  /** Whether the caller's tenant is the primary one, which the seed form's link leaves unnamed. */
  readonly primaryTenant: boolean
}

/** Distinct links kept for reuse within one second. */
const MAX_PER_SECOND = 1_000

export interface LinkIssuerOptions {
  readonly downloadBaseUrl: string
  readonly linkTtlSeconds: number
}

/**
 * Issues download links: the current functions' in production's form, a JWT, the seed form's
 * as the seed shows them (`linkPath`). A link is issued at a whole second, so every request for the same
 * report, by the same app, within that second gets the same link: one HMAC per report per second
 * instead of one per request, and links are reproducible under a frozen clock. A link therefore
 * lives between TTL − 1 s and TTL, and its `cid` names the request that had it issued.
 */
export function createLinkIssuer(tokens: LinkTokens, options: LinkIssuerOptions, ledger?: LinkLedger) {
  let second = Number.NaN
  const issued = new Map<string, IssuedLink>()
  return (plan: ReportPlan, request: LinkRequest): IssuedLink => {
    const issuedAt = Math.floor(request.now.getTime() / 1000) * 1000
    // A new second, or as many distinct links in one as a flood of tids makes: start afresh.
    if (issuedAt !== second || issued.size >= MAX_PER_SECOND) {
      second = issuedAt
      issued.clear()
    }
    const report = plan.functionName
    const selection =
      'period' in plan.selection ? { period: plan.selection.period } : { date: formatDay(plan.selection.date) }
    const current = plan.form === 'function'
    const tenant = current || !request.primaryTenant ? request.tenantId : undefined
    const caller = current ? `${plan.version}|${request.appId ?? ''}` : ''
    const key = `${report}|${selection.period ?? selection.date}|${request.concealNames}|${tenant ?? ''}|${caller}`
    let link = issued.get(key)
    if (link === undefined) {
      const claims = {
        report,
        ...selection,
        concealNames: request.concealNames,
        tenant,
        issuedAt,
        expiresAt: issuedAt + options.linkTtlSeconds * 1000,
      }
      const token = current
        ? tokens.current.sign({
            ...claims,
            version: plan.version,
            appId: request.appId,
            correlationId: request.requestId.replaceAll('-', ''),
          })
        : tokens.legacy.sign(claims)
      link = { url: `${options.downloadBaseUrl}${linkPath(current ? 'function' : 'legacy', token)}`, token }
      issued.set(key, link)
      ledger?.add({
        report,
        ...selection,
        concealNames: request.concealNames,
        tenantId: request.tenantId,
        appId: request.appId,
        token,
        url: link.url,
        issuedAt: new Date(claims.issuedAt).toISOString(),
        expiresAt: new Date(claims.expiresAt).toISOString(),
      })
    }
    return link
  }
}

export type LinkIssuer = ReturnType<typeof createLinkIssuer>
