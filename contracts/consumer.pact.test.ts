// A typical report client, as a consumer: it asks for a report, follows the 302 to the download
// link without its token, and reads the BOM'd CSV; it copes with Graph's errors. Writes
// contracts/pacts/graph-reports-client-microsoft-graph-reports.json.
import { EXAMPLE_LINK_TOKEN, reportDownloadInteraction, reportRequestInteraction } from '@fake-graph/contract/pact'
import { MatchersV3, PactV4 } from '@pact-foundation/pact'
import { describe, expect, it } from 'vitest'
import { bearerJwt } from '../test/support/unsigned-jwt'

const { like, regex, fromProviderState, eachLike, integer } = MatchersV3
const DETAIL = "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"
const ROW =
  '2026-11-25,adele@contoso.onmicrosoft.com,Adele,False,,True,True,True,True,True,True,2026-11-24,,,,,2026-11-25,2024-03-01,2024-03-01,2024-03-01,2024-03-01,2024-03-01,2024-03-01,OFFICE 365 E3'
const ENVELOPE = {
  error: {
    code: like('BadRequest'),
    message: like('…'),
    innerError: { date: like('2026-11-27T00:00:00'), 'request-id': like('x') },
  },
}

const pact = new PactV4({
  consumer: 'graph-reports-client',
  provider: 'microsoft-graph-reports',
  dir: new URL('pacts', import.meta.url).pathname,
  logLevel: 'error',
})

