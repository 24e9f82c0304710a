import { COUNTED_WORKLOADS, type CountedWorkload, dailyRates } from './daily-counts'
import { type Day, parseDay } from './day'
import { lastActivityAsOf } from './last-activity'
import { onceEach } from './once-each'
import { recordDay } from './record-day'
import { scenarioApps } from './scenario-apps'
import { scenarioCopilot } from './scenario-copilot'
import { type DeviceWorkload, deviceMasks } from './scenario-devices'
import { licenceOf, SERVICES, type Service } from './services'
import { stringSeed } from './string-seed'
import type { TenantUser } from './tenant'
import { TenantError } from './tenant-error'
import type { UserRecord } from './tenant-record'

export interface RecordWindow {
  readonly firstDay: Day
  readonly refreshDate: Day
  /** Days added to every date of the record, to bring a scenario up to the clock. */
  readonly shift: number
}

/**
 * Builds a user from a record that already matches the schema, checking what a schema cannot:
 * real calendar dates, and activity that falls between the licence and the deletion.
 */
export function fromUserRecord(record: UserRecord, window: RecordWindow, path: string): TenantUser {
  const day = (text: string, field: string): Day => recordDay(text, window.shift, `${path}/${field}`)
  const deletedDate = record.deletedDate == null ? null : day(record.deletedDate, 'deletedDate')
  const days = window.refreshDate - window.firstDay + 1
  const activity = new Uint8Array(days)
  const licenseAssignDates: (Day | null)[] = SERVICES.map(() => null)
  const lastActivityBeforeWindow: (Day | null)[] = SERVICES.map(() => null)

  SERVICES.forEach((service, bit) => {
    const licensed = record.licenses?.[service]
    const assigned = licensed === undefined ? null : day(licensed, `licenses/${service}`)
    if (assigned !== null && assigned > window.refreshDate) {
      throw new TenantError(`${path}/licenses/${service}`, `is after the refresh date: "${licensed}"`)
    }
    licenseAssignDates[bit] = assigned
    const spelled = record.activity?.[service] ?? []
    // A loop without a closure or a field name a day: a large file spells hundreds of thousands of days.
    for (let position = 0; position < spelled.length; position++) {
      const text = spelled[position] as string
      const parsed = parseDay(text)
      const active = parsed === undefined ? Number.NaN : parsed + window.shift
      const problem =
        parsed === undefined
          ? 'is not a calendar date'
          : assigned === null
            ? 'is activity on a service the user holds no licence for'
            : active < assigned
              ? 'is before the licence was assigned'
              : active > window.refreshDate
                ? 'is after the refresh date'
                : deletedDate !== null && active >= deletedDate
                  ? 'is not before the user was deleted'
                  : undefined
      if (problem) throw new TenantError(`${path}/activity/${service}/${position}`, `${problem}: "${text}"`)
      if (active < window.firstDay) {
        const previous = lastActivityBeforeWindow[bit]
        lastActivityBeforeWindow[bit] = previous == null ? active : Math.max(previous, active)
      } else {
        const offset = active - window.firstDay
        activity[offset] = (activity[offset] as number) | (1 << bit)
      }
    }
  })

  const unlicensed = (service: Service) => licenseAssignDates[SERVICES.indexOf(service)] === null
  if (record.mailbox && unlicensed('exchange')) {
    throw new TenantError(`${path}/mailbox`, `is a mailbox for a user without ${licenceOf('exchange')}`)
  }

  if (record.oneDrive && unlicensed('oneDrive')) {
    throw new TenantError(`${path}/oneDrive`, `is a OneDrive for a user without ${licenceOf('oneDrive')}`)
  }

  for (const workload of Object.keys(record.dailyCounts ?? {}) as CountedWorkload[]) {
    const service = COUNTED_WORKLOADS[workload].model.service
    if (unlicensed(service)) {
      throw new TenantError(`${path}/dailyCounts/${workload}`, `are counts for a user without ${licenceOf(service)}`)
    }
  }
  const email = record.dailyCounts?.email
  if (email?.receive !== undefined && email.read !== undefined && email.receive < email.read) {
    throw new TenantError(`${path}/dailyCounts/email/receive`, `is less than the mail read: ${email.receive}`)
  }
  for (const [workload, names] of Object.entries(record.devices ?? {}) as [DeviceWorkload, string[]][]) {
    if (unlicensed(workload)) {
      throw new TenantError(`${path}/devices/${workload}`, `are devices for a user without ${licenceOf(workload)}`)
    }
    onceEach(names, `${path}/devices/${workload}`, 'a device')
  }
  const devices = deviceMasks(record.devices)
  const rates = dailyRates(record.dailyCounts, devices)
  const apps = scenarioApps(record, unlicensed, path)
  const copilot = scenarioCopilot(record, unlicensed, day, window.refreshDate, path)

  return {
    id: record.id,
    userPrincipalName: record.userPrincipalName,
    displayName: record.displayName,
    isDeleted: deletedDate !== null,
    deletedDate,
    assignedProducts: record.assignedProducts ?? [],
    licenseAssignDates,
    lastActivityBeforeWindow,
    activity,
    lastActivityDates: lastActivityAsOf(activity, lastActivityBeforeWindow, window.firstDay, window.refreshDate),
    workloadSeed: stringSeed(record.id),
    ...(record.mailbox ? { mailbox: { ...record.mailbox } } : {}),
    ...(record.oneDrive ? { oneDrive: { ...record.oneDrive } } : {}),
    ...(rates ? { dailyRates: rates } : {}),
    ...(devices ? { devices } : {}),
    ...apps,
    ...(copilot ? { copilot } : {}),
  }
}
