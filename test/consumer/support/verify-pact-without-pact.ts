import type { RunResult } from './consumer-project'

/** The example client's pact, which the npm package verifies. */
export const EXAMPLE_PACT = new URL(
  '../../../examples/report-client/pacts/report-client-microsoft-graph-reports.json',
  import.meta.url,
).pathname

/** What verify-pact does where Pact cannot be imported (the standalone file, the single executable). */
export const WITHOUT_PACT: RunResult = {
  code: 2,
  stdout: '',
  stderr: 'fake-graph: verify-pact needs Pact: install the npm package (npm install -D fake-graph)\n',
}