describe('a report client, as a Pact consumer', () => {
  it('asks for the Detail report and is redirected to a download link', async () => {
    await reportRequestInteraction(pact).executeTest(async (server) => {
      const answer = await fetch(`${server.url}${DETAIL}`, {
        headers: { Authorization: 'Bearer token' },
        redirect: 'manual',
      })
      expect(answer.status).toBe(302)
      expect(answer.headers.get('location')).toMatch(/\/data\/v1\.0\/download\?token=[\w-]+\.[\w-]+\.[\w-]+$/)
    })
  })

  it('downloads the CSV from the link, without a token', async () => {
    await reportDownloadInteraction(pact, { exampleRows: [ROW] }).executeTest(async (server) => {
      const answer = await fetch(`${server.url}/data/v1.0/download?token=${EXAMPLE_LINK_TOKEN}`)
      const bytes = new Uint8Array(await answer.arrayBuffer())
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    })
  })

  it.each([
    [
      'getEmailActivityUserDetail',
      '2026-11-25,adele@contoso.onmicrosoft.com,Adele,False,,2026-11-24,3,40,30,1,2,OFFICE 365 E3,7',
      /,Last Activity Date,Send Count,Receive Count,Read Count,/,
    ],
    [
      'getSharePointActivityUserDetail',
      '2026-11-25,adele@contoso.onmicrosoft.com,False,,2026-11-24,2,0,1,0,12,OFFICE 365 E3,7',
      /^Report Refresh Date,User Principal Name,Is Deleted,.*,Visited Page Count,/,
    ],
    [
      'getTeamsUserActivityUserDetail',
      '2026-11-25,4f3af038-6f30-481a-99f8-1c01a57d3f33,adele@contoso.onmicrosoft.com,2026-11-24,False,,OFFICE 365 E3,5,60,1,6,3,3,1,0,1,1,1,2,PT3H14M54S,PT49M17S,PT15M,11694,2957,900,Yes,0,2,Contoso,,3,Yes,7',
      /^Report Refresh Date,User Id,User Principal Name,.*,Audio Duration In Seconds,.*,Is Licensed,Report Period$/,
    ],
    [
      'getYammerActivityUserDetail',
      '2026-11-25,adele@contoso.onmicrosoft.com,Adele,active,2024-03-01,2026-11-24,1,25,3,OFFICE 365 E3,7',
      /^Report Refresh Date,User Principal Name,Display Name,User State,State Change Date,.*,Liked Count,/,
    ],
    [
      'getSkypeForBusinessActivityUserDetail',
      '2026-11-25,adele@contoso.onmicrosoft.com,False,,2026-11-24,4,0,1,2026-11-24,,2026-11-20,3,1,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,45,0,0,0,OFFICE 365 E3,7',
      /,Total Peer-to-peer Session Count,.*,Participated Conference Last Activity Date,/,
    ],
    [
      'getM365AppUserDetail',
      `2026-11-25,adele@contoso.onmicrosoft.com,2026-10-02,2026-11-24,7,${['Yes', 'No', 'Yes', 'No'].join(',')},${Array(6).fill('Yes').join(',')},${Array(24).fill('No').join(',')}`,
      /^Report Refresh Date,User Principal Name,Last Activation Date,Last Activity Date,Report Period,Windows,/,
    ],
    [
      'getSkypeForBusinessDeviceUsageUserDetail',
      '2026-11-25,adele@contoso.onmicrosoft.com,2026-11-24,Yes,No,No,Yes,No,7',
      /^Report Refresh Date,User Principal Name,Last Activity Date,Used Windows,.*,Used iPad,Report Period$/,
    ],
    [
      'getMailboxUsageDetail',
      '2026-11-25,adele@contoso.onmicrosoft.com,Adele,False,,2024-01-04,2026-11-24,13816,3831799431,105226698752,106300440576,107374182400,87,24129021,32212254720,False,7',
      /,Created Date,Last Activity Date,Item Count,Storage Used \(Byte\),.*,Deleted Item Quota \(Byte\),Has Archive,Report Period$/,
    ],
    [
      'getOffice365GroupsActivityDetail',
      '2026-11-25,Marketing Team,False,adele@contoso.onmicrosoft.com,2026-11-24,Private,12,1,40,6,,,,412,25600000,230,180000000,4f3af038-6f30-481a-99f8-1c01a57d3f33,7',
      /^Report Refresh Date,Group Display Name,Is Deleted,Owner Principal Name,.*,Group Id,Report Period$/,
    ],
    [
      'getOneDriveUsageAccountDetail',
      '2026-11-25,https://contoso-my.sharepoint.com/personal/adele_contoso_onmicrosoft_com,Adele,False,2026-11-24,128,3,104122210,1099511627776,adele@contoso.onmicrosoft.com,7',
      /^Report Refresh Date,Site URL,Owner Display Name,.*,Storage Allocated \(Byte\),Owner Principal Name,/,
    ],
    [
      'getSharePointSiteUsageDetail',
      '2026-11-25,002caf24-2672-4bc4-bc41-2811d5dba62c,https://contoso.sharepoint.com/sites/Sales,Sales Owners,False,2026-11-24,2,1,4,2,1475974,27487790694400,Group,Sales@contoso.onmicrosoft.com,7',
      /^Report Refresh Date,Site Id,Site URL,.*,Root Web Template,Owner Principal Name,Report Period$/,
    ],
  ])('downloads %s from its link, header by name', async (report, row, header) => {
    await reportDownloadInteraction(pact, { report, exampleRows: [row] }).executeTest(async (server) => {
      const answer = await fetch(`${server.url}/data/v1.0/download?token=${EXAMPLE_LINK_TOKEN}`)
      const text = new TextDecoder().decode(await answer.arrayBuffer())
      expect(text.split('\r\n')[0]).toMatch(header)
    })
  })

  it('is told when the period is not one Graph knows', async () => {
    await pact
      .addInteraction()
      .given('the tenant has seed 42')
      .uponReceiving('a request with period D8')
      .withRequest('GET', "/v1.0/reports/getOffice365ActiveUserCounts(period='D8')", (request) =>
        request.headers({ Authorization: 'Bearer token' }),
      )
      .willRespondWith(400, (response) => response.jsonBody({ error: { ...ENVELOPE.error, code: 'InvalidArgument' } }))
      .executeTest(async (server) => {
        const answer = await fetch(`${server.url}/v1.0/reports/getOffice365ActiveUserCounts(period='D8')`, {
          headers: { Authorization: 'Bearer token' },
        })
        expect((await answer.json()).error.code).toBe('InvalidArgument')
      })
  })

  it('is told when it sends no token', async () => {
    await pact
      .addInteraction()
      .given('the tenant has seed 42')
      .uponReceiving('a request without a token')
      .withRequest('GET', DETAIL)
      .willRespondWith(401, (response) =>
        response.jsonBody({
          error: { ...ENVELOPE.error, code: 'InvalidAuthenticationToken', message: 'Access token is empty.' },
        }),
      )
      .executeTest(async (server) => {
        expect((await fetch(`${server.url}${DETAIL}`)).status).toBe(401)
      })
  })

  it('reads the beta JSON, paged', async () => {
    await pact
      .addInteraction()
      .given('the tenant has seed 42')
      .uponReceiving('a request for the beta JSON of the daily counts')
      .withRequest('GET', "/beta/reports/getOffice365ActiveUserCounts(period='D7')", (request) =>
        request.query({ $format: 'application/json' }).headers({ Authorization: 'Bearer token' }),
      )
      .willRespondWith(200, (response) =>
        response.jsonBody({
          '@odata.context': like(
            'https://graph.microsoft.com/beta/$metadata#Collection(microsoft.graph.office365ActiveUserCounts)',
          ),
          value: eachLike({
            reportDate: regex('^\\d{4}-\\d{2}-\\d{2}$', '2026-11-25'),
            office365: integer(37),
            exchange: integer(27),
            reportPeriod: '7',
          }),
        }),
      )
      .executeTest(async (server) => {
        const answer = await fetch(
          `${server.url}/beta/reports/getOffice365ActiveUserCounts(period='D7')?$format=application/json`,
          {
            headers: { Authorization: 'Bearer token' },
          },
        )
        expect((await answer.json()).value[0].reportPeriod).toBe('7')
      })
  })

  it('is refused with a token that lacks Reports.Read.All', async () => {
    const token = bearerJwt({ roles: ['User.Read.All'] })
    await pact
      .addInteraction()
      .given('the token lacks Reports.Read.All')
      .uponReceiving('a request with a token that lacks the permission')
      .withRequest('GET', DETAIL, (request) => request.headers({ Authorization: token }))
      .willRespondWith(403, (response) => response.jsonBody({ error: { ...ENVELOPE.error, code: 'S2SUnauthorized' } }))
      .executeTest(async (server) => {
        expect((await fetch(`${server.url}${DETAIL}`, { headers: { Authorization: token } })).status).toBe(403)
      })
  })

  it('is refused a link that has expired', async () => {
    await pact
      .addInteraction()
      .given('the link has expired')
      .uponReceiving('a download of an expired link')
      .withRequest('GET', '/data/v1.0/download', (request) =>
        // biome-ignore lint/suspicious/noTemplateCurlyInString: Pact's provider-state expression, filled in by the provider
        request.query({ token: fromProviderState('${token}', 'old.link.token') }),
      )
      .willRespondWith(403, (response) => response.jsonBody({ error: { ...ENVELOPE.error, code: 'AccessDenied' } }))
      .executeTest(async (server) => {
        expect((await fetch(`${server.url}/data/v1.0/download?token=old.link.token`)).status).toBe(403)
      })
  })
})
