import { SKYPE_ACTIONS, SKYPE_MODEL } from '@fake-graph/tenant'
import { skypeSessionActions } from '../skype-modalities'
import { workloadUsers } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getSkypeForBusinessOrganizerActivityUserCounts`: per day and modality, the users who organised a conference of that modality. */
export const skypeForBusinessOrganizerActivityUserCounts = workloadCountsReport({
  name: 'getSkypeForBusinessOrganizerActivityUserCounts',
  summary: 'Daily Skype for Business users who organised a conference of each modality',
  jsonType: 'skypeForBusinessOrganizerActivityUserCounts',
  actions: skypeSessionActions('organizer'),
  lanes: SKYPE_ACTIONS.length,
  count: workloadUsers(SKYPE_MODEL),
  reportDatePlace: 'datesFirst',
})
