import type { CliError } from './errors.js'
import { write, type OutStream } from './io.js'

/** One `modulemark: …` line on stderr for a problem that does not stop the run. */
export async function reportError(stderr: OutStream, error: CliError): Promise<void> {
  await write(stderr, `modulemark: ${error.message}\n`)
}
