import { siteUsageCountsReport } from '../sharepoint-site-usage'

/** `getSharePointSiteUsageSiteCounts`: per day, the sites that existed, and those with a file acted on or a page viewed. */
export const sharePointSiteUsageSiteCounts = siteUsageCountsReport({
  name: 'getSharePointSiteUsageSiteCounts',
  summary: 'Daily SharePoint sites, total and active',
  jsonType: 'sharePointSiteUsageSiteCounts',
  numbers: [
    { header: 'Total', field: 'total' },
    { header: 'Active', field: 'active' },
  ],
  what: (facts, into, at) => {
    into[at] = (into[at] as number) + 1
    if (facts.activeFiles > 0 || facts.pageViews > 0) into[at + 1] = (into[at + 1] as number) + 1
  },
})
