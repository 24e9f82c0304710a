import { siteUsageDetail } from '../sharepoint-site-usage'

/** `getSharePointSiteUsageDetail`: every site, its owner, files, page views and storage; beta adds governance (spec §1.8). */
export const sharePointSiteUsageDetail = siteUsageDetail()
