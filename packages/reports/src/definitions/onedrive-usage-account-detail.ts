import { oneDriveAccountDetail } from '../onedrive-usage'

/** `getOneDriveUsageAccountDetail`: every OneDrive, its owner, files, files acted on and storage (spec §1.7). */
export const oneDriveUsageAccountDetail = oneDriveAccountDetail()
