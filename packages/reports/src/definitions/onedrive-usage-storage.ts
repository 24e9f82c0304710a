import { oneDriveCountsReport } from '../onedrive-usage'

/** `getOneDriveUsageStorage`: per day, the bytes stored in every OneDrive; its Site Type is `OneDrive` (spec §1.7). */
export const oneDriveUsageStorage = oneDriveCountsReport({
  name: 'getOneDriveUsageStorage',
  summary: 'Daily bytes stored in OneDrive',
  jsonType: 'siteUsageStorage',
  siteType: 'OneDrive',
  numbers: [{ header: 'Storage Used (Byte)', field: 'storageUsedInBytes' }],
  what: (facts, into, at) => {
    into[at] = (into[at] as number) + facts.storageUsed
  },
})
