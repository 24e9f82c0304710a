import { QUOTA_STATUSES } from '@fake-graph/tenant'
import { laneColumn } from '../lane-column'
import { type MailboxDay, mailboxDays } from '../mailbox-usage'
import type { ReportDefinition } from '../report-definition'
import { refreshDateColumn, reportDateColumn, reportPeriodColumn } from '../standard-columns'

const NAME = 'getMailboxUsageQuotaStatusMailboxCounts'
/** The headers, in `QUOTA_STATUSES` order (spec §1.5). */
const LABELS = ['Under Limit', 'Warning Issued', 'Send Prohibited', 'Send/Receive Prohibited', 'Indeterminate']

/**
 * `getMailboxUsageQuotaStatusMailboxCounts(period)`: per day, the mailboxes in each quota state.
 * Zeros are `0`, as a real export prints them.
 */
export const mailboxUsageQuotaStatusMailboxCounts: ReportDefinition<MailboxDay> = {
  name: NAME,
  summary: 'Mailboxes in each quota state, per day',
  jsonType: 'mailboxUsageQuotaStatusMailboxCounts',
  acceptsDate: false,
  columns: [
    refreshDateColumn(),
    ...QUOTA_STATUSES.map((field, lane) => laneColumn<MailboxDay>(LABELS[lane] as string, field, lane)),
    reportDateColumn(),
    reportPeriodColumn(),
  ],
  rows: (request) =>
    mailboxDays(request, NAME, QUOTA_STATUSES.length, (mailbox, arrived, _active, tally, at) => {
      const lane = at + QUOTA_STATUSES.indexOf(mailbox.statusOf(mailbox.storageUsed(arrived)))
      tally[lane] = (tally[lane] as number) + 1
    }),
}
