import { actionsOf } from './workload-activity'

/** The SharePoint file actions as the counts reports head them (spec §1.8): lanes 0 to 3 of the model. */
const FILE_LABELS = ['Viewed Or Edited', 'Synced', 'Shared Internally', 'Shared Externally']
/** The model's lane of pages visited, after the four file actions. */
const PAGES = 4

/** The Detail's columns: the four `… File Count`, then `Visited Page Count`. */
export const SHAREPOINT_DETAIL_ACTIONS = actionsOf([
  ...FILE_LABELS.map((label) => `${label} File Count`),
  'Visited Page Count',
])

/** The file-counts report's columns: the four file actions, without pages. */
export const SHAREPOINT_FILE_ACTIONS = actionsOf(FILE_LABELS)

/** The user-counts report's columns: `Visited Page` first, then the four file actions (spec §1.8). */
export const SHAREPOINT_USER_ACTIONS = actionsOf(['Visited Page', ...FILE_LABELS], [PAGES, 0, 1, 2, 3])

/** The pages report's one column, `Visited Page Count`. */
export const SHAREPOINT_PAGE_ACTIONS = actionsOf(['Visited Page Count'], [PAGES])
