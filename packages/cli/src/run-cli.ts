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
    .configureOutput({ outputError: () => {} })
  // Errors are printed once, as one line, below: silence commander's own printing everywhere.
  for (const command of [serveCommand(), generateCommand(), verifyPactCommand()]) {
    program.addCommand(command.exitOverride().configureOutput({ outputError: () => {} }))
  }
  try {
    await program.parseAsync(argv)
  } catch (error) {
    if (error instanceof CommanderError && (error.exitCode === 0 || error.code === 'commander.helpDisplayed'))
      process.exit(0)
    // No command given: commander has printed the help, which says it all.
    if (error instanceof CommanderError && error.code === 'commander.help') process.exit(2)
    // One readable line and exit code 2 for any mistake in the call; anything else is a bug.
    if (error instanceof CommanderError || error instanceof CliError) {
      const message = error.message.replace(/^error: /, '').split('\n')[0]
      process.stderr.write(`fake-graph: ${message}\n`)
      process.exit(2)
    }
    throw error
  }
}
