import type { Column } from '../column'
import { columnsInOrder } from '../columns-in-order'
import { userColumns } from '../detail-columns'
import { type MailboxRow, mailboxLastActivity, mailboxRows } from '../mailbox-usage'
import type { ReportDefinition } from '../report-definition'
import { reportPeriodColumn } from '../standard-columns'

const NAME = 'getMailboxUsageDetail'

const COLUMNS: readonly Column<MailboxRow>[] = [
  ...userColumns<MailboxRow>({
    refreshDate: 'Report Refresh Date',
    userPrincipalName: 'User Principal Name',
    displayName: 'Display Name',
    isDeleted: 'Is Deleted',
    deletedDate: 'Deleted Date',
  }),
  { header: 'Created Date', field: 'createdDate', kind: 'date', value: (row) => row.createdDate },
  { header: 'Last Activity Date', field: 'lastActivityDate', kind: 'date', value: mailboxLastActivity },
  { header: 'Item Count', field: 'itemCount', kind: 'count', value: (row) => row.itemCount },
  { header: 'Storage Used (Byte)', field: 'storageUsedInBytes', kind: 'count', value: (row) => row.storageUsed },
  {
    header: 'Issue Warning Quota (Byte)',
    field: 'issueWarningQuotaInBytes',
    kind: 'count',
    value: (row) => row.quotas.issueWarning,
  },
  {
    header: 'Prohibit Send Quota (Byte)',
    field: 'prohibitSendQuotaInBytes',
    kind: 'count',
    value: (row) => row.quotas.prohibitSend,
  },
  {
    header: 'Prohibit Send/Receive Quota (Byte)',
    field: 'prohibitSendReceiveQuotaInBytes',
    kind: 'count',
    value: (row) => row.quotas.prohibitSendReceive,
  },
  { header: 'Deleted Item Count', field: 'deletedItemCount', kind: 'count', value: (row) => row.deletedItemCount },
  {
    header: 'Deleted Item Size (Byte)',
    field: 'deletedItemSizeInBytes',
    kind: 'count',
    value: (row) => row.deletedItemSize,
  },
  {
    header: 'Deleted Item Quota (Byte)',
    field: 'deletedItemQuotaInBytes',
    kind: 'count',
    value: (row) => row.quotas.deletedItems,
  },
  { header: 'Has Archive', field: 'hasArchive', kind: 'bool', value: (row) => row.hasArchive },
  reportPeriodColumn(),
]

/** The reference's header (spec §1.5): the real export's without its last two facts. */
const DOCUMENTED = COLUMNS.map((column) => column.header).filter(
  (header) => header !== 'Deleted Item Quota (Byte)' && header !== 'Has Archive',
)

/**
 * `getMailboxUsageDetail(period)`: the mailbox of every active-users Detail user with an Exchange
 * licence, as of the refresh date. Period only: it has no date overload (spec §1.5). The real
 * export adds Deleted Item Quota and Has Archive before Report Period, which the reference lacks.
 */
export const mailboxUsageDetail: ReportDefinition<MailboxRow> = {
  name: NAME,
  summary: 'Mailbox usage Detail as of the refresh date, each mailbox with an Exchange licence (period only)',
  jsonType: 'mailboxUsageDetail',
  acceptsDate: false,
  columns: COLUMNS,
  documentedColumns: columnsInOrder(COLUMNS, DOCUMENTED),
  rows: (request, from) => mailboxRows(request, NAME, from),
  position: (row) => row.index,
}
