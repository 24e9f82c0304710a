import { type Answer, refusal } from './answer'
import type { Principal } from './authenticate'
import type { FakeParts } from './fake-parts'
import { READ_SETTINGS, serveReportSettings, WRITE_SETTINGS } from './report-settings'
import type { RequestContext } from './request-context'

/** `GET` or `PATCH /{version}/admin/reportSettings`, for a caller holding the permission it needs. */
export async function answerSettings(context: RequestContext, version: string, parts: FakeParts): Promise<Answer> {
  const { options } = parts
  const required = context.request.method === 'PATCH' ? WRITE_SETTINGS : READ_SETTINGS
  let caller: Principal
  try {
    const authenticated = parts.authenticate(context, required)
    caller = authenticated instanceof Promise ? await authenticated : authenticated
  } catch (error) {
    return refusal(context, error, {}, options)
  }
  const facts = { function: 'reportSettings', appId: caller.appId, tenantId: caller.tenantId }
  try {
    const settings = parts.tenants.of(caller.tenantId, context.now).settings
    const response = await serveReportSettings(context, {
      version,
      graphBaseUrl: options.graphBaseUrl,
      settings,
      errors: options.errors,
    })
    return { response, facts }
  } catch (error) {
    return refusal(context, error, facts, options)
  }
}
