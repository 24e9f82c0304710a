// Ready-made Pact interactions for a report client's own consumer tests. A separate entry point
// (`@fake-graph/contract/pact`): it loads Pact, which nothing else here needs up front.
import { MatchersV3, type PactV4 } from '@pact-foundation/pact'
import { downloadLinkState, reportSchema } from './report-schemas'

const { regex, fromProviderState } = MatchersV3

/** An example of a current function's link: production's path, a JWT's three parts. */
export const EXAMPLE_LINK_TOKEN = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.c2lnbmF0dXJl'

export interface ReportInteractionOptions {
  /** A current report function (default getOffice365ActiveUserDetail). */
  report?: string
  /** D7, D30, D90 or D180 (default D7). */
  period?: string
  version?: 'v1.0' | 'beta'
}

/**
 * The report request, answered with a 302 to a download link. Add it and run your client's
 * first step: `await reportRequestInteraction(pact).executeTest(async (server) => …)`.
 */
export function reportRequestInteraction(pact: PactV4, options: ReportInteractionOptions = {}) {
  const report = options.report ?? 'getOffice365ActiveUserDetail'
  const period = options.period ?? 'D7'
  return pact
    .addInteraction()
    .given('the tenant has seed 42')
    .uponReceiving(`a request for ${report} over ${period}`)
    .withRequest('GET', `/${options.version ?? 'v1.0'}/reports/${report}(period='${period}')`, (request) =>
      request.headers({ Authorization: regex('^Bearer .+$', 'Bearer token') }),
    )
    .willRespondWith(302, (response) =>
      response.headers({
        Location: regex(
          '^https?://[^/]+/data/v1\\.0/download\\?token=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$',
          `https://reportsweu.office.com/data/v1.0/download?token=${EXAMPLE_LINK_TOKEN}`,
        ),
      }),
    )
}

/**
 * The download of the link: a BOM'd CSV whose header is exactly the report's, rows by shape.
 * The example body is the header and `exampleRows` (lines without their CRLF). The link is
 * `/data/v1.0/download?token=` and `EXAMPLE_LINK_TOKEN` on the consumer's side; the provider
 * fills in a real token.
 */
export function reportDownloadInteraction(
  pact: PactV4,
  options: ReportInteractionOptions & { exampleRows?: string[] } = {},
) {
  const report = options.report ?? 'getOffice365ActiveUserDetail'
  const header = reportSchema(report)
    .$defs.csvHeader.prefixItems.map((cell) => cell.const)
    .join(',')
  const csv = Buffer.from(`\uFEFF${[header, ...(options.exampleRows ?? [])].map((line) => `${line}\r\n`).join('')}`)
  const escaped = header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return pact
    .addInteraction()
    .given(downloadLinkState(report))
    .uponReceiving(`a download of ${report}`)
    .withRequest('GET', '/data/v1.0/download', (request) =>
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Pact's provider-state expression, filled in by the provider
      request.query({ token: fromProviderState('${token}', EXAMPLE_LINK_TOKEN) }),
    )
    .willRespondWith(200, (response) =>
      response
        .headers({ 'Content-Type': 'application/octet-stream' })
        // Declared as text: Pact sniffs the bytes, and a CSV sniffs as text.
        .body('text/plain', csv)
        .matchingRules({
          body: { path: '$', rules: [regex(`^\\uFEFF${escaped}\\r\\n([^\\r\\n]*\\r\\n)*$`, csv.toString())] },
        }),
    )
}
