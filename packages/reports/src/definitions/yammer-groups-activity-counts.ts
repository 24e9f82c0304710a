import { groupEngageCounts } from '@fake-graph/tenant'
import { groupCountsReport } from '../group-counts-report'

const scratch = [0, 0, 0]

/** `getYammerGroupsActivityCounts`: per day, the messages liked, posted and read in the Engage communities. */
export const yammerGroupsActivityCounts = groupCountsReport({
  name: 'getYammerGroupsActivityCounts',
  summary: 'Daily Viva Engage messages liked, posted and read in the communities over the period',
  jsonType: 'yammerGroupsActivitySummary',
  actions: [
    { header: 'Liked', field: 'liked', lane: 2 },
    { header: 'Posted', field: 'posted', lane: 0 },
    { header: 'Read', field: 'read', lane: 1 },
  ],
  lanes: 3,
  include: (group) => group.isEngage,
  add: (group, day, lanes) => {
    groupEngageCounts(group, day, scratch)
    for (let lane = 0; lane < 3; lane++) lanes[lane] = (lanes[lane] as number) + (scratch[lane] as number)
  },
})
