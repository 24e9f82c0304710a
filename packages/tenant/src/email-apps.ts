import {
  appBit,
  appsUsedOn,
  OFFICE_APPS,
  type OfficeAppsUser,
  officeAppsProductType,
  officeAppsUser,
} from './office-apps'
import { SERVICES } from './services'
import type { TenantUser } from './tenant'
import { mix, unit } from './workload-activity'

/** The mail clients of the email app usage reports, in their column order (spec §1.4). */
export const EMAIL_CLIENTS = [
  'mailForMac',
  'outlookForMac',
  'outlookForWindows',
  'outlookForMobile',
  'otherForMobile',
  'outlookForWeb',
  'pop3App',
  'imap4App',
  'smtpApp',
] as const
export type EmailClient = (typeof EMAIL_CLIENTS)[number]

/**
 * The versions of Outlook for Windows, as the Detail's cells spell them and with the column of
 * the versions report that counts each: `ProPlus` is the suite's Outlook (spec §1.4, [CLI]), the
 * others a perpetual licence's [I].
 */
export const OUTLOOK_VERSIONS: ReadonlyMap<string, string> = new Map([
  ['ProPlus', 'Outlook M365'],
  ['Outlook 2019', 'Outlook 2019'],
  ['Outlook 2016', 'Outlook 2016'],
  ['Outlook 2013', 'Outlook 2013'],
  ['Outlook 2010', 'Outlook 2010'],
  ['Outlook 2007', 'Outlook 2007'],
  ['Undetermined', 'Undetermined'],
])
/** A client other than Outlook for Windows reports no version: its cell says `Undetermined` [DC beta example]. */
export const UNDETERMINED = 'Undetermined'

const SALT = 0x6d61_696c
const EXCHANGE = 1 << SERVICES.indexOf('exchange')
const OUTLOOK = OFFICE_APPS.indexOf('outlook')
const client = (name: EmailClient) => 1 << EMAIL_CLIENTS.indexOf(name)
/** The suite's Outlook pairs of the apps reports, by platform, and the mail client each one is. */
const OUTLOOK_WINDOWS = appBit(0, OUTLOOK)
const OUTLOOK_MAC = appBit(1, OUTLOOK)
const OUTLOOK_MOBILE = appBit(2, OUTLOOK)
const OUTLOOK_WEB = appBit(3, OUTLOOK)
const WINDOWS = client('outlookForWindows')
const MAC = client('outlookForMac')
const MOBILE = client('outlookForMobile')
const WEB = client('outlookForWeb')
/** The four clients that, for a suite holder, are the apps reports' Outlook. */
export const OUTLOOK_CLIENTS = WINDOWS | MAC | MOBILE | WEB

/** How many users of each client use it at all, for the clients that are not the suite's Outlook. */
const OTHER_CLIENTS: readonly [client: number, share: number][] = [
  [client('mailForMac'), 0.03],
  [client('otherForMobile'), 0.1],
  [client('pop3App'), 0.01],
  [client('imap4App'), 0.02],
  [client('smtpApp'), 0.04],
]
/** Without the suite: Outlook from a perpetual licence, the web and the phone app (Exchange plans, E1, F3…). */
const PLAIN_OUTLOOK: readonly [client: number, share: number][] = [
  [client('outlookForWindows'), 0.35],
  [client('outlookForWeb'), 0.6],
  [client('outlookForMobile'), 0.45],
]
const PERPETUAL = ['Outlook 2019', 'Outlook 2016', 'Outlook 2016', 'Outlook 2013', 'Outlook 2010', 'Undetermined']

/** What one user reads mail with: drawn once per user, from the workload seed alone. */
export interface EmailAppsUser {
  readonly seed: number
  /** The suite's apps, whose Outlook pairs are this user's Outlook clients, if the user holds the suite. */
  readonly apps?: OfficeAppsUser
  /** The clients used at all other than the suite's Outlook, one bit per `EMAIL_CLIENTS`. */
  readonly others: number
  /** Of those, the ones a scenario says are used on every Exchange-active day; the others one day in two. */
  readonly everyDay: number
  /** The version Outlook for Windows reports. */
  readonly windowsVersion: string
}

export function emailAppsUser(user: TenantUser): EmailAppsUser {
  const seed = (user.workloadSeed ^ SALT) | 0
  const apps = officeAppsProductType(user) === undefined ? undefined : officeAppsUser(user)
  const windowsVersion = apps ? 'ProPlus' : (PERPETUAL[Math.floor(unit(seed, 12) * PERPETUAL.length)] as string)
  // A suite holder's Outlook clients are the apps' Outlook, which the scenario's list has set there.
  const own = user.emailClients === undefined ? undefined : user.emailClients & ~(apps ? OUTLOOK_CLIENTS : 0)
  if (own !== undefined) return { seed, apps, others: own, everyDay: own, windowsVersion }
  let others = drawClients(seed, OTHER_CLIENTS, 1)
  if (!apps) others |= drawClients(seed, PLAIN_OUTLOOK, 8)
  return { seed, apps, others, everyDay: 0, windowsVersion }
}

/** Each client of `shares` with its chance, drawn from the seed's streams from `first` on. */
function drawClients(seed: number, shares: readonly (readonly [number, number])[], first: number): number {
  let clients = 0
  for (let i = 0; i < shares.length; i++) {
    const [bit, share] = shares[i] as readonly [number, number]
    if (unit(seed, first + i) < share) clients |= bit
  }
  return clients
}

/**
 * The clients used on the day at `offset` of the window: only on an Exchange-active day, the
 * suite's Outlook exactly when the apps reports say it was used, the others one day in two [I].
 */
export function emailClientsOn(mail: EmailAppsUser, activity: Uint8Array, offset: number): number {
  if (((activity[offset] as number) & EXCHANGE) === 0) return 0
  let used = mail.others & (mix(mail.seed, 3, offset) | mail.everyDay)
  if (mail.apps) {
    const pairs = appsUsedOn(mail.apps, activity, offset)
    used |= outlookClients(pairs)
  }
  return used
}

/** The clients used on any day of the window's offsets [from, to]. */
export function emailClientsBetween(mail: EmailAppsUser, activity: Uint8Array, from: number, to: number): number {
  const possible = possibleClients(mail)
  if (possible === 0) return 0
  let used = 0
  // Newest first, and done once every client the user has was seen: most are within days.
  for (let offset = Math.min(to, activity.length - 1); offset >= Math.max(0, from) && used !== possible; offset--)
    used |= emailClientsOn(mail, activity, offset)
  return used
}

/** Every client the user could use on some day. */
function possibleClients(mail: EmailAppsUser): number {
  return mail.others | (mail.apps ? outlookClients(mail.apps.adopted) : 0)
}

/** The Outlook clients that a set of apps pairs holds: they are the apps reports' Outlook. */
export function outlookClients(pairs: number): number {
  return (
    (pairs & OUTLOOK_WINDOWS ? WINDOWS : 0) |
    (pairs & OUTLOOK_MAC ? MAC : 0) |
    (pairs & OUTLOOK_MOBILE ? MOBILE : 0) |
    (pairs & OUTLOOK_WEB ? WEB : 0)
  )
}

/** The apps pairs that a set of clients' Outlook clients are: `outlookClients` the other way. */
export function outlookPairs(clients: number): number {
  return (
    (clients & WINDOWS ? OUTLOOK_WINDOWS : 0) |
    (clients & MAC ? OUTLOOK_MAC : 0) |
    (clients & MOBILE ? OUTLOOK_MOBILE : 0) |
    (clients & WEB ? OUTLOOK_WEB : 0)
  )
}
