import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { requireFreshBuild } from '../../support/fresh-build'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Tarball of every publishable package, by package name, as `pnpm pack` makes it. */
    tarballs: Record<string, string>
  }
}

const ROOT = new URL('../../../', import.meta.url).pathname

/**
 * Packs every public package once for the whole consumer suite. `pnpm pack` is what publishing
 * runs: it rewrites `workspace:` and `catalog:` and applies `publishConfig`, so these tarballs
 * are what npm would serve.
 */
export default function packPackages(project: TestProject): void {
  requireFreshBuild(readdirSync(join(ROOT, 'packages')).map((dir) => `packages/${dir}`))
  const destination = mkdtempSync(join(tmpdir(), 'fake-graph-packs-'))
  const output = execFileSync(
    'npx',
    ['--yes', 'pnpm@10.34.8', '-r', 'pack', '--json', '--pack-destination', destination],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
  const packed = JSON.parse(output) as { name: string; filename: string }[]
  project.provide('tarballs', Object.fromEntries(packed.map(({ name, filename }) => [name, filename])))
}
