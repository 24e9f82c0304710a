// What concealed names cost the Detail render: the same held tenant rendered plain and concealed,
// in interleaved rounds so that both see the same noisy machine. The ratio is what counts.
//
//   pnpm bench:conceal [--users 100000] [--rounds 5]
import './built'
import { office365ActiveUserDetail, renderCsv } from '@fake-graph/reports'
import { generateTenant } from '@fake-graph/tenant'

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`)
  return index < 0 ? fallback : Number(process.argv[index + 1])
}
const users = argument('users', 100_000)
const rounds = argument('rounds', 5)
const tenant = generateTenant({ seed: 1, users, now: new Date('2026-11-27T00:00:00Z'), lazy: false })

/** Seconds to render the 180-day Detail CSV once, as the download streams it, and its bytes. */
async function render(concealNames: boolean): Promise<{ seconds: number; bytes: number }> {
  const start = performance.now()
  let bytes = 0
  for await (const chunk of renderCsv(office365ActiveUserDetail, {
    tenant,
    selection: { period: 180 },
    concealNames,
  }))
    bytes += chunk.length
  return { seconds: (performance.now() - start) / 1000, bytes }
}

await render(false)
await render(true)
const best = { plain: Number.POSITIVE_INFINITY, concealed: Number.POSITIVE_INFINITY }
for (let round = 0; round < rounds; round++) {
  best.plain = Math.min(best.plain, (await render(false)).seconds)
  best.concealed = Math.min(best.concealed, (await render(true)).seconds)
}
const perUser = (seconds: number) => ((seconds / users) * 1e9).toFixed(0)
console.log(`Detail CSV D180, ${users} held users, best of ${rounds} interleaved rounds:`)
console.log(`  plain:     ${best.plain.toFixed(3)} s (${perUser(best.plain)} ns a user)`)
console.log(`  concealed: ${best.concealed.toFixed(3)} s (${perUser(best.concealed)} ns a user)`)
console.log(`  concealed/plain = ${(best.concealed / best.plain).toFixed(3)}×`)
