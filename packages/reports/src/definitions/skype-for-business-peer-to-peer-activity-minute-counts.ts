import { SKYPE_MINUTE_COLUMNS, skypeMinuteActions, skypeMinuteDays } from '../skype-modalities'
import { workloadCountsReport } from '../workload-counts-report'

/** `getSkypeForBusinessPeerToPeerActivityMinuteCounts`: per day, the minutes of peer-to-peer audio and video calls. */
export const skypeForBusinessPeerToPeerActivityMinuteCounts = workloadCountsReport({
  name: 'getSkypeForBusinessPeerToPeerActivityMinuteCounts',
  summary: 'Daily minutes of Skype for Business peer-to-peer audio and video',
  jsonType: 'skypeForBusinessPeerToPeerActivityMinuteCounts',
  actions: skypeMinuteActions('peerToPeer'),
  lanes: SKYPE_MINUTE_COLUMNS,
  count: skypeMinuteDays,
  reportDatePlace: 'datesFirst',
})
