import { siteUsageCountsReport } from '../sharepoint-site-usage'

/** `getSharePointSiteUsageFileCounts`: per day, the files on every site and those acted on. */
export const sharePointSiteUsageFileCounts = siteUsageCountsReport({
  name: 'getSharePointSiteUsageFileCounts',
  summary: 'Daily files on SharePoint sites, total and active',
  jsonType: 'sharePointSiteUsageFileCounts',
  numbers: [
    { header: 'Total', field: 'total' },
    { header: 'Active', field: 'active' },
  ],
  what: (facts, into, at) => {
    into[at] = (into[at] as number) + facts.files
    into[at + 1] = (into[at + 1] as number) + facts.activeFiles
  },
})
