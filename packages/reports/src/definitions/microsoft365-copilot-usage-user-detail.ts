import { copilotDetailReport } from '../copilot-detail-report'

/** `getMicrosoft365CopilotUsageUserDetail`, report version `v1`: each Copilot-licensed user's last use per app. */
export const microsoft365CopilotUsageUserDetail = copilotDetailReport('v1')
/** The same, version `v2`: with prompt counts, active days and the newer surfaces. */
export const microsoft365CopilotUsageUserDetailV2 = copilotDetailReport('v2')
