// The baseline: a bare node:http server answering every request with the same fixed 302
// (same headers as the fake's, same Location length), and nothing else.
import { createServer } from 'node:http'

const location = `http://127.0.0.1:4001/data/v1.0/download?token=${'x'.repeat(84)}.${'y'.repeat(414)}.${'z'.repeat(43)}`
const headers = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers':
    'ETag, Location, Preference-Applied, Content-Range, request-id, client-request-id, ReadWriteConsistencyToken, Retry-After, SdkVersion, WWW-Authenticate, x-ms-client-gcc-tenant, X-Planner-Operationid, x-ms-permissions-recommendations',
  'request-id': '00000000-0000-4000-8000-000000000000',
  'client-request-id': '00000000-0000-4000-8000-000000000000',
  'x-ms-ags-diagnostic':
    '{"ServerInfo":{"DataCenter":"West Europe","Slice":"E","Ring":"5","ScaleUnit":"000","RoleInstance":"FAKEGRAPH01"}}',
  'Strict-Transport-Security': 'max-age=31536000',
  'Content-Type': 'text/plain',
  Location: location,
}
const server = createServer((_, response) => {
  response.writeHead(302, headers)
  response.end()
})
server.listen(Number(process.argv[2]), '127.0.0.1', () => process.send?.('ready'))
