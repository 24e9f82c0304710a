import { once } from 'node:events'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type SpawnedServer, serveFrom } from '../support/spawn-serve'
import type { ConsumerProject } from './support/consumer-project'
import { expectDetailCsv } from './support/detail-csv'
import { readDockerfile } from './support/dockerfile'
import { standaloneFolder } from './support/standalone-file'

const image = readDockerfile(new URL('../../packages/cli/Dockerfile', import.meta.url))
/** The HEALTHCHECK, pointed at the port the server below really has (the image's is 4000). */
const healthcheckOn = (port: string) => image.healthcheck.command.map((arg) => arg.replace(':4000/', `:${port}/`))

// No container engine runs here: what the image would run is run on the same bundle instead.
describe('the Docker image (packages/cli/Dockerfile)', () => {
  it('holds the standalone bundle on a pinned official Node 20 image, as a user other than root', () => {
    expect(image.from).toMatch(/^node:20\.\d+\.\d+-alpine$/)
    expect(image.copies).toEqual([['dist/fake-graph.mjs', './']])
    expect(image.workdir).toBe('/app')
    expect(image.user).toBe('node')
    expect(image.expose).toEqual([4000, 4001])
    expect(image.healthcheck.options).toEqual(expect.arrayContaining([expect.stringMatching(/^--interval=\d+s$/)]))
    // The very argv the tests below run, from the folder the bundle is copied into.
    expect(image.argv).toEqual(['node', 'fake-graph.mjs', 'serve', '--host', '0.0.0.0'])
    expect(healthcheckOn('1234').join(' ')).toContain('http://127.0.0.1:1234/_admin/health')
  })

  describe('its entrypoint, run on the standalone bundle with only the ports moved', () => {
    let app: ConsumerProject
    beforeAll(() => {
      app = standaloneFolder('docker')
    })
    afterAll(() => app?.remove())
    // Commander takes the last --port: the image's argv stays whole.
    const start = (env: Record<string, string>): Promise<SpawnedServer> => {
      const [command, ...args] = image.argv as [string, ...string[]]
      return serveFrom(command, [...args, '--port', '0', '--download-port', '0'], {
        cwd: app.dir,
        env: { ...app.env, ...env },
      })
    }

    it('serves beyond loopback with FAKE_GRAPH_ADMIN_TOKEN, and its HEALTHCHECK passes, then fails once it stops', async () => {
      const server = await start({ FAKE_GRAPH_ADMIN_TOKEN: 'docker-token' })
      const graph = server.graphUrl.replace('0.0.0.0', '127.0.0.1')
      const port = new URL(graph).port
      try {
        expect(server.graphUrl).toMatch(/^http:\/\/0\.0\.0\.0:\d+$/)
        expect(server.banner).toContain('/_admin requires Authorization: Bearer docker-token')
        const [command, ...args] = healthcheckOn(port) as [string, ...string[]]
        expect(await app.run(command, args)).toEqual({ code: 0, stdout: '', stderr: '' })
        expect((await fetch(`${graph}/_admin/journal`)).status).toBe(401)
        const journal = await fetch(`${graph}/_admin/journal`, { headers: { Authorization: 'Bearer docker-token' } })
        expect(journal.status).toBe(200)
        // The link names the container's own bind address and port, as a published port reaches it.
        const report = await fetch(`${graph}/v1.0/reports/getOffice365ActiveUserDetail(period='D7')`, {
          headers: { Authorization: 'Bearer docker' },
          redirect: 'manual',
        })
        const location = report.headers.get('location') as string
        expect(location).toMatch(/\/data\/v1\.0\/download\?token=[\w-]+\.[\w-]+\.[\w-]+$/)
        expect(location.startsWith(`${server.downloadUrl}/data/v1.0/download?token=`)).toBe(true)
        expectDetailCsv(new Uint8Array(await (await fetch(location)).arrayBuffer()))
      } finally {
        server.child.kill('SIGTERM')
      }
      expect(await once(server.child, 'exit')).toEqual([0, null])
      const [command, ...args] = healthcheckOn(port) as [string, ...string[]]
      expect((await app.run(command, args)).code).toBe(1)
    })

    it('without FAKE_GRAPH_ADMIN_TOKEN, refuses admin calls that lack the token it made up', async () => {
      const server = await start({})
      const graph = server.graphUrl.replace('0.0.0.0', '127.0.0.1')
      try {
        const token = /\/_admin requires Authorization: Bearer ([0-9a-f]{48})\n/.exec(server.banner)?.[1]
        expect(token).toBeDefined()
        expect((await fetch(`${graph}/_admin/journal`)).status).toBe(401)
        expect((await fetch(`${graph}/_admin/journal`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(
          200,
        )
      } finally {
        server.child.kill('SIGTERM')
      }
    })
  })
})
