import type { FakeGraph } from '@fake-graph/core'
import { CliError } from './cli-error'

/**
 * What a client gets for `url` from the fake: the CSV through the 302 and its link, or the beta
 * JSON pages one after another. A refusal is one line in Graph's own words.
 */
export async function downloadReport(fake: FakeGraph, url: string): Promise<ReadableStream<Uint8Array>> {
  const first = await answer(fake, url)
  const type = first.headers.get('content-type') ?? ''
  if (!type.startsWith('application/json')) return first.body ?? new ReadableStream()
  const page = (await first.json()) as JsonPage
  // One page holds it all, as Graph sent it; more are joined into one document, page by page.
  const pages = joinedPages(fake, page)
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pages.next()
      if (next.done) controller.close()
      else controller.enqueue(next.value)
    },
  })
}

interface JsonPage {
  /** Absent from the newer reports' pages (Microsoft 365 Apps), and then from the joined page too. */
  readonly '@odata.context'?: string
  readonly '@odata.nextLink'?: string
  readonly value: readonly unknown[]
}

async function* joinedPages(fake: FakeGraph, first: JsonPage): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder()
  const context = first['@odata.context']
  yield encoder.encode(context === undefined ? '{"value":[' : `{"@odata.context":${JSON.stringify(context)},"value":[`)
  let page: JsonPage | undefined = first
  let separator = ''
  while (page) {
    for (const item of page.value) {
      yield encoder.encode(separator + JSON.stringify(item))
      separator = ','
    }
    const next: string | undefined = page['@odata.nextLink']
    page = next === undefined ? undefined : ((await (await answer(fake, next)).json()) as JsonPage)
  }
  yield encoder.encode(']}')
}

/** The answer to `url`, the 302 followed; Graph's refusal becomes one line and exit code 2. */
async function answer(fake: FakeGraph, url: string): Promise<Response> {
  let response = await fake.fetch(new Request(url, { headers: { Authorization: 'Bearer fake-graph-generate' } }))
  if (response.status === 302) response = await fake.fetch(new Request(response.headers.get('location') as string))
  if (response.ok) return response
  const { error } = (await response.json()) as { error: { code: string; message: string } }
  throw new CliError(`Graph refuses it (${response.status} ${error.code}): ${error.message}`)
}
