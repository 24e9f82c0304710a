import { actionsOf } from './workload-activity'

/** The Viva Engage actions as the counts reports head them (spec §1.13): lanes 0 to 2 of the model. */
const LABELS = ['Posted', 'Read', 'Liked']

/** The Detail's columns: `Posted Count`, `Read Count`, `Liked Count`. */
export const YAMMER_DETAIL_ACTIONS = actionsOf(LABELS.map((label) => `${label} Count`))

/** The counts reports' columns: `Liked`, `Posted`, `Read`, in that order (spec §1.13). */
export const YAMMER_DAY_ACTIONS = actionsOf(['Liked', 'Posted', 'Read'], [2, 0, 1])
