import type { Message } from '@modulemark/model'
import { describeSystemError, ExitCode, InputError, OutputError, worse, type CliError } from '../errors.js'
import { toPosix, type Source } from '../inputs.js'
import { write, type CliIo } from '../io.js'
import { formatMessage, isFailing, jsonPath, JsonArrayWriter, sortMessages } from '../reporters.js'
import { Progress } from './progress.js'
import type { BatchRunner, PageOutcome } from './runner.js'
import type { BatchSettings } from './settings.js'
import { fileSink, type OutputSink } from './sink.js'
import { BatchTally } from './summary.js'

/** What one batch command shares between its first build and its watch rebuilds. */
export interface PageBatch {
  command: string
  io: CliIo
  settings: BatchSettings
  runner: BatchRunner
  /** Where outputs with a file go (default: written as they are). */
  sink?: OutputSink
  /** Messages about the output itself (an image not inlined), shown whatever their severity. */
  shows?: (message: Message) => boolean
  /** What to say when a page with an output file makes nothing to write (a page with no worksheet). */
  emptyNote?: (display: string) => string
}

/** Output files being written at once. */
const maxWrites = 8

/** One page done: written, printed, or failed. `ms` counts from the start of its batch. */
export interface PageDone {
  outcome: PageOutcome
  /** Its output file (absolute), or null when it goes to stdout or was not written. */
  target: string | null
  /** Whether the output file was rewritten (false: unchanged, kept as it was). */
  written: boolean
  ms: number
}

export interface BuildOptions {
  /** Output file by source path (absolute); null: outputs go to stdout in input order. */
  targets: ReadonlyMap<string, string> | null
  /** Draw a progress bar (the first build; not the watch's small rebuilds). */
  progress: boolean
  onPage?: (done: PageDone) => Promise<void> | void
}

export interface BuildResult {
  tally: BatchTally
  /** 2 when an output could not be written, 3 when an input could not be read, else 0. */
  exit: ExitCode
}

/**
 * Runs the batch over `sources` and hands each outcome on in input order:
 * diagnostics to stderr, the output to stdout, or to its file (atomically,
 * left alone when its bytes are unchanged; file writes start in input order
 * and a few overlap). A page that fails is reported and the others go on.
 */
export async function buildPages(batch: PageBatch, sources: readonly Source[], options: BuildOptions): Promise<BuildResult> {
  const { io, settings } = batch
  const tally = new BatchTally()
  const progress = options.progress ? Progress.create(io.stderr, sources.length, settings.quiet) : null
  const diagnostics = settings.format === 'json' ? new JsonArrayWriter(io.stderr) : null
  const start = performance.now()
  let exit: ExitCode = ExitCode.ok
  const writing = new Set<Promise<void>>()
  const report = async (error: CliError) => {
    progress?.clear()
    await write(io.stderr, `modulemark: ${error.message}\n`)
    exit = worse(exit, error.exitCode)
  }

  for await (const outcome of batch.runner.run(sources)) {
    if (outcome.error) {
      if (outcome.error instanceof InputError) tally.unreadable.push(outcome.source.display)
      else tally.addRejected() // an invalid model: an error of its page
      await report(outcome.error)
      await options.onPage?.({ outcome, target: null, written: false, ms: performance.now() - start })
      progress?.tick()
      continue
    }
    tally.add(outcome.messages)
    const shown = sortMessages(outcome.messages.filter((message) => isFailing(message, settings.strict) || batch.shows?.(message) === true))
    if (shown.length > 0) {
      progress?.clear()
      if (diagnostics) await diagnostics.add({ path: jsonPath(outcome.source.display), messages: shown })
      else await write(io.stderr, shown.map((message) => `${formatMessage(outcome.source.display, message)}\n`).join(''))
    }
    const target = outcome.source.kind === 'file' ? (options.targets?.get(outcome.source.abs) ?? null) : null
    const { output } = outcome
    if (output !== null && target !== null) {
      // Started in input order; a few in flight at once, so each file's fsync does not hold up the next.
      const task = (async () => {
        let written = false
        try {
          written = await (batch.sink ?? fileSink).write(target, output)
        } catch (error) {
          await report(new OutputError('output-write-failed', `cannot write ${toPosix(target)}: ${describeSystemError(error)}`, target, { cause: error }))
        }
        await options.onPage?.({ outcome, target, written, ms: performance.now() - start })
        progress?.tick()
      })()
      writing.add(task)
      void task.finally(() => writing.delete(task))
      if (writing.size >= maxWrites) await Promise.race(writing)
      continue
    }
    if (output !== null && options.targets === null) await write(io.stdout, output.toString('utf8'))
    if (output === null && target !== null && batch.emptyNote && !outcome.messages.some((message) => message.ruleId === 'internal-error')) {
      progress?.clear()
      await write(io.stderr, `${batch.emptyNote(outcome.source.display)}\n`)
    }
    await options.onPage?.({ outcome, target, written: false, ms: performance.now() - start })
    progress?.tick()
  }
  await Promise.all(writing)
  progress?.clear()
  if (diagnostics) await diagnostics.end()
  return { tally, exit }
}
