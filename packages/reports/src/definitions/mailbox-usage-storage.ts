import { type MailboxDay, mailboxDays } from '../mailbox-usage'
import type { ReportDefinition } from '../report-definition'
import { refreshDateColumn, reportDateColumn, reportPeriodColumn } from '../standard-columns'

const NAME = 'getMailboxUsageStorage'

/** `getMailboxUsageStorage(period)`: per day, the bytes the mailboxes then existing held, the Detail's Storage Used summed. */
export const mailboxUsageStorage: ReportDefinition<MailboxDay> = {
  name: NAME,
  summary: 'Bytes the mailboxes hold, per day',
  jsonType: 'mailboxUsageStorage',
  acceptsDate: false,
  columns: [
    refreshDateColumn(),
    {
      header: 'Storage Used (Byte)',
      field: 'storageUsedInBytes',
      kind: 'count',
      value: (row) => row.numbers[0] as number,
    },
    reportDateColumn(),
    reportPeriodColumn(),
  ],
  rows: (request) =>
    mailboxDays(request, NAME, 1, (mailbox, arrived, _active, tally, at) => {
      tally[at] = (tally[at] as number) + mailbox.storageUsed(arrived)
    }),
}
