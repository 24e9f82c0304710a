import { groupCountsReport } from '../group-counts-report'
import { addGroupDay, GROUP_LANES } from '../groups-activity'

const scratch = [0, 0, 0]

/** `getOffice365GroupsActivityCounts`: per day, the mail the groups received and the Engage messages in them. */
export const office365GroupsActivityCounts = groupCountsReport({
  name: 'getOffice365GroupsActivityCounts',
  summary: 'Daily mail received by the groups and Engage messages in them over the period',
  jsonType: 'office365GroupsActivityCounts',
  actions: [
    { header: 'Exchange Emails Received', field: 'exchangeEmailsReceived', lane: GROUP_LANES.emailsReceived },
    { header: 'Yammer Messages Posted', field: 'yammerMessagesPosted', lane: GROUP_LANES.posted },
    { header: 'Yammer Messages Read', field: 'yammerMessagesRead', lane: GROUP_LANES.read },
    { header: 'Yammer Messages Liked', field: 'yammerMessagesLiked', lane: GROUP_LANES.liked },
  ],
  lanes: 5,
  add: (group, day, lanes) => addGroupDay(group, day, lanes, scratch),
})
