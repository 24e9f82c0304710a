import { Command, CommanderError } from 'commander'
import { CliError } from './cli-error'
import { generateCommand } from './generate-command'
import { serveCommand } from './serve-command'
import { verifyPactCommand } from './verify-pact-command'
import { VERSION } from './version'

/** Runs the CLI on `argv` (as `process.argv`). */
export async function runCli(argv: readonly string[]): Promise<void> {
  const program = new Command('fake-graph')
    .description("A faithful fake of Microsoft Graph's Microsoft 365 usage reports")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ outputError: () => {}, writeErr: () => {} })
  // Errors are printed once, as one line, below: silence commander's own printing everywhere.
  for (const command of [serveCommand(), generateCommand(), verifyPactCommand()]) {
    program.addCommand(command.exitOverride().configureOutput({ outputError: () => {} }))
  }
  try {
    await program.parseAsync(argv)
  } catch (error) {
    if (error instanceof CommanderError && (error.exitCode === 0 || error.code === 'commander.helpDisplayed'))
      process.exit(0)
    // One readable line and exit code 2 for every failure, a bug included: never a stack trace.
    process.stderr.write(`fake-graph: ${oneLine(error)}\n`)
    process.exit(2)
  }
}

function oneLine(error: unknown): string {
  // No command given: commander would print its whole help on standard error.
  if (error instanceof CommanderError && error.code === 'commander.help')
    return 'give a command: serve, generate or verify-pact (fake-graph --help says more)'
  if (error instanceof CommanderError || error instanceof CliError)
    return error.message.replace(/^error: /, '').split('\n')[0] as string
  const message = error instanceof Error ? error.message : String(error)
  return `failed unexpectedly: ${message.split('\n')[0]}`
}
