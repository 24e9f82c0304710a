// The download baseline: a bare node:http server sending a prebuilt buffer of the same size
// as the report, in 64 KiB writes.
import { createServer } from 'node:http'

const size = Number(process.argv[3])
const buffer = Buffer.alloc(size, 0x41)
const server = createServer((_, response) => {
  response.writeHead(200, { 'Content-Type': 'application/octet-stream' })
  let offset = 0
  const pump = () => {
    while (offset < size) {
      const chunk = buffer.subarray(offset, offset + 65_536)
      offset += chunk.length
      if (!response.write(chunk)) return response.once('drain', pump)
    }
    response.end()
  }
  pump()
})
server.listen(Number(process.argv[2]), '127.0.0.1', () => process.send?.('ready'))
