import {
  type AnyReportDefinition,
  inColumnOrder,
  inVersion,
  type ReportRequest,
  renderCsv,
  renderJsonPage,
} from '@fake-graph/reports'
import type { Tenant } from '@fake-graph/tenant'
import type { ResolvedOptions } from './fake-graph-options'
import { ODATA_JSON } from './graph-headers'
import type { IssuedLink, LinkIssuer } from './link-issuer'
import type { ReportPlan } from './report-plan'
import type { RequestContext } from './request-context'

export interface ReportAnswerContext {
  readonly options: ResolvedOptions
  readonly issueLink: LinkIssuer
  /** The caller's tenant, derived only by the answers that render it: a 302 renders nothing. */
  readonly tenant: () => Tenant
  /** The tenant's setting now: it can change at run time (`admin/reportSettings`). */
  readonly concealNames: boolean
  /** The caller, as its token names it: a current function's link carries its ids. */
  readonly caller: { readonly appId?: string; readonly tenantId?: string }
  readonly primaryTenant: boolean
}

/**
 * The answer to a valid report request: a 302 to a signed link, the beta JSON, or (first seed
 * revision) the CSV itself. The link comes back beside the 302 for the journal: reading it from
 * the answer's headers would make the CLI's lightweight Response build a full Headers object for
 * every 302.
 */
export function serveReport(
  plan: ReportPlan,
  { url, now, headers, ids }: RequestContext,
  context: ReportAnswerContext,
): { response: Response; link?: IssuedLink } {
  const { options } = context
  if (plan.format === 'json') {
    const request = reportRequest(plan, context)
    const base = `${options.graphBaseUrl}${url.pathname}`
    const top = plan.top === undefined ? '' : `&$top=${plan.top}`
    const body = renderJsonPage(inColumnOrder(inVersion(plan.definition, plan.version), options.columnOrder), request, {
      top: plan.top,
      skip: plan.skip,
      context: collectionContext(options.graphBaseUrl, plan.version, plan.definition),
      nextLink: (skip) => `${base}?$format=application/json${top}&$skipToken=${skip}`,
    })
    return { response: new Response(body, { status: 200, headers: { ...headers, 'Content-Type': ODATA_JSON } }) }
  }

  if (plan.form === 'legacy-inline' || plan.form === 'copilot') {
    // The first revision of the seed form answered 200 with the CSV (docs/graph-reports.md §1.1),
    // as the Copilot reports under /copilot do (docs/usage-reports.md §12).
    const request = reportRequest(plan, context)
    return {
      response: new Response(
        renderCsv(inColumnOrder(inVersion(plan.definition, plan.version), options.columnOrder), request, options.csv),
        {
          status: 200,
          headers: { ...headers, 'Content-Type': 'application/octet-stream' },
        },
      ),
    }
  }

  const link = context.issueLink(plan, {
    now,
    requestId: ids.requestId,
    concealNames: context.concealNames,
    appId: context.caller.appId,
    tenantId: context.caller.tenantId,
    primaryTenant: context.primaryTenant,
  })
  return {
    link,
    response: new Response(null, {
      status: 302,
      headers: { ...headers, 'Content-Type': 'text/plain', Location: link.url },
    }),
  }
}

/** What the answers that render the report ask it for. */
function reportRequest(plan: ReportPlan, context: ReportAnswerContext): ReportRequest {
  return {
    tenant: context.tenant(),
    selection: plan.selection,
    concealNames: context.concealNames,
    copilotDelayDays: context.options.copilotDelayDays,
    blankSiteUrls: context.options.blankSiteUrls,
  }
}

/** The `@odata.context` of a report's JSON page: a URL of the service, so the core's to build. */
function collectionContext(serviceRoot: string, version: string, definition: AnyReportDefinition): string {
  return `${serviceRoot}/${version}/$metadata#Collection(microsoft.graph.${definition.jsonType})`
}
