import { checkAppList } from './app-list'
import { EMAIL_CLIENTS, type EmailClient, OUTLOOK_CLIENTS, outlookClients, outlookPairs } from './email-apps'
import {
  ALL_PAIRS,
  APP_PLATFORMS,
  type AppPlatform,
  appBit,
  OFFICE_APP_SERVICES,
  OFFICE_APPS,
  type OfficeApp,
  OUTLOOK_PAIRS,
  suiteOf,
} from './office-apps'
import { onceEach } from './once-each'
import { licenceOf, type Service } from './services'
import type { TenantUser } from './tenant'
import { TenantError } from './tenant-error'

/** As a scenario file lists them: per platform, the Microsoft 365 Apps the user uses there. */
export type AppLists = Partial<Record<AppPlatform, readonly OfficeApp[]>>

/** What a scenario's `apps` and `emailClients` make of a user: the fields of `TenantUser` they set. */
export type ScenarioApps = Pick<TenantUser, 'officeApps' | 'emailClients'>

/**
 * A scenario user's apps and mail clients, checked against their products and licences. A suite
 * holder's Outlook clients are the apps reports' Outlook, so where both are listed they must
 * agree, and where only the clients are, they set the apps' Outlook and leave the other apps drawn.
 */
export function scenarioApps(
  record: { assignedProducts?: readonly string[]; apps?: AppLists; emailClients?: readonly EmailClient[] },
  unlicensed: (service: Service) => boolean,
  path: string,
): ScenarioApps {
  const suite = suiteOf(record.assignedProducts ?? []) !== undefined
  let listedPairs: number | undefined
  if (record.apps) {
    if (!suite)
      throw new TenantError(`${path}/apps`, 'are Microsoft 365 Apps for a user without a product that carries them')
    listedPairs = 0
    for (const [platform, apps] of Object.entries(record.apps) as [AppPlatform, readonly OfficeApp[]][]) {
      checkAppList(apps, OFFICE_APP_SERVICES, unlicensed, `${path}/apps/${platform}`, (app) => app)
      for (const app of apps) listedPairs |= appBit(APP_PLATFORMS.indexOf(platform), OFFICE_APPS.indexOf(app))
    }
  }
  const clients = record.emailClients
  if (clients === undefined)
    return listedPairs === undefined ? {} : { officeApps: { set: ALL_PAIRS, used: listedPairs } }
  if (unlicensed('exchange'))
    throw new TenantError(`${path}/emailClients`, `are mail clients for a user without ${licenceOf('exchange')}`)
  onceEach(clients, `${path}/emailClients`, 'a client')
  const emailClients = clients.reduce((mask, name) => mask | (1 << EMAIL_CLIENTS.indexOf(name)), 0)
  if (!suite) return { emailClients }
  if (listedPairs === undefined)
    return { emailClients, officeApps: { set: OUTLOOK_PAIRS, used: outlookPairs(emailClients) } }
  const outlook = outlookClients(listedPairs)
  if ((emailClients & OUTLOOK_CLIENTS) !== outlook)
    throw new TenantError(
      `${path}/emailClients`,
      `must name the Outlook clients that apps lists, for a user with Microsoft 365 Apps: ${clientList(outlook).join(', ') || 'none'}`,
    )
  return { emailClients, officeApps: { set: ALL_PAIRS, used: listedPairs } }
}

/** The lists a scenario file would hold for a user's own apps, in each platform's app order. */
export function appLists(pairs: number): AppLists {
  const lists: AppLists = {}
  APP_PLATFORMS.forEach((platform, p) => {
    const apps = OFFICE_APPS.filter((_, app) => (pairs & appBit(p, app)) !== 0)
    if (apps.length > 0) lists[platform] = apps
  })
  return lists
}

/** The clients of a mask, in the reports' column order. */
export function clientList(mask: number): EmailClient[] {
  return EMAIL_CLIENTS.filter((_, bit) => (mask >>> bit) & 1)
}
