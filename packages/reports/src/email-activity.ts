import { actionsOf } from './workload-activity'

/** The email actions as the counts reports head them (spec §1.3), in `EMAIL_ACTIONS` order. */
const LABELS = ['Send', 'Receive', 'Read', 'Meeting Created', 'Meeting Interacted']

/** The counts reports' columns per action: `Send`/`send` … `Meeting Interacted`/`meetingInteracted`. */
export const EMAIL_DAY_ACTIONS = actionsOf(LABELS)

/** The Detail's columns per action: `Send Count`/`sendCount` … */
export const EMAIL_DETAIL_ACTIONS = actionsOf(LABELS.map((label) => `${label} Count`))
