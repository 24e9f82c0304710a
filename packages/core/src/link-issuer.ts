import { formatDay } from '@fake-graph/tenant'
import type { ReportPlan } from './report-plan'
import type { LinkSigner } from './signed-link'

export interface IssuedLink {
  /** The absolute download URL, the 302's Location. */
  readonly url: string
  /** The signed token it ends with, as the journal records it. */
  readonly token: string
}

/** Distinct links kept for reuse within one second. */
const MAX_PER_SECOND = 1_000

export interface LinkIssuerOptions {
  readonly downloadBaseUrl: string
  readonly linkTtlSeconds: number
}

/**
 * Issues download links. A link is issued at a whole second, so every request for the same
 * report within that second gets the same link: one HMAC per report per second instead of one
 * per request, and links are reproducible under a frozen clock. A link therefore lives between
 * TTL − 1 s and TTL.
 */
export function createLinkIssuer(signer: LinkSigner, options: LinkIssuerOptions) {
  let second = Number.NaN
  const issued = new Map<string, IssuedLink>()
  return (plan: ReportPlan, now: Date, concealNames: boolean, tenant?: string): IssuedLink => {
    const issuedAt = Math.floor(now.getTime() / 1000) * 1000
    // A new second, or as many distinct links in one as a flood of tids makes: start afresh.
    if (issuedAt !== second || issued.size >= MAX_PER_SECOND) {
      second = issuedAt
      issued.clear()
    }
    const report = plan.functionName
    const selection =
      'period' in plan.selection ? { period: plan.selection.period } : { date: formatDay(plan.selection.date) }
    const key = `${report}|${selection.period ?? selection.date}|${concealNames}|${tenant ?? ''}`
    let link = issued.get(key)
    if (link === undefined) {
      const token = signer.sign({
        report,
        ...selection,
        concealNames,
        tenant,
        issuedAt,
        expiresAt: issuedAt + options.linkTtlSeconds * 1000,
      })
      link = { url: `${options.downloadBaseUrl}/data/download/${token}`, token }
      issued.set(key, link)
    }
    return link
  }
}

export type LinkIssuer = ReturnType<typeof createLinkIssuer>
