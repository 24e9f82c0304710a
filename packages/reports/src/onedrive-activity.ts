import { actionsOf } from './workload-activity'

/** The OneDrive file actions as the counts reports head them (spec §1.7), in `ONEDRIVE_ACTIONS` order. */
const LABELS = ['Viewed Or Edited', 'Synced', 'Shared Internally', 'Shared Externally']

/** The user- and file-counts reports' columns: `Viewed Or Edited`/`viewedOrEdited` … */
export const ONEDRIVE_DAY_ACTIONS = actionsOf(LABELS)

/** The Detail's columns: `Viewed Or Edited File Count`/`viewedOrEditedFileCount` … */
export const ONEDRIVE_DETAIL_ACTIONS = actionsOf(LABELS.map((label) => `${label} File Count`))
