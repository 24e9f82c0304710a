import { SKYPE_ACTIONS, SKYPE_MODEL } from '@fake-graph/tenant'
import { skypeSessionActions } from '../skype-modalities'
import { workloadSums } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getSkypeForBusinessOrganizerActivityCounts`: per day and modality, the conferences organised; Report Period third. */
export const skypeForBusinessOrganizerActivityCounts = workloadCountsReport({
  name: 'getSkypeForBusinessOrganizerActivityCounts',
  summary: 'Daily Skype for Business conferences organised, by modality',
  jsonType: 'skypeForBusinessOrganizerActivityCounts',
  actions: skypeSessionActions('organizer'),
  lanes: SKYPE_ACTIONS.length,
  count: workloadSums(SKYPE_MODEL),
  reportDatePlace: 'datesFirst',
})
