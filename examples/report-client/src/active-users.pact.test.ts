// The client's own consumer pact: what it relies on, and only that, built from the ready-made
// interactions of @fake-graph/contract/pact. Verified against the fake with
// `fake-graph verify-pact examples/report-client/pacts/*.json`.
import { EXAMPLE_LINK_TOKEN, reportDownloadInteraction, reportRequestInteraction } from '@fake-graph/contract/pact'
import { PactV4 } from '@pact-foundation/pact'
import { describe, expect, it } from 'vitest'
import { readDownload, requestDownloadLink } from './active-users'

const pact = new PactV4({
  consumer: 'report-client',
  provider: 'microsoft-graph-reports',
  dir: new URL('../pacts', import.meta.url).pathname,
  logLevel: 'error',
})
const ROW =
  '2026-11-25,adele@contoso.onmicrosoft.com,Adele,False,,True,True,True,True,True,True,2026-11-24,,,,,,2024-03-01,2024-03-01,2024-03-01,2024-03-01,2024-03-01,2024-03-01,OFFICE 365 E3'

describe('report-client, as a Pact consumer of Microsoft Graph', () => {
  it('asks for the active users report and gets a download link', async () => {
    await reportRequestInteraction(pact).executeTest(async (server) => {
      expect(await requestDownloadLink(server.url, 'token')).toMatch(/\/data\/v1\.0\/download\?token=/)
    })
  })

  it('reads the CSV behind the link', async () => {
    await reportDownloadInteraction(pact, { exampleRows: [ROW] }).executeTest(async (server) => {
      expect(await readDownload(`${server.url}/data/v1.0/download?token=${EXAMPLE_LINK_TOKEN}`)).toEqual([
        { userPrincipalName: 'adele@contoso.onmicrosoft.com', lastExchangeActivity: '2026-11-24' },
      ])
    })
  })
})
