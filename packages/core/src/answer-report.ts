import { dayOf } from '@fake-graph/tenant'
import { type Answer, refusal } from './answer'
import type { Principal } from './authenticate'
import { raise } from './error-cases'
import type { FakeParts } from './fake-parts'
import { namedReport, type ReportPlan } from './report-plan'
import type { RequestContext } from './request-context'
import { serveReport } from './serve-report'
import { throttledResponse } from './throttle'

/** The throttle's budget key for callers of the primary tenant, however their token names it. */
const PRIMARY = 'primary'

/**
 * A report function or the seed's form, step by step: the caller, the method, the plan, a
 * fault, Graph's throttling, then the answer (a 302 to a signed link, the beta JSON, or the CSV).
 */
export async function answerReport(context: RequestContext, parts: FakeParts): Promise<Answer> {
  const { options } = parts
  let caller: Principal
  try {
    const authenticated = parts.authenticate(context)
    caller = authenticated instanceof Promise ? await authenticated : authenticated
  } catch (error) {
    return refusal(context, error, {}, options)
  }
  const who = { appId: caller.appId, tenantId: caller.tenantId }
  const { request, url, now } = context
  if (request.method !== 'GET') {
    return refusal(context, raise(options.errors, 'methodNotAllowed', { method: request.method }), who, options)
  }
  let plan: ReportPlan
  try {
    plan = parts.planFor(url, dayOf(now))
  } catch (error) {
    // Named as far as the URL can be read, so that a refused call is found by its report.
    return refusal(context, error, { ...who, function: namedReport(url) }, options)
  }
  const facts = { ...who, function: plan.functionName, params: plan.params }
  if (caller.tenantLevelOnly && plan.definition.acceptsDate) {
    return refusal(context, raise(options.errors, 'tenantLevelOnly'), facts, options)
  }
  const drawn = parts.drawFault(
    context,
    { origin: 'graph', function: plan.definition.name, version: plan.version },
    facts,
  )
  const fault = drawn instanceof Promise ? await drawn : drawn
  if (fault) return fault

  const slot = parts.tenants.of(caller.tenantId, now)
  const primary = slot === parts.tenants.primary
  const retryAfter = parts.throttle()?.(
    {
      tenantId: primary ? PRIMARY : (caller.tenantId as string),
      appId: caller.appId ?? 'opaque',
      report: plan.definition.name,
      format: plan.format,
    },
    now,
  )
  if (retryAfter !== undefined) {
    return {
      response: throttledResponse(retryAfter, context),
      facts: { ...facts, retryAfter, error: 'throttled' },
    }
  }
  const { response, link } = serveReport(plan, context, {
    options,
    issueLink: parts.issueLink,
    tenant: () => slot.at(now),
    concealNames: slot.settings.displayConcealedNames,
    caller: who,
    primaryTenant: primary,
  })
  return { response, facts: link ? { ...facts, link: link.token } : facts }
}
