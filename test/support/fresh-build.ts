import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = new URL('../../', import.meta.url).pathname

/**
 * Tests that run dist/ need dist/ newer than every source file it may be built from (the CLI's
 * bundle holds every package): a stale build would test yesterday's code. Fails with the
 * command that fixes it.
 */
export function requireFreshBuild(packageDirs: string[]): void {
  const packages = join(ROOT, 'packages')
  const sources = Math.max(...readdirSync(packages).map((dir) => newest(join(packages, dir, 'src'))))
  for (const dir of packageDirs) {
    if (newest(join(ROOT, dir, 'dist')) < sources)
      throw new Error(`${dir}/dist is older than the sources: run \`npx --yes pnpm@10.34.8 build\` first`)
  }
}

/** The newest modification time of the files under `dir` that a build reads (0 when there are none). */
function newest(dir: string): number {
  let time = 0
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile() && !entry.name.endsWith('.test.ts'))
        time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs)
    }
  } catch {}
  return time
}

/** Global setup of the e2e project: its CLI tests spawn the bundle. */
export default function requireFreshCli(): void {
  requireFreshBuild(['packages/cli'])
}
