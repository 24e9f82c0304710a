import { appsCountsReport, PLATFORMS_COUNTS } from '../office-apps'

/** `getM365AppPlatformUserCounts`: per day, the users of any app on each platform. */
export const m365AppPlatformUserCounts = appsCountsReport({
  name: 'getM365AppPlatformUserCounts',
  summary: 'Daily users of the Microsoft 365 apps on each platform',
  jsonType: 'm365AppPlatformUserCounts',
  ...PLATFORMS_COUNTS,
})
