import './require-node'
import { runCli } from './run-cli'

// Not awaited at the top level: the same entry builds as CommonJS for the single executable.
void runCli(process.argv)
