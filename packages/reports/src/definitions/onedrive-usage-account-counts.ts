import { oneDriveCountsReport } from '../onedrive-usage'

/** `getOneDriveUsageAccountCounts`: per day, the OneDrives that existed and those with a file acted on. */
export const oneDriveUsageAccountCounts = oneDriveCountsReport({
  name: 'getOneDriveUsageAccountCounts',
  summary: 'Daily OneDrives, total and active',
  jsonType: 'oneDriveUsageAccountCounts',
  siteType: 'All',
  numbers: [
    { header: 'Total', field: 'total' },
    { header: 'Active', field: 'active' },
  ],
  what: (facts, into, at) => {
    into[at] = (into[at] as number) + 1
    if (facts.activeFiles > 0) into[at + 1] = (into[at + 1] as number) + 1
  },
})
