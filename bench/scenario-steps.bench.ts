// The longest step of loading a 50 MB scenario of one kind of entity in bulk, beside the whole
// load in the same run: what one turn of a server's event loop can be held for while it loads.
//   npx --yes pnpm@10.34.8 bench:scenario-steps      (users, groups and sites; the libraries built)
import './built'
import { loadingTenant } from '@fake-graph/tenant'
import { type BulkKind, bulkScenario } from '../test/support/bulk-scenario'

const now = new Date('2026-11-27T00:00:00Z')
const files: [string, BulkKind, number][] = [
  ['400,000 users', 'users', 400_000],
  ['450,000 groups', 'groups', 450_000],
  ['400,000 sites', 'sites', 400_000],
]

for (const [name, kind, size] of files) {
  const record = bulkScenario(kind, size)
  const megabytes = JSON.stringify(record).length / 1e6
  const steps = loadingTenant(record, { now })
  const started = performance.now()
  let longest = 0
  let count = 0
  let stepStarted = started
  for (let step = steps.next(); !step.done; step = steps.next()) {
    longest = Math.max(longest, performance.now() - stepStarted)
    count++
    stepStarted = performance.now()
  }
  const whole = performance.now() - started
  console.log(
    `${name} (${megabytes.toFixed(1)} MB): ${count} steps, the longest ${longest.toFixed(0)} ms of ${whole.toFixed(0)} ms (${(longest / whole).toFixed(3)}×)`,
  )
}
