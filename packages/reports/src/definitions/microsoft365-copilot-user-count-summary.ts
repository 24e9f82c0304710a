import { copilotCountsReport } from '../copilot-counts-report'

/** `getMicrosoft365CopilotUserCountSummary`, version `v1`: enabled and active users per app over the period. */
export const microsoft365CopilotUserCountSummary = copilotCountsReport('summary', 'v1')
/** The same, version `v2`: the newer surfaces, and the prompts in all and per active user. */
export const microsoft365CopilotUserCountSummaryV2 = copilotCountsReport('summary', 'v2')
