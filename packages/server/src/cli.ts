import { Command, CommanderError } from 'commander'
import { CliError } from './cli-error'
import { generateCommand } from './generate-command'
import { serveCommand } from './serve-command'

const program = new Command('fake-graph')
  .description('A faithful fake of the Microsoft Graph Office 365 active-users reports')
  .exitOverride()
  .configureOutput({ outputError: () => {} })
  .addCommand(
    serveCommand()
      .exitOverride()
      .configureOutput({ outputError: () => {} }),
  )
  .addCommand(
    generateCommand()
      .exitOverride()
      .configureOutput({ outputError: () => {} }),
  )

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
