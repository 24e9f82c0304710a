import { copilotCountsReport } from '../copilot-counts-report'

/** `getMicrosoft365CopilotUserCountTrend`, version `v1`: enabled and active users per app, each day of the period. */
export const microsoft365CopilotUserCountTrend = copilotCountsReport('trend', 'v1')
/** The same, version `v2`: the newer surfaces, and each day's prompts. */
export const microsoft365CopilotUserCountTrendV2 = copilotCountsReport('trend', 'v2')
