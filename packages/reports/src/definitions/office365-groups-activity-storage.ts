import { groupMailboxStorageUsed, groupSiteStorageUsed } from '@fake-graph/tenant'
import { groupCountsReport } from '../group-counts-report'

/** `getOffice365GroupsActivityStorage`: per day, the bytes the groups' mailboxes and sites hold. */
export const office365GroupsActivityStorage = groupCountsReport({
  name: 'getOffice365GroupsActivityStorage',
  summary: 'Daily bytes held by the group mailboxes and sites over the period',
  jsonType: 'office365GroupsActivityStorage',
  actions: [
    { header: 'Mailbox Storage Used (Byte)', field: 'mailboxStorageUsedInBytes', lane: 0 },
    { header: 'Site Storage Used (Byte)', field: 'siteStorageUsedInBytes', lane: 1 },
  ],
  lanes: 2,
  add: (group, day, lanes) => {
    lanes[0] = (lanes[0] as number) + groupMailboxStorageUsed(group, day)
    lanes[1] = (lanes[1] as number) + groupSiteStorageUsed(group, day)
  },
})
