import type { FakeGraph } from '@fake-graph/core'
import type { HttpHandler } from 'msw'
// msw's own entry for `http` alone: its main entry also loads GraphQL, which costs a user's tests
// a tenth of a second to import for nothing here.
import { http } from 'msw/core/http'

/**
 * MSW handlers that serve the fake: every request the fake says is its own (`fake.handles`),
 * on its Graph origin and its download origin, by default the real https://graph.microsoft.com
 * and https://reportsweu.office.com. Anything else passes through, so a client's own handlers for
 * the rest of Graph keep working beside these. The handler matches with a predicate: MSW cannot
 * match OData paths with parentheses, and the core owns which paths are its own.
 *
 * @example
 * const fake = createFakeGraph({ seed: 42, now: '2026-11-27T00:00:00Z' })
 * const server = setupServer(...graphHandlers(fake))
 */
export function graphHandlers(fake: FakeGraph): HttpHandler[] {
  return [
    http.all(
      ({ request }) => fake.handles(request) !== undefined,
      ({ request }) => fake.fetch(request),
    ),
  ]
}
