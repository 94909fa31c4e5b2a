import { helpOption, parseCommandArgs } from '../args.js'
import { PageCache } from '../batch/cache.js'
import { BatchRunner } from '../batch/runner.js'
import { batchFlags, batchSettings } from '../batch/settings.js'
import { loadConfig } from '../config/load.js'
import { ExitCode, UsageError, worse } from '../errors.js'
import { commandHelp } from '../help.js'
import { resolveInputs } from '../inputs.js'
import { readAll, write, type CliIo } from '../io.js'
import { reportError } from '../report-error.js'
import { formatMessage, jsonPath, JsonArrayWriter, sortMessages, Tally } from '../reporters.js'

const options = { ...helpOption, ...batchFlags } as const

/** `modulemark lint <inputs…> [--format text|json] [--strict] [--max-warnings N] [batch flags]` */
export async function runLint(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('lint', args, options, true)
  if (values.help) {
    await write(io.stdout, commandHelp.lint)
    return ExitCode.ok
  }
  if (positionals.length === 0) throw new UsageError('missing-input', 'lint needs at least one input (a file, folder, glob or -)', 'lint')
  const settings = batchSettings('lint', values, await loadConfig(io.cwd), io.cwd)

  const inputs = await resolveInputs(positionals, io.cwd)
  let exit: ExitCode = ExitCode.ok
  const tally = new Tally()
  for (const problem of inputs.problems) {
    await reportError(io.stderr, problem)
    tally.unreadable++
    exit = worse(exit, problem.exitCode)
  }

  const warn = (message: string) => void write(io.stderr, `modulemark: warning: ${message}\n`)
  const cache = settings.cacheDir === null ? null : new PageCache(settings.cacheDir, warn)
  const runner = new BatchRunner({ job: 'lint', options: {}, jobs: settings.jobs, autoJobs: settings.autoJobs, cache, readStdin: () => readAll(io.stdin), warn })
  const json = settings.format === 'json' ? new JsonArrayWriter(io.stdout) : null
  try {
    for await (const outcome of runner.run(inputs.sources)) {
      if (outcome.error) {
        await reportError(io.stderr, outcome.error)
        tally.unreadable++
        exit = worse(exit, outcome.error.exitCode)
        continue
      }
      tally.add(outcome.messages)
      const messages = sortMessages(outcome.messages)
      if (json) await json.add({ path: jsonPath(outcome.source.display), messages })
      else if (messages.length > 0) {
        await write(io.stdout, messages.map((message) => `${formatMessage(outcome.source.display, message)}\n`).join(''))
      }
    }
  } finally {
    await runner.close()
  }
  if (json) await json.end()
  else if (!settings.quiet) await write(io.stderr, `${tally.summary()}\n`)

  const tooMany = settings.maxWarnings !== null && tally.warnings > settings.maxWarnings
  if (tally.failed(settings.strict) || tooMany) exit = worse(exit, ExitCode.problems)
  return exit
}
