import { groupSiteActiveFileCount, groupSiteFileCount } from '@fake-graph/tenant'
import { groupCountsReport } from '../group-counts-report'

/** `getOffice365GroupsActivityFileCounts`: per day, the files on the groups' sites and those active then. */
export const office365GroupsActivityFileCounts = groupCountsReport({
  name: 'getOffice365GroupsActivityFileCounts',
  summary: 'Daily files on the group sites, and those active over the period',
  jsonType: 'office365GroupsActivityFileCounts',
  actions: [
    { header: 'Total', field: 'total', lane: 0 },
    { header: 'Active', field: 'active', lane: 1 },
  ],
  lanes: 2,
  add: (group, day, lanes) => {
    lanes[0] = (lanes[0] as number) + groupSiteFileCount(group, day)
    lanes[1] = (lanes[1] as number) + groupSiteActiveFileCount(group, day)
  },
})
