import type { FakeGraph } from '@fake-graph/core'
import type { HttpHandler } from 'msw'
// msw's own entry for `http` alone: its main entry also loads GraphQL, which costs a user's tests
// a tenth of a second to import for nothing here.
import { http } from 'msw/core/http'

// Only the reports: a client's own handlers for the rest of Graph keep working beside these.
const REPORTS_PATH = /^\/(v1\.0|beta)\/reports\//i

/**
 * MSW handlers that serve the fake: one for the Graph origin's `/reports/` paths, one for the
 * download origin. The origins are the fake's own (`graphBaseUrl`, `downloadBaseUrl`), by
 * default the real https://graph.microsoft.com and https://reports.office.com. MSW cannot match
 * OData paths with parentheses, so these match with predicates and the core parses the URL.
 *
 * @example
 * const fake = createFakeGraph({ seed: 42, now: '2026-11-27T00:00:00Z' })
 * const server = setupServer(...graphHandlers(fake))
 */
export function graphHandlers(fake: FakeGraph): HttpHandler[] {
  const graphOrigin = new URL(fake.options.graphBaseUrl).origin
  const downloadOrigin = new URL(fake.options.downloadBaseUrl).origin
  return [
    http.all(
      ({ request }) => {
        const url = new URL(request.url)
        return url.origin === graphOrigin && REPORTS_PATH.test(url.pathname)
      },
      ({ request }) => fake.fetch(request, 'graph'),
    ),
    http.all(
      ({ request }) => new URL(request.url).origin === downloadOrigin,
      ({ request }) => fake.fetch(request, 'download'),
    ),
  ]
}
