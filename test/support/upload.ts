import { request } from 'node:http'

/** POSTs `megabytes` of body as fast as the server takes it, and returns what it answered and how much it took. */
export function upload(url: string, megabytes: number): Promise<{ status: number; body: string; sentMb: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0
    const chunk = Buffer.alloc(1 << 20, 0x61)
    const outgoing = request(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
    outgoing.on('response', (answer) => {
      let body = ''
      answer.on('data', (part) => {
        body += part
      })
      answer.on('end', () => {
        outgoing.destroy()
        resolve({ status: answer.statusCode ?? 0, body, sentMb: sent / (1 << 20) })
      })
    })
    outgoing.on('error', (error) => (sent > 0 ? undefined : reject(error)))
    const pump = () => {
      while (sent < megabytes << 20) {
        sent += chunk.length
        if (!outgoing.write(chunk)) return void outgoing.once('drain', pump)
      }
      outgoing.end()
    }
    pump()
  })
}
