import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { requireFreshBuild } from '../../support/fresh-build'

const ROOT = new URL('../../../', import.meta.url).pathname

/**
 * Packs every public package into a temporary folder and returns the tarballs by package name.
 * `pnpm pack` is what publishing runs: it rewrites `workspace:` and `catalog:` and applies
 * `publishConfig`, so these tarballs are what npm would serve.
 */
export function packPackages(): Record<string, string> {
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
  return Object.fromEntries(packed.map(({ name, filename }) => [name, filename]))
}
