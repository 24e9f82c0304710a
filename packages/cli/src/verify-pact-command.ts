import { existsSync } from 'node:fs'
import { verifyPactsAgainstFake } from '@fake-graph/contract/pact'
import { Command } from 'commander'
import { CliError } from './cli-error'
import { instant } from './cli-values'
import { requirePact } from './require-pact'

export function verifyPactCommand(): Command {
  return new Command('verify-pact')
    .description("Verify a client's consumer pacts against the fake, which plays Microsoft Graph")
    .argument('[files...]', 'consumer pact files (Pact V3 or V4 JSON)')
    .option('--broker <url>', "also verify the provider's latest pacts from this Pact Broker")
    .option('--provider <name>', 'the provider name the pacts use', 'microsoft-graph-reports')
    .option('--now <iso>', 'the clock reading to verify at (default: now)', instant('--now'))
    .action(async (files: string[], flags) => {
      // First: without Pact, nothing else this command could say would help.
      await requirePact()
      for (const file of files) if (!existsSync(file)) throw new CliError(`cannot read pact ${file}`)
      if (files.length === 0 && !flags.broker) throw new CliError('give pact files, or --broker <url>')
      // A pact that cannot be read, or a broker that cannot be reached, is a mistake in the call.
      const result = await verifyPactsAgainstFake({
        pactFiles: files,
        pactBrokerUrl: flags.broker,
        provider: flags.provider,
        fake: { now: flags.now },
      }).catch((error: Error) => {
        throw new CliError(error.message.replace(/^Failed to /, 'cannot '))
      })
      // Report calls are replayed without following the 302 (Pact's verifier would follow it).
      for (const interaction of result.replayed) {
        const mismatches = result.redirectMismatches[interaction]
        process.stdout.write(
          mismatches ? `✗ ${interaction}\n${mismatches.map((line) => `    ${line}\n`).join('')}` : `✓ ${interaction}\n`,
        )
      }
      if (result.verifierError) process.stdout.write(`${result.verifierError}\n`)
      if (!result.ok) {
        process.stdout.write('The pact expects something Microsoft Graph would not do.\n')
        process.exit(1)
      }
      process.stdout.write(
        `✓ ${files.length} pact file(s)${flags.broker ? " and the broker's pacts" : ''} verified against the fake\n`,
      )
    })
}
