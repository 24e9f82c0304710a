import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ConsumerProject, projectAt } from './consumer-project'

/** The standalone CLI as the release attaches it: the ESM bundle, every JavaScript dependency inside. */
export const STANDALONE_BUNDLE = new URL('../../../packages/cli/dist/fake-graph.mjs', import.meta.url).pathname

/** A fresh folder outside the workspace that holds `fake-graph.mjs` and nothing else, as after a download. */
export function standaloneFolder(name: string): ConsumerProject {
  const dir = mkdtempSync(join(tmpdir(), `fake-graph-standalone-${name}-`))
  copyFileSync(STANDALONE_BUNDLE, join(dir, 'fake-graph.mjs'))
  return projectAt(dir)
}
