// The fake mounted through createApp's express apps, as a user would mount it.
import { createServer } from 'node:http'
import { createFakeGraph } from '@fake-graph/core'
import { createApp } from '@fake-graph/server'

const [port, downloadPort] = process.argv.slice(2).map(Number) as [number, number]
const fake = createFakeGraph({
  graphBaseUrl: `http://127.0.0.1:${port}`,
  downloadBaseUrl: `http://127.0.0.1:${downloadPort}`,
})
const apps = createApp(fake)
createServer(apps.download).listen(downloadPort, '127.0.0.1')
createServer(apps.api).listen(port, '127.0.0.1', () => process.send?.('ready'))
