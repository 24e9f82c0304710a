/* The fake */
export { createFakeGraph } from './create-fake-graph'

/* Clock */
export { systemClock, frozenClock } from './clock'

/* Errors */
export { GraphError } from './graph-error'
export { ERROR_CASES } from './error-cases'

/* Building blocks, for adapters and tests */
export { planReport } from './report-plan'
export { parseODataCall } from './odata-call'
export { createLinkSigner } from './signed-link'
export { Journal } from './journal'

export type { FakeGraph, ReportPlan } from './create-fake-graph'
export type { FakeGraphOptions } from './fake-graph-options'
export type { Clock, FrozenClock } from './clock'
export type { ErrorCase, ErrorOverrides, ErrorTemplate } from './error-cases'
export type { JournalEntry } from './journal'
export type { LinkClaims } from './signed-link'
export type { Principal } from './authenticate'
export type { TenantFactory } from './tenant-source'
