import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { freePort } from '../support/free-port'
import { type ConsumerProject, createProject } from './support/consumer-project'
import { recipe } from './support/doc-recipes'
import { PYTEST_DRIVER } from './support/pytest-driver'
import { EXAMPLE_PACT } from './support/verify-pact-without-pact'

const hasPytest = spawnSync('python3', ['-c', 'import pytest']).status === 0
const job = parse(recipe('.github/workflows/graph-reports.yml')).jobs['against-fake-graph'] as {
  steps: { run?: string }[]
}
const step = (command: string) => job.steps.find((candidate) => candidate.run?.includes(command))?.run as string

describe('the recipes of docs/other-languages.md, in a project with fake-graph installed by npm', () => {
  let project: ConsumerProject
  beforeAll(async () => {
    project = await createProject('recipes', {
      packages: ['fake-graph'],
      files: {
        'conftest.py': recipe('conftest.py'),
        'test_reports.py': recipe('test_reports.py'),
        'drive_pytest.py': PYTEST_DRIVER,
        'pacts/report-client.json': readFileSync(EXAMPLE_PACT, 'utf8'),
      },
    })
  })
  afterAll(() => project?.remove())

  it('the pytest fixture reads both origins from the banner, the test gets the CSV, and the teardown stops the server', async () => {
    const result = await project.run('python3', ['drive_pytest.py'])
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({
      graph: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      downloads: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      stopped: true,
    })
  })

  it.runIf(hasPytest)('pytest itself runs the fixture and the test', async () => {
    const result = await project.run('python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'test_reports.py'])
    expect(result.stdout).toMatch(/^1 passed in /m)
    expect(result.code).toBe(0)
  })

  it("the GitHub Actions job's verify-pact step verifies the pact", async () => {
    const result = await project.run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step('verify-pact')])
    expect(result.stdout).toContain('✓ 1 pact file(s) verified against the fake\n')
    expect(result.code).toBe(0)
  })

  it("the GitHub Actions job's serve step waits until the fake answers its health check", async () => {
    const [graph, download] = [await freePort(), await freePort()]
    const run = step('fake-graph serve')
    expect(run).toContain('fake-graph serve ')
    expect(run).toContain('http://127.0.0.1:4000/')
    // Only the ports move, as on a shared machine 4000 may be taken.
    const script = run
      .replace('fake-graph serve ', `fake-graph serve --port ${graph} --download-port ${download} `)
      .replace('http://127.0.0.1:4000/', `http://127.0.0.1:${graph}/`)
    // Its own process group: the server it leaves in the background goes with it below.
    const bash = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd: project.dir,
      env: project.env,
      detached: true,
    })
    try {
      let stdout = ''
      bash.stdout.on('data', (chunk) => {
        stdout += chunk
      })
      const [code] = await once(bash, 'exit')
      expect(code).toBe(0)
      expect(JSON.parse(stdout)).toMatchObject({ status: 'ok', graphBaseUrl: `http://127.0.0.1:${graph}` })
    } finally {
      process.kill(-(bash.pid as number), 'SIGTERM')
    }
  })
})
