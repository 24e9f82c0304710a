import { connect } from 'node:net'

/**
 * Sends raw bytes, as no HTTP client would, and returns what comes back: everything until the
 * server closes, or until 50 ms pass without more (an answer on a kept-alive connection), or 2 s.
 */
export function sendRaw(port: number, bytes: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    let answer = ''
    let quiet: NodeJS.Timeout | undefined
    const done = () => {
      clearTimeout(quiet)
      socket.destroy()
      resolve(answer)
    }
    socket.setTimeout(2_000, done)
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1')
      clearTimeout(quiet)
      quiet = setTimeout(done, 50)
    })
    socket.on('error', done)
    socket.on('close', done)
    socket.write(bytes)
  })
}

/** The port of a server's origin. */
export const portOf = (origin: string): number => Number(new URL(origin).port)
