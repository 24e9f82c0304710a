// The client's own consumer pact: what it relies on, and only that. Verified against the fake
// with `fake-graph verify-pact examples/report-client/pacts/*.json`.
import { MatchersV3, PactV4 } from '@pact-foundation/pact'
import { describe, expect, it } from 'vitest'
import { readDownload, requestDownloadLink } from './active-users'

const { regex, fromProviderState } = MatchersV3
const HEADER =
  'Report Refresh Date,User Principal Name,Display Name,Is Deleted,Deleted Date,Has Exchange License,Has OneDrive License,Has SharePoint License,Has Skype For Business License,Has Yammer License,Has Teams License,Exchange Last Activity Date,OneDrive Last Activity Date,SharePoint Last Activity Date,Skype For Business Last Activity Date,Yammer Last Activity Date,Teams Last Activity Date,Exchange License Assign Date,OneDrive License Assign Date,SharePoint License Assign Date,Skype For Business License Assign Date,Yammer License Assign Date,Teams License Assign Date,Assigned Products'
const CSV = Buffer.from(
  `\uFEFF${HEADER}\r\n2026-11-25,adele@contoso.onmicrosoft.com,Adele,False,,True,True,True,True,True,True,2026-11-24,,,,,,2024-03-01,2024-03-01,2024-03-01,2024-03-01,2024-03-01,2024-03-01,OFFICE 365 E3\r\n`,
)
const pact = new PactV4({
  consumer: 'report-client',
  provider: 'microsoft-graph-reports',
  dir: new URL('../pacts', import.meta.url).pathname,
  logLevel: 'error',
})

describe('report-client, as a Pact consumer of Microsoft Graph', () => {
  it('asks for the active users report and gets a download link', async () => {
    await pact
      .addInteraction()
      .given('the tenant has seed 42')
      .uponReceiving('a request for the active users report')
      .withRequest('GET', "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')", (request) =>
        request.headers({ Authorization: regex('^Bearer .+$', 'Bearer token') }),
      )
      .willRespondWith(302, (response) =>
        response.headers({
          Location: regex('^https?://[^/]+/data/download/.+$', 'https://reports.office.com/data/download/abc.def'),
        }),
      )
      .executeTest(async (server) => {
        expect(await requestDownloadLink(server.url, 'token')).toMatch(/\/data\/download\//)
      })
  })

  it('reads the CSV behind the link', async () => {
    await pact
      .addInteraction()
      .given('a download link for the Detail report over 7 days')
      .uponReceiving('the download of the active users report')
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Pact's provider-state expression, filled in by the provider
      .withRequest('GET', fromProviderState('/data/download/${token}', '/data/download/abc.def'))
      .willRespondWith(200, (response) =>
        response
          .headers({ 'Content-Type': 'application/octet-stream' })
          // Declared as text: Pact sniffs the bytes, and a CSV sniffs as text.
          .body('text/plain', CSV)
          .matchingRules({
            body: { path: '$', rules: [regex(`^\\uFEFF${HEADER}\\r\\n([^\\r\\n]*\\r\\n)*$`, CSV.toString())] },
          }),
      )
      .executeTest(async (server) => {
        expect(await readDownload(`${server.url}/data/download/abc.def`)).toEqual([
          { userPrincipalName: 'adele@contoso.onmicrosoft.com', lastExchangeActivity: '2026-11-24' },
        ])
      })
  })
})
