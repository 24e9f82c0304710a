// A report client as a third party writes it, run in its own process so that it trusts the
// fake's certificate the way users do: NODE_EXTRA_CA_CERTS. Prints what it read as JSON.
//   node --import tsx tls-client.ts sdk <graphUrl> <token>
//   node --import tsx tls-client.ts identity <graphUrl> <tenantId>
import { ClientSecretCredential } from '@azure/identity'
import { Client, ResponseType } from '@microsoft/microsoft-graph-client'
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials/index.js'

const [mode, graphUrl, secret] = process.argv.slice(2) as [string, string, string]
const host = new URL(graphUrl).hostname
const options = { baseUrl: `${graphUrl}/`, customHosts: new Set([host]) }

const client =
  mode === 'sdk'
    ? // The SDK's default middleware chain, untouched: it adds the token because the host is https and listed.
      Client.init({ ...options, authProvider: (done) => done(null, secret) })
    : Client.initWithMiddleware({
        ...options,
        authProvider: new TokenCredentialAuthenticationProvider(
          new ClientSecretCredential(secret, 'fake-graph-client', 'fake-graph-secret', {
            authorityHost: graphUrl,
            disableInstanceDiscovery: true,
          }),
          { scopes: ['https://graph.microsoft.com/.default'] },
        ),
      })

const body: ArrayBuffer = await client
  .api("/reports/getOffice365ActiveUserDetail(period='D7')")
  .version('v1.0')
  .responseType(ResponseType.ARRAYBUFFER)
  .get()
const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body)
process.stdout.write(
  JSON.stringify({
    bom: text.startsWith('\uFEFF'),
    header: text.split('\r\n')[0]?.slice(1),
    rows: text.split('\r\n').length - 2,
  }),
)
