import type { Authenticator } from './authenticate-caller'
import type { FaultStep } from './draw-fault'
import type { ResolvedOptions } from './fake-graph-options'
import type { Identity } from './identity'
import type { LinkIssuer } from './link-issuer'
import type { LinkTokens } from './link-tokens'
import type { PlanMemo } from './memoise-plans'
import type { ReportCache } from './report-cache'
import type { TenantRegistry } from './tenant-registry'
import type { Admit } from './throttle'

/** What the answers share, made once by `createFakeGraph`: each answer takes the parts it uses. */
export interface FakeParts {
  readonly options: ResolvedOptions
  readonly tenants: TenantRegistry
  readonly authenticate: Authenticator
  readonly drawFault: FaultStep
  readonly planFor: PlanMemo
  readonly issueLink: LinkIssuer
  readonly tokens: LinkTokens
  readonly cache: ReportCache
  readonly identity: Identity
  /** Graph's throttling, when it is on: it can be switched at run time. */
  readonly throttle: () => Admit | undefined
}
