import { SKYPE_MINUTE_COLUMNS, skypeMinuteActions, skypeMinuteDays } from '../skype-modalities'
import { workloadCountsReport } from '../workload-counts-report'

/** `getSkypeForBusinessOrganizerActivityMinuteCounts`: per day, the minutes of conferences organised, by audio/video and Microsoft dial-in and dial-out. */
export const skypeForBusinessOrganizerActivityMinuteCounts = workloadCountsReport({
  name: 'getSkypeForBusinessOrganizerActivityMinuteCounts',
  summary:
    'Daily minutes of Skype for Business conferences organised, by audio/video and Microsoft dial-in and dial-out',
  jsonType: 'skypeForBusinessOrganizerActivityMinuteCounts',
  actions: skypeMinuteActions('organizer'),
  lanes: SKYPE_MINUTE_COLUMNS,
  count: skypeMinuteDays,
  reportDatePlace: 'datesFirst',
})
