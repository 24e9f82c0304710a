import { isGroupActiveOn } from '@fake-graph/tenant'
import { groupCountsReport } from '../group-counts-report'

const scratch = [0, 0, 0]

/** `getOffice365GroupsActivityGroupCounts`: per day, the groups that existed and those active then. */
export const office365GroupsActivityGroupCounts = groupCountsReport({
  name: 'getOffice365GroupsActivityGroupCounts',
  summary: 'Daily groups, and those active over the period',
  jsonType: 'office365GroupsActivityGroupCounts',
  actions: [
    { header: 'Total', field: 'total', lane: 0 },
    { header: 'Active', field: 'active', lane: 1 },
  ],
  lanes: 2,
  add: (group, day, lanes) => {
    lanes[0] = (lanes[0] as number) + 1
    if (isGroupActiveOn(group, day, scratch)) lanes[1] = (lanes[1] as number) + 1
  },
})
