import { checkAppList } from './app-list'
import { COPILOT_APP_SERVICES, COPILOT_APPS, COPILOT_LICENCE, type CopilotApp, CopilotUsage } from './copilot-activity'
import { type Day, formatDay } from './day'
import type { Service } from './services'
import type { TenantUser } from './tenant'
import { TenantError } from './tenant-error'

/** As a scenario file writes it: the Copilot surfaces a user works in, and since when they hold the licence. */
export interface CopilotRecord {
  apps?: CopilotApp[]
  licensedSince?: string
}

/**
 * A scenario user's Copilot use, checked against their products and licences: it needs the
 * Copilot licence, Copilot in Teams a Teams licence and in Outlook an Exchange one.
 */
export function scenarioCopilot(
  record: { assignedProducts?: readonly string[]; copilot?: CopilotRecord },
  unlicensed: (service: Service) => boolean,
  day: (text: string, field: string) => Day,
  refreshDate: Day,
  path: string,
): TenantUser['copilot'] {
  const own = record.copilot
  if (!own) return undefined
  if (!record.assignedProducts?.includes(COPILOT_LICENCE))
    throw new TenantError(`${path}/copilot`, `is Copilot use for a user without the ${COPILOT_LICENCE} licence`)
  const since = own.licensedSince === undefined ? undefined : day(own.licensedSince, 'copilot/licensedSince')
  if (since !== undefined && since > refreshDate)
    throw new TenantError(`${path}/copilot/licensedSince`, `is after the refresh date: "${own.licensedSince}"`)
  const apps = own.apps
  if (apps) checkAppList(apps, COPILOT_APP_SERVICES, unlicensed, `${path}/copilot/apps`, (app) => `Copilot in ${app}`)
  return {
    ...(apps ? { apps: CopilotUsage.bitsOf(apps) } : {}),
    ...(since === undefined ? {} : { since }),
  }
}

/** The record a scenario file would hold for a user's own Copilot use. */
export function copilotRecord(own: NonNullable<TenantUser['copilot']>): CopilotRecord {
  return {
    ...(own.apps === undefined ? {} : { apps: COPILOT_APPS.filter((_, lane) => (own.apps as number) & (1 << lane)) }),
    ...(own.since === undefined ? {} : { licensedSince: formatDay(own.since) }),
  }
}
