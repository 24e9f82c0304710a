import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Tarball of every publishable package, by package name, as `pnpm pack` makes it. */
    tarballs: Record<string, string>
  }
}

const ROOT = new URL('../../../', import.meta.url).pathname
/** Every package a user can install, by folder. */
export const PACKAGE_DIRS = [
  'packages/tenant',
  'packages/reports',
  'packages/core',
  'packages/msw',
  'packages/server',
  'packages/contract',
  'packages/cli',
  'contracts',
]

/**
 * Packs every package once for the whole consumer suite. `pnpm pack` is what publishing runs: it
 * rewrites `workspace:` and `catalog:` and applies `publishConfig`, so these tarballs are what
 * npm would serve.
 */
export default function packPackages(project: TestProject): void {
  const destination = mkdtempSync(join(tmpdir(), 'fake-graph-packs-'))
  const tarballs: Record<string, string> = {}
  for (const dir of PACKAGE_DIRS) {
    requireFreshBuild(join(ROOT, dir))
    const manifest = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as { name: string }
    const output = execFileSync('npx', ['--yes', 'pnpm@10.34.8', 'pack', '--json', '--pack-destination', destination], {
      cwd: join(ROOT, dir),
      encoding: 'utf8',
    })
    tarballs[manifest.name] = (JSON.parse(output) as { filename: string }).filename
  }
  project.provide('tarballs', tarballs)
}

/** The suite tests dist/, so dist/ must be newer than every source file it is built from. */
function requireFreshBuild(dir: string): void {
  const src = join(dir, 'src')
  let sources: number
  try {
    sources = newest(src)
  } catch {
    return // a package of plain files (contracts/)
  }
  let built = 0
  try {
    built = newest(join(dir, 'dist'))
  } catch {}
  if (built < sources) throw new Error(`${dir}/dist is older than its sources: run \`pnpm build\` first`)
}

function newest(dir: string): number {
  let time = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && !entry.name.endsWith('.test.ts'))
      time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return time
}
