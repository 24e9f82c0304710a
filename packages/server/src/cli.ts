import { Command, CommanderError } from 'commander'
import { CliError } from './cli-error'
import { generateCommand } from './generate-command'
import { serveCommand } from './serve-command'
import { verifyPactCommand } from './verify-pact-command'

const program = new Command('fake-graph')
  .description('A faithful fake of the Microsoft Graph Office 365 active-users reports')
  .exitOverride()
  .configureOutput({ outputError: () => {} })
// Errors are printed once, as one line, below: silence commander's own printing everywhere.
for (const command of [serveCommand(), generateCommand(), verifyPactCommand()]) {
  program.addCommand(command.exitOverride().configureOutput({ outputError: () => {} }))
}

try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError && (error.exitCode === 0 || error.code === 'commander.helpDisplayed'))
    process.exit(0)
  // One readable line and exit code 2 for any mistake in the call; anything else is a bug.
  if (error instanceof CommanderError || error instanceof CliError) {
    const message = error.message.replace(/^error: /, '').split('\n')[0]
    process.stderr.write(`fake-graph: ${message}\n`)
    process.exit(2)
  }
  throw error
}
