import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ConsumerProject, createProject } from './support/consumer-project'
import { CJS_SCRIPT, ESM_SCRIPT, goldenDigest } from './support/report-script'

describe('plain Node scripts, with @fake-graph/core installed by npm', () => {
  let project: ConsumerProject
  beforeAll(async () => {
    project = await createProject('node', {
      packages: ['@fake-graph/core'],
      files: { 'report.mjs': ESM_SCRIPT, 'report.cjs': CJS_SCRIPT },
    })
  })
  afterAll(() => project?.remove())

  it.each(['report.mjs', 'report.cjs'])(
    '%s gets the 302 and the golden CSV through createFakeGraph',
    async (script) => {
      const result = await project.run('node', [script])
      expect(result.stderr).toBe('')
      expect(JSON.parse(result.stdout)).toEqual({
        status: 302,
        location: expect.stringMatching(
          /^https:\/\/reportsweu\.office\.com\/data\/v1\.0\/download\?token=[\w-]+\.[\w-]+\.[\w-]{43}$/,
        ),
        downloadStatus: 200,
        contentType: 'application/octet-stream',
        firstBytes: [0xef, 0xbb, 0xbf],
        sha256: goldenDigest(),
      })
    },
  )
})
