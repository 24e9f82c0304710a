// What a user pays for installing and importing fake-graph, beside what msw alone costs, measured
// in one run on the packed packages installed with plain npm (as test/consumer/ does):
//   - the installed size of @fake-graph/msw (+ core, msw) and of the fake-graph CLI, beside msw alone;
//   - a fresh Node process's time to import @fake-graph/core and @fake-graph/msw, and to its first
//     downloaded CSV of the default tenant, beside importing msw/node alone (interleaved runs).
//
//   pnpm build && pnpm bench:install [--runs 15]
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pinned } from '../test/consumer/support/catalog'
import { type ConsumerProject, createNpmProject } from '../test/consumer/support/npm-project'
import { packPackages } from '../test/consumer/support/pack-packages'

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15

/** Each script prints the milliseconds it measured, from its first import. */
const SCRIPTS = {
  'msw/node alone': `const t = performance.now(); await import('msw/node'); console.log(performance.now() - t)`,
  'ours, msw/core/http already loaded': `await import('msw/core/http')
const t = performance.now()
await import('@fake-graph/core'); await import('@fake-graph/msw')
console.log(performance.now() - t)`,
  'import core + msw': `const t = performance.now()
await import('@fake-graph/core'); await import('@fake-graph/msw')
console.log(performance.now() - t)`,
  'first CSV': `const t = performance.now()
const { createFakeGraph } = await import('@fake-graph/core'); await import('@fake-graph/msw')
const fake = createFakeGraph()
const report = await fake.fetch(new Request("https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(period='D7')", { headers: { Authorization: 'Bearer bench' } }))
await (await fake.fetch(new Request(report.headers.get('location')))).arrayBuffer()
console.log(performance.now() - t)`,
}

function sizeOf(dir: string): { bytes: number; packages: number } {
  let bytes = 0
  let packages = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size
    if (entry.name === 'package.json' && /node_modules\/(@[^/]+\/)?[^/@]+$/.test(entry.parentPath)) packages++
  }
  return { bytes, packages }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

const tarballs = packPackages()
const projects: Record<string, ConsumerProject> = {}
const installs = {
  'msw alone': { dependencies: { msw: pinned('msw') } },
  '@fake-graph/msw + core + msw': {
    packages: ['@fake-graph/core', '@fake-graph/msw'],
    dependencies: { msw: pinned('msw') },
  },
  'fake-graph (CLI)': { packages: ['fake-graph'] },
}
for (const [name, options] of Object.entries(installs)) {
  projects[name] = await createNpmProject(name.replace(/\W+/g, '-'), { ...options, tarballs })
}
try {
  console.log('installed size (node_modules)')
  const baseline = sizeOf(join((projects['msw alone'] as ConsumerProject).dir, 'node_modules'))
  for (const [name, project] of Object.entries(projects)) {
    const { bytes, packages } = sizeOf(join(project.dir, 'node_modules'))
    console.log(
      `  ${name.padEnd(30)} ${(bytes / 1e6).toFixed(1).padStart(6)} MB  ${String(packages).padStart(4)} packages  ${(bytes / baseline.bytes).toFixed(2)}× msw alone`,
    )
  }
  const tarballSizes = Object.entries(tarballs).map(
    ([name, file]) => `${name} ${(statSync(file).size / 1e3).toFixed(0)} kB`,
  )
  console.log(`tarballs: ${tarballSizes.join(', ')}`)

  const dir = (projects['@fake-graph/msw + core + msw'] as ConsumerProject).dir
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(SCRIPTS).map((name) => [name, []]))
  for (let run = 0; run < runs; run++) {
    for (const [name, script] of Object.entries(SCRIPTS)) {
      const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: dir,
        encoding: 'utf8',
      })
      times[name]?.push(Number(output.trim()))
    }
  }
  const base = median(times['msw/node alone'] as number[])
  console.log(`fresh processes, ${runs} interleaved runs each (median)`)
  for (const [name, values] of Object.entries(times)) {
    console.log(
      `  ${name.padEnd(30)} ${median(values).toFixed(1).padStart(7)} ms  ${(median(values) / base).toFixed(2)}× msw/node alone`,
    )
  }
} finally {
  for (const project of Object.values(projects)) project.remove()
}
