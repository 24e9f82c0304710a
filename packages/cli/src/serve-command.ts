import { type RunningServer, ServerError, type StartServerOptions, startServer } from '@fake-graph/server'
import { formatDay } from '@fake-graph/tenant'
import { Command } from 'commander'
import { CliError } from './cli-error'
import { instant, integer, oneOf, tenantFile } from './cli-values'
import { collectGarbage } from './collect-garbage'
import { createTlsCertificate } from './tls-certificate'

/** Users from which building the tenant leaves enough garbage to be worth collecting at start. */
const LARGE_TENANT = 20_000

export function serveCommand(): Command {
  return new Command('serve')
    .description('Start the fake graph.microsoft.com and its report download host')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--port <port>', 'port of the Graph origin', integer('--port', 0, 65_535), 4000)
    .option('--download-port <port>', 'port of the download origin', integer('--download-port', 0, 65_535), 4001)
    .option('--seed <seed>', 'seed of the generated tenant', integer('--seed', 0), 42)
    .option('--users <count>', 'users in the generated tenant', integer('--users', 0, 10_000_000), 250)
    .option('--now <iso>', 'freeze the clock at this instant', instant('--now'))
    .option('--link-ttl <seconds>', 'lifetime of download links', integer('--link-ttl', 1, 86_400), 120)
    .option('--conceal-names', 'conceal user names, as the admin setting does')
    .option('--tenant <file.json>', 'serve a scenario tenant instead of a generated one')
    .option('--tls', 'serve both origins over https with a self-signed certificate')
    .option(
      '--auth <mode>',
      'how tokens are checked: any, jwt or signed',
      oneOf('--auth', ['any', 'jwt', 'signed']),
      'any',
    )
    .option(
      '--cors <profile>',
      'browsers: realistic (downloads blocked, as in production) or permissive',
      oneOf('--cors', ['realistic', 'permissive']),
      'realistic',
    )
    .option(
      '--grace <seconds>',
      'on SIGTERM or SIGINT, how long downloads in flight may finish',
      integer('--grace', 0, 3600),
      10,
    )
    .option(
      '--column-order <order>',
      "where a real export and Graph's reference disagree (Teams): observed (the export's) or documented",
      oneOf('--column-order', ['observed', 'documented']),
      'observed',
    )
    .option('--throttling', "emulate Graph's reports throttling (14 CSV requests per 10 minutes per app)")
    .option('--blank-site-urls', 'leave Site URL empty in the OneDrive and SharePoint site usage reports (SP676147)')
    .option(
      '--held-users <count>',
      'generated users kept in memory across tenants and days (default 200000, about 300 MB)',
      integer('--held-users', 0, 10_000_000),
    )
    .action(async (flags) => {
      const certificate = flags.tls ? await createTlsCertificate(flags.host) : undefined
      const server = await listen({
        host: flags.host,
        port: flags.port,
        downloadPort: flags.downloadPort,
        tls: certificate,
        // From the environment, never a flag (process lists show flags); made up when needed.
        adminToken: process.env.FAKE_GRAPH_ADMIN_TOKEN || undefined,
        // This process serves the fake and nothing else.
        lightweightGlobals: true,
        fake: {
          seed: flags.seed,
          users: flags.users,
          now: flags.now,
          linkTtlSeconds: flags.linkTtl,
          concealNames: flags.concealNames ?? false,
          throttling: flags.throttling ?? false,
          auth: flags.auth,
          cors: flags.cors,
          columnOrder: flags.columnOrder,
          blankSiteUrls: flags.blankSiteUrls ?? false,
          // From the environment, never a flag: a flag shows in the process list.
          secret: process.env.FAKE_GRAPH_SECRET || undefined,
          tenant: flags.tenant ? tenantFile(flags.tenant) : undefined,
          heldUsers: flags.heldUsers,
        },
      })
      // Before the banner: whoever reads it may signal at once.
      let stopping = false
      const stop = async () => {
        if (stopping) return
        stopping = true
        await server.close({ graceMs: flags.grace * 1000 })
        process.exit(0)
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      const tenant = server.fake.tenant()
      // Before the banner, whoever reads it may download at once: derive the users the fake will
      // hold, so that the first download renders from memory as later ones do, then collect the
      // garbage that leaves (see collectGarbage).
      if (tenant.userCount <= server.fake.options.heldUsers) {
        const users = tenant.users()[Symbol.iterator]()
        while (!users.next().done);
      }
      if (tenant.userCount >= LARGE_TENANT) collectGarbage()
      const source = flags.tenant ? `scenario ${flags.tenant}` : `seed ${flags.seed}`
      process.stdout.write(
        [
          'fake-graph is serving Microsoft Graph usage reports',
          `  Graph     ${server.graphUrl}   ${tenant.organization.domain}, ${tenant.userCount} users, ${source}, data as of ${formatDay(tenant.refreshDate)}`,
          `  Downloads ${server.downloadUrl}   links live ${flags.linkTtl} s`,
          ...(certificate
            ? [`  TLS       trust ${certificate.file}: NODE_EXTRA_CA_CERTS=<file> for Node, curl --cacert <file>`]
            : []),
          ...(server.adminToken
            ? [`  Admin     ${server.graphUrl}/_admin requires Authorization: Bearer ${server.adminToken}`]
            : []),
          // The token rides in the fragment, which the browser keeps to itself: the page sends it as a header.
          `  Inspector ${server.graphUrl}/_admin/${server.adminToken ? `#token=${server.adminToken}` : ''}`,
          ...(flags.auth === 'signed'
            ? [
                `  Tokens    POST ${server.graphUrl}/<tenant>/oauth2/v2.0/token (client fake-graph-client, secret fake-graph-secret)`,
              ]
            : []),
          '',
          'Try:',
          `  curl -L${certificate ? ` --cacert ${certificate.file}` : ''} -H "Authorization: Bearer fake-token" "${server.graphUrl}/v1.0/reports/getOffice365ActiveUserDetail(period='D7')"`,
          '',
          'Press Ctrl+C to stop.',
          '',
        ].join('\n'),
      )
    })
}

const FLAGS: Record<ServerError['origin'], string> = { graph: '--port', download: '--download-port' }

/** Starts the server; when it cannot listen, says which flag to change, in the CLI's own words. */
async function listen(options: StartServerOptions): Promise<RunningServer> {
  try {
    return await startServer(options)
  } catch (error) {
    if (!(error instanceof ServerError)) throw error
    const flag = FLAGS[error.origin]
    const sentences: Record<ServerError['code'], string> = {
      portInUse: `port ${error.port} on ${error.host} is already in use (choose another with ${flag})`,
      hostUnavailable: `cannot listen on host ${error.host} (--host)`,
      portForbidden: `not allowed to listen on port ${error.port} (${flag})`,
    }
    throw new CliError(sentences[error.code])
  }
}
