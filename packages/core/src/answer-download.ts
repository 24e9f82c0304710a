import { type Answer, refusal } from './answer'
import type { FakeParts } from './fake-parts'
import type { RequestContext } from './request-context'
import type { DownloadLink } from './router'
import { downloadHeaders, renderDownload, type VerifiedLink, verifyDownload } from './serve-download'

/**
 * The download host: the link is verified first, then a fault may answer instead, and only then
 * is the report rendered, so a faulted or refused download costs no work.
 */
export async function answerDownload(
  context: RequestContext,
  asked: DownloadLink | undefined,
  parts: FakeParts,
): Promise<Answer> {
  const { options } = parts
  const token = asked?.token
  let link: VerifiedLink
  try {
    link = verifyDownload(context, asked, {
      tokens: parts.tokens,
      errors: options.errors,
      rejectTokenOnDownload: options.rejectTokenOnDownload,
    })
  } catch (error) {
    return refusal(context, error, { link: token }, options)
  }
  const facts = { link: token, function: link.claims.report, params: link.params }
  const drawn = parts.drawFault(context, { origin: 'download', function: link.claims.report }, facts)
  const fault = drawn instanceof Promise ? await drawn : drawn
  if (fault) return fault
  // HEAD learns what GET would send without the report being rendered.
  if (context.request.method === 'HEAD') {
    return { response: new Response(null, { status: 200, headers: downloadHeaders(context, link) }), facts }
  }
  const tenantAt = (instant: Date, tenantId?: string) => parts.tenants.of(tenantId, instant).at(instant)
  return { response: await renderDownload(context, link, { tenantAt, options, cache: parts.cache }), facts }
}
