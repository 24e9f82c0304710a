// Benchmarks measure the packages as users install them: the built dist/, not the sources through
// tsx. tsx keeps every function's name by wrapping each closure it makes in a call that defines
// `name`, work the built code never does; a walk that makes closures per row (the SharePoint site
// Detail's) ran 1.3x slower from the sources. The bench scripts run with `--conditions=built`,
// which the repository's `exports` map to dist/ (decision 0021). Imported first by each bench
// that runs the libraries in its own process, so that a stale build is refused before it is timed.
import { readdirSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const LIBRARIES = ['tenant', 'reports', 'core', 'msw', 'contract', 'server']

/** The newest modification time of the sources under `directory` that a build reads (tests are not), in ms. */
function newest(directory: string): number {
  let latest = 0
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true }))
    if (entry.isFile() && !entry.name.endsWith('.test.ts'))
      latest = Math.max(latest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs)
  return latest
}

for (const library of LIBRARIES) {
  const entry = fileURLToPath(import.meta.resolve(`@fake-graph/${library}`))
  if (!entry.endsWith('/dist/index.mjs')) {
    console.error(
      `bench: @fake-graph/${library} resolves to its sources; run the bench through its package script, which passes --conditions=built`,
    )
    process.exit(2)
  }
  const root = entry.slice(0, -'/dist/index.mjs'.length)
  if (statSync(entry).mtimeMs < newest(`${root}/src`)) {
    console.error(`bench: packages/${library}/dist is older than its sources; run: npx --yes pnpm@10.34.8 build`)
    process.exit(2)
  }
}
