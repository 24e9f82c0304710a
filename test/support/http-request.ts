import { request as httpRequest } from 'node:http'

/**
 * One request through node:http, which sends what fetch would not (a Host of our choosing) and
 * streams a large body as the server reads it; the answer's status and text.
 */
export function httpExchange(
  url: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers }, (answer) => {
      let text = ''
      answer.on('data', (chunk) => {
        text += chunk
      })
      answer.on('end', () => resolve({ status: answer.statusCode ?? 0, body: text }))
    })
    request.on('error', reject)
    request.end(body)
  })
}
