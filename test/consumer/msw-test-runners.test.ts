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

/** The README's examples, as written, in fresh projects with the packages installed by npm. */
describe("the README's test-runner examples", () => {
  let vitest: ConsumerProject
  let jest: ConsumerProject
  beforeAll(async () => {
    ;[vitest, jest] = await Promise.all([
      createProject('vitest', {
        packages: ['@fake-graph/core', '@fake-graph/msw'],
        dependencies: { msw: pinned('msw'), vitest: pinned('vitest') },
        files: readmeExamples('vitest'),
      }),
      createProject('jest', {
        type: 'commonjs',
        packages: ['@fake-graph/core', '@fake-graph/msw'],
        dependencies: { msw: pinned('msw'), jest: pinned('jest') },
        files: readmeExamples('jest'),
      }),
    ])
  })
  afterAll(() => {
    vitest?.remove()
    jest?.remove()
  })

  it('vitest runs the MSW example: setupServer follows the 302 and reads the BOM and header', async () => {
    const result = await vitest.run('npx', ['vitest', 'run', '--reporter=json', '--outputFile=result.json'])
    expect(result.code, result.stderr).toBe(0)
    expect(readReport(vitest, 'result.json')).toMatchObject({ numTotalTests: 1, numPassedTests: 1, numFailedTests: 0 })
  })

  it("Jest 29 in ESM mode runs the MSW example, and with its defaults runs the CommonJS build's example", async () => {
    const esm = await jest.run('npx', ['jest', '--json', '--outputFile=esm.json', '--testMatch', '**/*.test.mjs'], {
      env: { NODE_OPTIONS: '--experimental-vm-modules' },
    })
    expect(esm.code, esm.stderr).toBe(0)
    expect(readReport(jest, 'esm.json')).toMatchObject({ numTotalTests: 1, numPassedTests: 1 })
    // No configuration at all: Jest's own defaults, which only look at *.test.js here.
    const cjs = await jest.run('npx', ['jest', '--json', '--outputFile=cjs.json'])
    expect(cjs.code, cjs.stderr).toBe(0)
    expect(readReport(jest, 'cjs.json')).toMatchObject({ numTotalTests: 1, numPassedTests: 1 })
  })

  it('says why MSW needs Jest in ESM mode: under the defaults, MSW itself fails to load', async () => {
    const result = await jest.run('npx', [
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
