import { SKYPE_MINUTE_COLUMNS, skypeMinuteActions, skypeMinuteDays } from '../skype-modalities'
import { workloadCountsReport } from '../workload-counts-report'

/** `getSkypeForBusinessParticipantActivityMinuteCounts`: per day, the minutes of audio/video conferences joined. */
export const skypeForBusinessParticipantActivityMinuteCounts = workloadCountsReport({
  name: 'getSkypeForBusinessParticipantActivityMinuteCounts',
  summary: 'Daily minutes of Skype for Business audio/video conferences joined',
  jsonType: 'skypeForBusinessParticipantActivityMinuteCounts',
  actions: skypeMinuteActions('participant'),
  lanes: SKYPE_MINUTE_COLUMNS,
  count: skypeMinuteDays,
  reportDatePlace: 'datesFirst',
})
