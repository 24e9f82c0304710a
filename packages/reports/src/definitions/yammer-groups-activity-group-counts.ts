import { isEngageActiveOn } from '@fake-graph/tenant'
import { groupCountsReport } from '../group-counts-report'

const scratch = [0, 0, 0]

/** `getYammerGroupsActivityGroupCounts`: per day, the Engage communities and those active then. */
export const yammerGroupsActivityGroupCounts = groupCountsReport({
  name: 'getYammerGroupsActivityGroupCounts',
  summary: 'Daily Viva Engage communities, and those active over the period',
  jsonType: 'yammerGroupsActivityGroupCounts',
  actions: [
    { header: 'Total', field: 'total', lane: 0 },
    { header: 'Active', field: 'active', lane: 1 },
  ],
  lanes: 2,
  include: (group) => group.isEngage,
  add: (group, day, lanes) => {
    lanes[0] = (lanes[0] as number) + 1
    if (isEngageActiveOn(group, day, scratch)) lanes[1] = (lanes[1] as number) + 1
  },
})
