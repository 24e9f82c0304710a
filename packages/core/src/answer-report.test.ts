import { describe, expect, it, vi } from 'vitest'
import { answerReport } from './answer-report'
import { GraphError } from './graph-error'
import { contextFor, stubParts } from './stub-parts'

const DETAIL = "https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"

describe('answerReport, step by step', () => {
  it('answers a 302 to a signed link without deriving the tenant, and says so to the journal', async () => {
    const parts = stubParts()
    const { response, facts } = await answerReport(contextFor(DETAIL), parts)
    expect(response.status).toBe(302)
    const location = new URL(response.headers.get('location') as string)
    expect(`${location.origin}${location.pathname}`).toBe('https://reportsweu.office.com/data/v1.0/download')
    expect(facts).toMatchObject({ function: 'getOffice365ActiveUserDetail', params: { period: 'D7' } })
    expect(facts.link).toBe(location.searchParams.get('token'))
    expect(parts.tenants.primary.at).not.toHaveBeenCalled()
  })

  it('authenticates first: a refused caller is answered before the URL is planned', async () => {
    const planFor = vi.fn()
    const authenticate = vi.fn(async () => {
      throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.', {}, 'missingToken')
    })
    const { response, facts } = await answerReport(contextFor(DETAIL), stubParts({ authenticate, planFor }))
    expect(response.status).toBe(401)
    expect(facts).toEqual({ error: 'missingToken' })
    expect(planFor).not.toHaveBeenCalled()
  })

  it('names a report it cannot plan as far as the URL reads, and draws no fault for it', async () => {
    const parts = stubParts()
    const url = "https://graph.microsoft.com/v1.0/reports/getOffice365ActiveUserCounts(period='D8')"
    const { response, facts } = await answerReport(contextFor(url), parts)
    expect(response.status).toBe(400)
    expect(facts).toMatchObject({ function: 'getOffice365ActiveUserCounts', error: 'invalidPeriod' })
    expect(parts.drawFault).not.toHaveBeenCalled()
  })

  it('lets a fault answer before throttling and before any link is issued', async () => {
    const fault = { response: new Response(null, { status: 503 }), facts: { error: 'injected' as const } }
    const throttle = vi.fn()
    const issueLink = vi.fn()
    const parts = stubParts({ drawFault: vi.fn(async () => fault), throttle: () => throttle, issueLink })
    expect(await answerReport(contextFor(DETAIL), parts)).toBe(fault)
    expect(throttle).not.toHaveBeenCalled()
    expect(issueLink).not.toHaveBeenCalled()
  })

  it('answers 429 with Retry-After when the throttle says wait, and issues no link', async () => {
    const issueLink = vi.fn()
    const parts = stubParts({ throttle: () => vi.fn(() => 12), issueLink })
    const { response, facts } = await answerReport(contextFor(DETAIL), parts)
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('12')
    expect(facts).toMatchObject({ retryAfter: 12, error: 'throttled' })
    expect(issueLink).not.toHaveBeenCalled()
  })
})
