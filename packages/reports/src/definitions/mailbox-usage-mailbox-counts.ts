import { laneColumn } from '../lane-column'
import { type MailboxDay, mailboxDays } from '../mailbox-usage'
import type { ReportDefinition } from '../report-definition'
import { refreshDateColumn, reportDateColumn, reportPeriodColumn } from '../standard-columns'

const NAME = 'getMailboxUsageMailboxCounts'
const TOTAL = 0
const ACTIVE = 1

/** `getMailboxUsageMailboxCounts(period)`: per day, the mailboxes that existed and those whose user used Exchange. */
export const mailboxUsageMailboxCounts: ReportDefinition<MailboxDay> = {
  name: NAME,
  summary: 'Mailboxes in total and active, per day',
  jsonType: 'mailboxUsageMailboxCounts',
  acceptsDate: false,
  columns: [
    refreshDateColumn(),
    laneColumn<MailboxDay>('Total', 'total', TOTAL),
    laneColumn<MailboxDay>('Active', 'active', ACTIVE),
    reportDateColumn(),
    reportPeriodColumn(),
  ],
  rows: (request) =>
    mailboxDays(request, NAME, 2, (_mailbox, _arrived, active, tally, at) => {
      tally[at + TOTAL] = (tally[at + TOTAL] as number) + 1
      if (active) tally[at + ACTIVE] = (tally[at + ACTIVE] as number) + 1
    }),
}
