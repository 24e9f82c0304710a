import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pinned } from './support/catalog'
import { type ConsumerProject, createProject } from './support/consumer-project'
import { readmeExamples } from './support/readme-examples'

interface JsonReport {
  numTotalTests: number
  numPassedTests: number
  numFailedTests: number
}

const readReport = (project: ConsumerProject, file: string) =>
  JSON.parse(readFileSync(join(project.dir, file), 'utf8')) as JsonReport

// The README's examples, as written, in fresh projects with the packages installed by npm.

describe("the README's vitest example", () => {
  let project: ConsumerProject
  beforeAll(async () => {
    project = await createProject('vitest', {
      packages: ['@fake-graph/core', '@fake-graph/msw'],
      dependencies: { msw: pinned('msw'), vitest: pinned('vitest') },
      files: readmeExamples('vitest'),
    })
  })
  afterAll(() => project?.remove())

  it('runs: setupServer follows the 302 and reads the BOM and header', async () => {
    const result = await project.run('npx', ['vitest', 'run', '--reporter=json', '--outputFile=result.json'])
    expect(result.code, result.stderr).toBe(0)
    expect(readReport(project, 'result.json')).toMatchObject({ numTotalTests: 1, numPassedTests: 1, numFailedTests: 0 })
  })
})

describe.each([
  ['29', pinned('jest')],
  ['30', pinned('jest', 'jest30')],
])("the README's Jest examples, on Jest %s", (major, version) => {
  let project: ConsumerProject
  beforeAll(async () => {
    project = await createProject(`jest${major}`, {
      type: 'commonjs',
      packages: ['@fake-graph/core', '@fake-graph/msw'],
      dependencies: { msw: pinned('msw'), jest: version },
      files: readmeExamples('jest'),
    })
  })
  afterAll(() => project?.remove())

  it('runs the MSW example in ESM mode', async () => {
    const result = await project.run(
      'npx',
      ['jest', '--json', '--outputFile=esm.json', '--testMatch', '**/*.test.mjs'],
      {
        env: { NODE_OPTIONS: '--experimental-vm-modules' },
      },
    )
    expect(result.code, result.stderr).toBe(0)
    expect(readReport(project, 'esm.json')).toMatchObject({ numTotalTests: 1, numPassedTests: 1 })
  })

  it("runs the CommonJS build's example with Jest's own defaults", async () => {
    // No configuration at all, only the file (Jest 30's defaults would also pick up the .mjs one).
    const result = await project.run('npx', ['jest', '--json', '--outputFile=cjs.json', 'core.test.js'])
    expect(result.code, result.stderr).toBe(0)
    expect(readReport(project, 'cjs.json')).toMatchObject({ numTotalTests: 1, numPassedTests: 1 })
  })

  it('shows why MSW needs ESM mode: under the defaults, MSW itself fails to load', async () => {
    const result = await project.run('npx', [
      'jest',
      '--json',
      '--outputFile=msw-cjs.json',
      '--testMatch',
      '**/*.test.mjs',
    ])
    expect(result.code).not.toBe(0)
    expect(result.stderr).toMatch(/Cannot use import statement outside a module|Must use import to load ES Module/)
  })
})
