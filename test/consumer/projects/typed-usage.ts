// A user's TypeScript over the public API of every library package. The consumer suite
// type-checks it in a fresh project against the packed declarations (tsc --init defaults, and
// bundler resolution without skipLibCheck); the workspace's own typecheck reads it too.
import { type Diagnostic, validateReportCsv } from '@fake-graph/contract'
import {
  assertDownloaded,
  createFakeGraph,
  type FakeGraph,
  type FakeGraphOptions,
  GraphError,
  type JournalEntry,
} from '@fake-graph/core'
import { graphHandlers } from '@fake-graph/msw'
import { ALL_REPORTS, PERIODS } from '@fake-graph/reports'
import { createApp, type RunningServer, startServer } from '@fake-graph/server'
import { generateTenant, type Tenant } from '@fake-graph/tenant'
import { setupServer } from 'msw/node'

const options: FakeGraphOptions = { seed: 42, users: 50, now: '2026-11-27T00:00:00Z', throttling: true }
const fake: FakeGraph = createFakeGraph(options)
const server = setupServer(...graphHandlers(fake))
server.listen({ onUnhandledRequest: 'error' })
fake.faults.add({ status: 503, retryAfter: 5, times: 1 })

export async function detailRows(): Promise<number> {
  const response: Response = await fetch(
    "https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(period='D7')",
    { headers: { Authorization: 'Bearer typed' } },
  )
  const csv = await response.text()
  const problems: Diagnostic[] = validateReportCsv(csv, 'getOffice365ActiveUserDetail')
  assertDownloaded(fake, { report: 'getOffice365ActiveUserDetail', period: 'D7' })
  const entries: readonly JournalEntry[] = fake.journal.entries()
  return problems.length + entries.length
}

export async function serve(): Promise<string> {
  const running: RunningServer = await startServer({ port: 0, downloadPort: 0, fake: { seed: 7 } })
  const apps = createApp(running.fake)
  await running.close()
  return `${running.graphUrl} ${typeof apps.api}`
}

export const tenant: Tenant = generateTenant({ seed: 1, users: 3, now: new Date('2026-11-27T00:00:00Z') })
export const reports: string[] = ALL_REPORTS.map((report) => report.name)
export const periods: readonly number[] = PERIODS
export const isGraphError = (error: unknown): error is GraphError => error instanceof GraphError
