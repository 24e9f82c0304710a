import { APPS_COUNTS, appsCountsReport } from '../office-apps'

/** `getM365AppUserCounts`: per day, the users of each app on any platform. */
export const m365AppUserCounts = appsCountsReport({
  name: 'getM365AppUserCounts',
  summary: 'Daily users of each Microsoft 365 app',
  jsonType: 'm365AppUserCount',
  ...APPS_COUNTS,
})
