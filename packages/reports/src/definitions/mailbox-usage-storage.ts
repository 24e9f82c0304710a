import { laneColumn } from '../lane-column'
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
    laneColumn<MailboxDay>('Storage Used (Byte)', 'storageUsedInBytes', 0),
    reportDateColumn(),
    reportPeriodColumn(),
  ],
  rows: (request) =>
    mailboxDays(request, NAME, 1, (mailbox, arrived, _active, tally, at) => {
      tally[at] = (tally[at] as number) + mailbox.storageUsed(arrived)
    }),
}
