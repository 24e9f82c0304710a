import { execFile } from 'node:child_process'
import { once } from 'node:events'
import { readdirSync, statSync } from 'node:fs'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveFrom } from '../support/spawn-serve'
import type { ConsumerProject } from './support/consumer-project'
import { expectDetailCsv } from './support/detail-csv'
import { STANDALONE_BUNDLE, standaloneFolder } from './support/standalone-file'
import { EXAMPLE_PACT, WITHOUT_PACT } from './support/verify-pact-without-pact'

const run = promisify(execFile)

describe('the standalone fake-graph.mjs, alone in an empty folder', () => {
  let folder: ConsumerProject
  beforeAll(() => {
    folder = standaloneFolder('file')
  })
  afterAll(() => folder?.remove())

  it('is one file of a few megabytes, with Pact left out', () => {
    expect(readdirSync(folder.dir)).toEqual(['fake-graph.mjs'])
    expect(statSync(STANDALONE_BUNDLE).size).toBeLessThan(5_000_000)
  })

  it('node fake-graph.mjs serve prints the banner, and its curl line downloads the CSV', async () => {
    const server = await serveFrom('node', ['fake-graph.mjs', 'serve', '--port', '0', '--download-port', '0'], {
      cwd: folder.dir,
      env: folder.env,
    })
    try {
      expect(server.banner).toMatch(/^fake-graph is serving Microsoft Graph usage reports\n/)
      const { stdout } = await run('sh', ['-c', server.curl], { cwd: folder.dir, env: folder.env, encoding: 'buffer' })
      expectDetailCsv(stdout)
    } finally {
      server.child.kill('SIGTERM')
    }
    expect(await once(server.child, 'exit')).toEqual([0, null])
  })

  it('verify-pact says in one line that it needs the npm package, and exits 2', async () => {
    expect(await folder.run('node', ['fake-graph.mjs', 'verify-pact', EXAMPLE_PACT])).toEqual(WITHOUT_PACT)
  })
})
