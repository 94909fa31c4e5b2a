import type { Message } from '@modulemark/model'
import { loadJob, type JobName } from '../jobs/index.js'
import type { PageInput, PageRejection } from './job.js'

/** A job's result as the runner sees it, from this thread or a worker. */
export interface JobResult {
  output: string | Uint8Array | null
  messages: Message[]
  /** The input was refused (an invalid model): reported, not cached. */
  rejected?: PageRejection
  /** The job threw: `messages` holds an internal-error and the result is not cached. */
  crashed: boolean
}

/** Runs a job on one page; a throw becomes an `internal-error` message instead of stopping the batch. */
export async function executeJob(name: JobName, options: unknown, page: PageInput): Promise<JobResult> {
  try {
    const job = await loadJob(name)
    const { output, messages, rejected } = await job.run(page, options)
    return rejected ? { output: null, messages: [], rejected, crashed: false } : { output, messages, crashed: false }
  } catch (error) {
    // The parse-only jobs keep their wording; the others may fail in a renderer too.
    const doing = name === 'json' || name === 'lint' ? 'parsing' : 'rendering'
    return crashed(`internal error while ${doing}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export function crashed(reason: string): JobResult {
  const message: Message = { ruleId: 'internal-error', severity: 'error', reason, line: null, column: null, endLine: null, endColumn: null }
  return { output: null, messages: [message], crashed: true }
}
