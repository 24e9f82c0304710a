/* The fake */
export { createFakeGraph } from './create-fake-graph'

/* Asking what the client did */
export {
  assertDownloaded,
  assertNoEarlyRetry,
  assertNoTokenLeak,
  formatJournal,
  JournalAssertionError,
} from './journal-assertions'
export { isReportRequest, reportFacts } from './report-facts'
export { MAX_SUBSCRIBERS } from './journal'

/* Where a report is called */
export { redirectingPath, reportPath } from './router'

/* Clocks and instants */
export { frozenClock } from './clock'
export { parseInstant } from './instant'

/* Errors */
export { ControlError } from './control-error'
export { ERROR_CASES } from './error-cases'
export { GraphError } from './graph-error'
export { unreadableRequest } from './unreadable-request'

export type { AuthMode, Principal } from './authenticate'
export type { Clock, ClockChange, ControlledClock } from './clock'
export type { CorsOptions, CorsPolicy, CorsProfile } from './cors-policy'
export type { ErrorCase, ErrorCode, ErrorOverrides, ErrorTemplate } from './error-cases'
export type { FakeGraph } from './fake-graph'
export type { FakeGraphOptions, ResolvedOptions } from './fake-graph-options'
export type { ChaosSpec, FaultEffect, FaultMatch, Faults, FaultSpec, ScriptedFault } from './faults'
export type { Identity, IdentityOptions } from './identity'
export type { Exchange, Journal, JournalEntry, JournalFilter, JournalListener } from './journal'
export type { LinkRecord } from './link-ledger'
export type { DownloadExpectation, JournalSource } from './journal-assertions'
export type { ReportFacts } from './report-facts'
export type { ReportSettings } from './report-settings'
export type { TenantChoice, TenantFactory } from './tenant-source'
export type { Unreadable } from './unreadable-request'
export type { ThrottlingOptions } from './throttle'
