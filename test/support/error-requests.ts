import { type FakeGraph, type FakeGraphOptions, unreadableRequest } from '@fake-graph/core'
import { bearerJwt } from './unsigned-jwt'

/** The frozen world of the error fixtures. */
const NOW = '2026-11-27T00:00:00Z'
const GRAPH = 'https://graph.microsoft.com'
const DETAIL = `${GRAPH}/v1.0/reports/getOffice365ActiveUserDetail(period='D7')`
const COUNTS = `${GRAPH}/v1.0/reports/getOffice365ActiveUserCounts`
const BETA_DETAIL = `${GRAPH}/beta/reports/getOffice365ActiveUserDetail(period='D7')`
const SEED_FORM = `${GRAPH}/beta/reports/Office365ActiveUsers`
const SETTINGS = `${GRAPH}/v1.0/admin/reportSettings`
const COPILOT = `${GRAPH}/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary`
const APP = { Authorization: 'Bearer errors' }
const WRITER = {
  Authorization: bearerJwt({ roles: ['ReportSettings.ReadWrite.All'] }),
  'Content-Type': 'application/json',
}

/** How to meet one error: the fake's options, and what a client sends it. */
export interface ErrorRequest {
  readonly options?: FakeGraphOptions
  send(fake: FakeGraph): Promise<Response>
}

const get =
  (url: string, headers: Record<string, string> = APP): ErrorRequest['send'] =>
  (fake) =>
    fake.fetch(new Request(url, { headers }))

/** A fresh link for the Detail report, as a 302 gives it. */
const linkOf = async (fake: FakeGraph) =>
  (await fake.fetch(new Request(DETAIL, { headers: APP }))).headers.get('location') as string

