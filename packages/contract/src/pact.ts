/* Pact, behind its own entry point: validating a report never loads it. */

/* Ready-made consumer interactions */
export { EXAMPLE_LINK_TOKEN, reportDownloadInteraction, reportRequestInteraction } from './pact-interactions'
/* Verifying a client's pact against the fake */
export { BUILT_IN_STATES, verifyPactsAgainstFake } from './verify-pacts'

export type { ReportInteractionOptions } from './pact-interactions'
export type { StateHandler, VerifyPactsOptions, VerifyPactsResult } from './verify-pacts'
