import { vi } from 'vitest'
import { resolveOptions } from './fake-graph-options'
import type { FakeParts } from './fake-parts'
import { createIdentity } from './identity'
import { createLinkIssuer } from './link-issuer'
import { createLinkTokens } from './link-tokens'
import { memoisePlans } from './memoise-plans'
import { createReportCache } from './report-cache'
import { type RequestContext, requestContext } from './request-context'
import type { TenantRegistry } from './tenant-registry'

export const NOW = new Date('2026-11-27T00:00:00Z')

/**
 * Test support: the parts an answer takes, each a working default or a stub the test gives,
 * and a tenant registry that fails the test if an answer derives a tenant it did not need.
 */
export function stubParts(overrides: Partial<FakeParts> = {}): FakeParts {
  const options = resolveOptions({ now: NOW, secret: 'stub-secret' })
  const tokens = createLinkTokens(options.secret, options.downloadBaseUrl)
  const untouchable = {
    at: vi.fn(() => {
      throw new Error('the tenant was derived')
    }),
    replace: vi.fn(),
    settings: { displayConcealedNames: false },
  }
  const tenants = { primary: untouchable, of: vi.fn(() => untouchable), heldUsers: () => 0, size: () => 0 }
  return {
    options,
    tenants: tenants as unknown as TenantRegistry,
    authenticate: vi.fn(async () => ({ kind: 'opaque' as const, scopes: ['Reports.Read.All'] })),
    drawFault: vi.fn(async () => undefined),
    planFor: memoisePlans({}),
    issueLink: createLinkIssuer(tokens, options),
    tokens,
    cache: createReportCache(),
    identity: createIdentity({}, options.graphBaseUrl),
    throttle: () => undefined,
    ...overrides,
  }
}

export function contextFor(url: string, init: RequestInit = {}): RequestContext {
  return requestContext(new Request(url, init), new URL(url), NOW)
}
