/* The fake */

export type { AuthMode, Principal } from './authenticate'
export type { Clock, ClockChange, ControlledClock, FrozenClock } from './clock'
/* Clock */
export { controlledClock, frozenClock, systemClock } from './clock'
export { ControlError } from './control-error'
export type { FakeGraph, ReportPlan } from './create-fake-graph'
export { createFakeGraph } from './create-fake-graph'
export type { ErrorCase, ErrorOverrides, ErrorTemplate } from './error-cases'
export { ERROR_CASES } from './error-cases'
export type { FakeGraphOptions } from './fake-graph-options'
export type { ChaosSpec, FaultEffect, FaultMatch, FaultSpec, ScriptedFault } from './faults'
/* Making Graph misbehave */
export { Faults } from './faults'
/* Errors */
export { GraphError } from './graph-error'
export type { IdentityOptions } from './identity'
export type { JournalEntry, JournalFilter } from './journal'
export { Journal } from './journal'
export { parseInstant } from './instant'
export type { DownloadExpectation, JournalSource } from './journal-assertions'
export {
  assertDownloaded,
  assertNoEarlyRetry,
  assertNoTokenLeak,
  formatJournal,
  JournalAssertionError,
} from './journal-assertions'
export { parseODataCall } from './odata-call'
export type { ReportFacts } from './report-facts'
/* Asking what the client did */
export { isReportRequest, reportFacts } from './report-facts'
/* Building blocks, for adapters and tests */
export { planReport } from './report-plan'
export type { ReportSettings } from './report-settings'
export type { LinkClaims } from './signed-link'
export { createLinkSigner } from './signed-link'
export type { TenantChoice, TenantFactory } from './tenant-source'
export type { ThrottlingOptions } from './throttle'
