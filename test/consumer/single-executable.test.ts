import { once } from 'node:events'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveFrom } from '../support/spawn-serve'
import { type ConsumerProject, projectAt, type RunResult } from './support/consumer-project'
import { expectDetailCsv } from './support/detail-csv'
import { EXAMPLE_PACT, WITHOUT_PACT } from './support/verify-pact-without-pact'

const BUILD_SEA = new URL('../../packages/cli/scripts/build-sea.mjs', import.meta.url).pathname
/** Node is /usr/bin/node here: a PATH that keeps /usr/bin would keep it. */
const NO_NODE = { PATH: '/nonexistent' }

describe('the single executable (Node SEA), with no Node on PATH', () => {
  let folder: ConsumerProject
  let build: RunResult
  let binary: string
  // Built once per run, in a temporary folder: it is a copy of node, about 100 MB.
  beforeAll(async () => {
    folder = projectAt(mkdtempSync(join(tmpdir(), 'fake-graph-sea-')))
    binary = join(folder.dir, 'fake-graph')
    build = await folder.run(process.execPath, [BUILD_SEA, '--out', folder.dir])
  })
  afterAll(() => folder?.remove())

  it('builds from the CommonJS bundle with postject, in seconds', () => {
    expect(build.code, build.stderr).toBe(0)
    expect(build.stdout).toMatch(/\/fake-graph \(\d+\.\d MB, Node 20\.\d+\.\d+\) built in \d+\.\d s\n$/)
    expect(readdirSync(folder.dir)).toEqual(['fake-graph'])
  })

  it('serve --port 0 --download-port 0 prints the banner, and the download through its 302 is the CSV', async () => {
    expect((await folder.run('node', ['--version'], { env: NO_NODE })).code).not.toBe(0)
    const server = await serveFrom(binary, ['serve', '--port', '0', '--download-port', '0'], {
      cwd: folder.dir,
      env: NO_NODE,
    })
    try {
      expect(server.banner).toMatch(/^fake-graph is serving Microsoft Graph usage reports\n/)
      const report = await fetch(`${server.graphUrl}/v1.0/reports/getOffice365ActiveUserDetail(period='D7')`, {
        headers: { Authorization: 'Bearer single-executable' },
        redirect: 'manual',
      })
      expect(report.status).toBe(302)
      const location = report.headers.get('location') as string
      expect(location).toMatch(/\/data\/v1\.0\/download\?token=[\w-]+\.[\w-]+\.[\w-]+$/)
      expect(location.startsWith(`${server.downloadUrl}/data/v1.0/download?token=`)).toBe(true)
      const download = await fetch(location)
      expect(download.status).toBe(200)
      expectDetailCsv(new Uint8Array(await download.arrayBuffer()))
    } finally {
      server.child.kill('SIGTERM')
    }
    expect(await once(server.child, 'exit')).toEqual([0, null])
  })

  it('verify-pact says in one line that it needs the npm package, and exits 2', async () => {
    expect(await folder.run(binary, ['verify-pact', EXAMPLE_PACT], { env: NO_NODE })).toEqual(WITHOUT_PACT)
  })
})
