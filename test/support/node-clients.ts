// Node report clients as third parties write them, run in a process of their own so that they
// trust the fake's certificate the way users do (NODE_EXTRA_CA_CERTS), over http or https.
// Each follows the 302 of a report call and prints what it read, as JSON by client:
//   node --import tsx node-clients.ts <graphUrl> <path> <Authorization>
import { type AuthenticationProvider, HttpMethod, RequestInformation } from '@microsoft/kiota-abstractions'
import { FetchRequestAdapter } from '@microsoft/kiota-http-fetchlibrary'
import { ResponseType } from '@microsoft/microsoft-graph-client'
import { sdkWithBearer } from './sdk-with-bearer'

const [graphUrl, path, authorization] = process.argv.slice(2) as [string, string, string]
const url = `${graphUrl}${path}`

/** The body's first line (BOM kept) and its line count: enough to tell a report from anything else. */
const seen = (body: ArrayBuffer, extra: object = {}) => {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body)
  return { ...extra, header: text.split('\r\n')[0], lines: text.split('\r\n').length }
}

const sdk = () => sdkWithBearer(graphUrl, authorization)

// Kiota's fetch adapter, with its default middleware (redirects included); its bearer providers
// refuse http, so a provider of our own signs every request.
const kiota = async () => {
  const auth: AuthenticationProvider = {
    authenticateRequest: async (request) => {
      request.headers.add('Authorization', authorization)
    },
  }
  const request = new RequestInformation(HttpMethod.GET)
  request.URL = url
  return (await new FetchRequestAdapter(auth).sendPrimitive<ArrayBuffer>(
    request,
    'ArrayBuffer',
    undefined,
  )) as ArrayBuffer
}

const followed = await fetch(url, { headers: { Authorization: authorization } })
const redirect = await fetch(url, { headers: { Authorization: authorization }, redirect: 'manual' })
const location = redirect.headers.get('location') as string
const manual = await fetch(location)
const results = {
  fetch: seen(await followed.arrayBuffer(), { status: followed.status, url: followed.url }),
  'fetch, manual': seen(await manual.arrayBuffer(), { status: manual.status, location }),
  'Graph JS SDK': seen(
    await sdk()
      .api(path.replace(/^\/(v1\.0|beta)/, ''))
      .version(path.split('/')[1] as string)
      .responseType(ResponseType.ARRAYBUFFER)
      .get(),
  ),
  Kiota: seen(await kiota()),
}
process.stdout.write(JSON.stringify(results))
