import { siteUsageCountsReport } from '../sharepoint-site-usage'

/** `getSharePointSiteUsageStorage`: per day, the bytes stored on every site. */
export const sharePointSiteUsageStorage = siteUsageCountsReport({
  name: 'getSharePointSiteUsageStorage',
  summary: 'Daily bytes stored on SharePoint sites',
  jsonType: 'siteUsageStorage',
  numbers: [{ header: 'Storage Used (Byte)', field: 'storageUsedInBytes' }],
  what: (facts, into, at) => {
    into[at] = (into[at] as number) + facts.storageUsed
  },
})
