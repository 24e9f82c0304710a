import { COPILOT_APPS, type CopilotApp, CopilotUsage } from '@fake-graph/tenant'

/** A Copilot report's version (`version='v1'` by default, or `'v2'`): v2 adds columns and D28 (docs/usage-reports.md §12). */
export type CopilotVersion = 'v1' | 'v2'

/** A column group of the Copilot reports: a label, its JSON stem, and the surfaces it covers. */
export interface CopilotSurface {
  readonly label: string
  readonly field: string
  readonly apps: readonly CopilotApp[]
  /** The apps as the bits `CopilotUsage` reads. */
  readonly bits: number
}

const surface = (label: string, field: string, ...apps: CopilotApp[]): CopilotSurface => ({
  label,
  field,
  apps,
  bits: CopilotUsage.bitsOf(apps),
})

const CHAT = surface('Copilot Chat', 'copilotChat', 'chatWork', 'chatWeb')
const CHAT_WORK = surface('Copilot Chat (work)', 'copilotChatWork', 'chatWork')
const CHAT_WEB = surface('Copilot Chat (web)', 'copilotChatWeb', 'chatWeb')
const TEAMS = surface('Microsoft Teams', 'microsoftTeams', 'teams')
const WORD = surface('Word', 'word', 'word')
const EXCEL = surface('Excel', 'excel', 'excel')
const POWERPOINT = surface('PowerPoint', 'powerPoint', 'powerPoint')
const OUTLOOK = surface('Outlook', 'outlook', 'outlook')
const ONENOTE = surface('OneNote', 'oneNote', 'oneNote')
const LOOP = surface('Loop', 'loop', 'loop')
const M365_COPILOT = surface('Microsoft 365 Copilot', 'microsoft365Copilot', 'microsoft365Copilot')
const EDGE = surface('Edge', 'edge', 'edge')
const AGENT = surface('Copilot Agent', 'copilotAgent', 'agent')

/** Every surface: a user's Last Activity Date is their last use of any of them, in either version. */
const ANY_APP = surface('Any App', 'anyApp', ...COPILOT_APPS)
/** Every surface's bit: any use of Copilot. */
export const ANY_USE = ANY_APP.bits

/** The Detail's per-app last activity columns, in v1's order (spec §1.18). */
export const DETAIL_APPS: readonly CopilotSurface[] = [CHAT, TEAMS, WORD, EXCEL, POWERPOINT, OUTLOOK, ONENOTE, LOOP]
/** The last activity columns v2 adds to the Detail, after its prompt counts. */
export const DETAIL_V2_APPS: readonly CopilotSurface[] = [CHAT_WORK, CHAT_WEB, M365_COPILOT, EDGE, AGENT]
/** The Detail's v2 prompt counts: all apps, then the two chats. */
export const PROMPT_SURFACES: readonly CopilotSurface[] = [ANY_APP, CHAT_WORK, CHAT_WEB]

/** The enabled and active pairs of the summary and the trend, in v1's order (spec §1.18). */
export const COUNT_SURFACES: readonly CopilotSurface[] = [
  TEAMS,
  WORD,
  POWERPOINT,
  OUTLOOK,
  EXCEL,
  ONENOTE,
  LOOP,
  ANY_APP,
  CHAT,
]
/** The pairs v2 adds after them. */
export const COUNT_V2_SURFACES: readonly CopilotSurface[] = [EDGE, M365_COPILOT, CHAT_WORK, CHAT_WEB]

/** The periods each version takes, in days (`ALL` is not served yet: docs/usage-reports.md §12). */
export const COPILOT_PERIODS = { v1: [7, 30, 90, 180], v2: [7, 28, 90, 180] } as const
