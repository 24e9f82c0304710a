import { oneDriveCountsReport } from '../onedrive-usage'

/** `getOneDriveUsageFileCounts`: per day, the files stored in every OneDrive and those acted on. */
export const oneDriveUsageFileCounts = oneDriveCountsReport({
  name: 'getOneDriveUsageFileCounts',
  summary: 'Daily files in OneDrive, total and active',
  jsonType: 'oneDriveUsageFileCounts',
  siteType: 'All',
  numbers: [
    { header: 'Total', field: 'total' },
    { header: 'Active', field: 'active' },
  ],
  what: (facts, into, at) => {
    into[at] = (into[at] as number) + facts.files
    into[at + 1] = (into[at + 1] as number) + facts.activeFiles
  },
})