/** Every error the fake answers, by the code the journal names it with: one request that meets it. */
export const ERROR_REQUESTS: Record<string, ErrorRequest> = {
  unknownSegment: { send: get(`${GRAPH}/v1.0/reports/getNope(period='D7')`) },
  quotedDate: { send: get(`${GRAPH}/v1.0/reports/getOffice365ActiveUserDetail(date='2026-11-20')`) },
  unquotedDate: { send: get(`${SEED_FORM}(view='Detail',date=2026-11-20)/content`) },
  dateOutOfWindow: { send: get(`${GRAPH}/v1.0/reports/getOffice365ActiveUserDetail(date=2026-10-01)`) },
  malformedDate: { send: get(`${GRAPH}/v1.0/reports/getOffice365ActiveUserDetail(date=2026-13-45)`) },
  invalidPeriod: { send: get(`${COUNTS}(period='D8')`) },
  invalidCopilotPeriod: { send: get(`${COPILOT}(period='D28')`) },
  invalidReportVersion: { send: get(`${COPILOT}(period='D7',version='v9')`) },
  missingView: { send: get(`${SEED_FORM}(period='D7')/content`) },
  invalidView: { send: get(`${SEED_FORM}(view='Nope',period='D7')/content`) },
  missingPeriod: { send: get(`${COUNTS}(period=null)`) },
  jsonOnV1: { send: get(`${DETAIL}?$format=application/json`) },
  unsupportedFormat: { send: get(`${BETA_DETAIL}?$format=text/xml`) },
  invalidTop: { send: get(`${BETA_DETAIL}?$format=application/json&$top=0`) },
  invalidSkipToken: { send: get(`${BETA_DETAIL}?$format=application/json&$skipToken=abc`) },
  methodNotAllowed: { send: (fake) => fake.fetch(new Request(DETAIL, { method: 'POST', headers: APP })) },
  invalidRequestBody: {
    send: (fake) => fake.fetch(new Request(SETTINGS, { method: 'PATCH', headers: WRITER, body: 'not json' })),
  },
  bodyTooLarge: {
    send: (fake) => fake.fetch(new Request(SETTINGS, { method: 'PATCH', headers: WRITER, body: 'x'.repeat(70_000) })),
  },
  unknownProperty: {
    send: (fake) => fake.fetch(new Request(SETTINGS, { method: 'PATCH', headers: WRITER, body: '{"x":1}' })),
  },
  missingToken: { send: get(DETAIL, {}) },
  invalidToken: { send: get(DETAIL, { Authorization: 'Basic ZXJyb3JzOmVycm9ycw==' }) },
  malformedToken: { options: { auth: 'jwt' }, send: get(DETAIL) },
  unsignedToken: {
    options: { auth: 'signed' },
    send: get(DETAIL, { Authorization: bearerJwt({ roles: ['Reports.Read.All'] }) }),
  },
  tenantLevelOnly: {
    send: get(DETAIL, {
      Authorization: bearerJwt({ scp: 'Reports.Read.All', wids: ['f2ef992c-3afb-46b9-b7cf-a126ee74c451'] }),
    }),
  },
  expiredToken: { send: get(DETAIL, { Authorization: bearerJwt({ roles: ['Reports.Read.All'], exp: 1 }) }) },
  notYetValidToken: {
    send: get(DETAIL, { Authorization: bearerJwt({ roles: ['Reports.Read.All'], nbf: 4_102_444_800 }) }),
  },
  forbidden: { send: get(DETAIL, { Authorization: bearerJwt({ roles: ['User.Read.All'] }) }) },
  linkExpired: {
    send: async (fake) => {
      const link = await linkOf(fake)
      fake.clock.advance((fake.options.linkTtlSeconds + 1) * 1000)
      return fake.fetch(new Request(link))
    },
  },
  linkInvalid: { send: get('https://reportsweu.office.com/data/v1.0/download?token=e30.eyJ4IjoxfQ.AAAA', {}) },
  tokenOnDownload: {
    options: { rejectTokenOnDownload: true },
    send: async (fake) => fake.fetch(new Request(await linkOf(fake), { headers: APP })),
  },
  pathTooLong: { send: get(`${GRAPH}/v1.0/reports/${'x'.repeat(3_000)}`) },
  parameterTooLong: { send: get(`${BETA_DETAIL}?$format=application/json&$skipToken=${'1'.repeat(2_000)}`) },
  // What the server's parser refused never reaches fetch: it calls the core's answer itself.
  unreadableRequest: {
    send: async (fake) =>
      unreadableRequest(fake, {
        origin: 'graph',
        problem: 'invalid char in url path',
        requestLine: 'GET /v1.0/reports/caf\xe9 HTTP/1.1',
      }),
  },
  headersTooLarge: {
    send: async (fake) =>
      unreadableRequest(fake, {
        origin: 'graph',
        kind: 'headersTooLarge',
        problem: 'header overflow',
        requestLine: '',
      }),
  },
  requestTimeout: {
    send: async (fake) =>
      unreadableRequest(fake, {
        origin: 'graph',
        kind: 'timeout',
        problem: 'ERR_HTTP_REQUEST_TIMEOUT',
        requestLine: '',
      }),
  },
  notFound: { send: get('https://reportsweu.office.com/data/v1.0/download', {}) },
  internal: {
    options: {
      tenant: () => {
        throw new Error('a tenant that cannot be made')
      },
      onUnexpectedError: () => {},
    },
    send: get(`${BETA_DETAIL}?$format=application/json`),
  },
  throttled: {
    options: { throttling: { csvPerApp: 1 } },
    send: async (fake) => {
      await fake.fetch(new Request(DETAIL, { headers: APP }))
      return fake.fetch(new Request(DETAIL, { headers: APP }))
    },
  },
  injected: {
    send: (fake) => {
      fake.faults.add({ status: 503, retryAfter: 5, times: 1 })
      return fake.fetch(new Request(DETAIL, { headers: APP }))
    },
  },
}

/** What a client sees of an error, as the fixture holds it: the per-request ids made constant. */
export async function seenError(response: Response): Promise<string> {
  const ids = [response.headers.get('request-id'), response.headers.get('client-request-id')].filter(
    (id): id is string => Boolean(id),
  )
  const normalise = (text: string) => ids.reduce((value, id) => value.replaceAll(id, '{request-id}'), text)
  const headers = Object.fromEntries([...response.headers].map(([name, value]) => [name, normalise(value)]))
  const body: unknown = JSON.parse(normalise(await response.text()))
  return `${JSON.stringify({ status: response.status, headers, body }, null, 2)}\n`
}

export const errorFixtureOptions = (request: ErrorRequest): FakeGraphOptions => ({
  now: NOW,
  users: 10,
  secret: 'error-fixtures',
  ...request.options,
})
