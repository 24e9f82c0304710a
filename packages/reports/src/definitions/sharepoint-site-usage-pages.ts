import { siteUsageCountsReport } from '../sharepoint-site-usage'

/** `getSharePointSiteUsagePages`: per day, the page views of every site. */
export const sharePointSiteUsagePages = siteUsageCountsReport({
  name: 'getSharePointSiteUsagePages',
  summary: 'Daily page views of SharePoint sites',
  jsonType: 'sharePointSiteUsagePages',
  numbers: [{ header: 'Page View Count', field: 'pageViewCount' }],
  what: (facts, into, at) => {
    into[at] = (into[at] as number) + facts.pageViews
  },
})
