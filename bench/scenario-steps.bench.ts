// The longest step of loading a 50 MB scenario of one kind of entity in bulk, beside the whole
// load in the same run: what one turn of a server's event loop can be held for while it loads.
//   npx tsx bench/scenario-steps.bench.ts            (users, groups and sites)
import { loadingTenant } from '@fake-graph/tenant'

const now = new Date('2026-11-27T00:00:00Z')
const hex = (i: number) => i.toString(16).padStart(12, '0')
const organization = { id: '6f1c3a52-0d4e-4c8b-9a57-2b1e8f0c7d31', name: 'Contoso', domain: 'contoso.onmicrosoft.com' }
const owner = {
  id: '00000000-0000-4000-8000-000000000000',
  userPrincipalName: 'o@contoso.onmicrosoft.com',
  displayName: 'O',
}
const files: Record<string, () => object> = {
  '400,000 users': () => ({
    users: Array.from({ length: 400_000 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${hex(i)}`,
      userPrincipalName: `u${i}@contoso.onmicrosoft.com`,
      displayName: `U ${i}`,
    })),
  }),
  '450,000 groups': () => ({
    users: [owner],
    groups: Array.from({ length: 450_000 }, (_, i) => ({
      id: `10000000-0000-4000-8000-${hex(i)}`,
      displayName: `g${i}`,
    })),
  }),
  '400,000 sites': () => ({
    users: [owner],
    sites: Array.from({ length: 400_000 }, (_, i) => ({
      id: `20000000-0000-4000-8000-${hex(i)}`,
      url: `https://contoso.sharepoint.com/sites/s${i}`,
    })),
  }),
}

for (const [name, make] of Object.entries(files)) {
  const record = { organization, refreshDate: '2026-11-25', ...make() }
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
