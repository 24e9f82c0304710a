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
    expect(response.status).toBe(405)
    expect(facts.error).toBe('methodNotAllowed')
    expect(drawFault).not.toHaveBeenCalled()
  })
})
