import { describe, expect, it, vi } from 'vitest'
import { answerDownload } from './answer-download'
import { contextFor, NOW, stubParts } from './stub-parts'

describe('answerDownload, step by step', () => {
  const parts = stubParts()
  const token = parts.tokens.legacy.sign({
    report: 'getOffice365ActiveUserDetail',
    period: 7,
    concealNames: false,
    issuedAt: NOW.getTime(),
    expiresAt: NOW.getTime() + 300_000,
  })
  const url = `https://reportsweu.office.com/data/download/${token}`
  const link = { form: 'legacy', token } as const

  it('verifies the link before anything else: a forged one draws no fault and renders nothing', async () => {
    const drawFault = vi.fn()
    const { response, facts } = await answerDownload(
      contextFor(url),
      { form: 'legacy', token: `${token}x` },
      stubParts({ drawFault }),
    )
    expect(response.status).toBe(403)
    expect(facts).toEqual({ link: `${token}x`, error: 'linkInvalid' })
    expect(drawFault).not.toHaveBeenCalled()
  })

  it('draws the fault before rendering: a faulted download never derives its tenant', async () => {
    const fault = { response: new Response(null, { status: 503 }), facts: { error: 'injected' as const } }
    const faulted = stubParts({ drawFault: vi.fn(async () => fault) })
    expect(await answerDownload(contextFor(url), link, faulted)).toBe(fault)
    expect(faulted.drawFault).toHaveBeenCalledWith(
      expect.anything(),
      { origin: 'download', function: 'getOffice365ActiveUserDetail' },
      { link: token, function: 'getOffice365ActiveUserDetail', params: { period: 'D7' } },
    )
    expect(faulted.tenants.of).not.toHaveBeenCalled()
  })

  it('refuses any method but GET on a valid link, before drawing a fault', async () => {
    const drawFault = vi.fn()
    const { response, facts } = await answerDownload(
      contextFor(url, { method: 'POST' }),
      link,
      stubParts({ drawFault }),
    )
    expect(response.status).toBe(400)
    expect((await response.json()).error).toMatchObject({
      code: 'Request_BadRequest',
      message: 'Specified HTTP method is not allowed for the request target.',
    })
    expect(facts.error).toBe('methodNotAllowed')
    expect(drawFault).not.toHaveBeenCalled()
  })

  it("answers HEAD with GET's headers and no body, without rendering the report", async () => {
    const head = stubParts()
    const { response, facts } = await answerDownload(contextFor(url, { method: 'HEAD' }), link, head)
    expect(response.status).toBe(200)
    expect(response.body).toBeNull()
    expect(response.headers.get('content-type')).toBe('application/octet-stream')
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="getOffice365ActiveUserDetail_D7.csv"',
    )
    expect(facts).toEqual({ link: token, function: 'getOffice365ActiveUserDetail', params: { period: 'D7' } })
    expect(head.tenants.of).not.toHaveBeenCalled()
  })
})
