import { choice, helpOption, parseCommandArgs } from '../args.js'
import { ExitCode, UsageError, worse } from '../errors.js'
import { commandHelp } from '../help.js'
import { resolveInputs } from '../inputs.js'
import { write, type CliIo } from '../io.js'
import { parseSources } from '../parse-sources.js'
import { reportError } from '../report-error.js'
import { diagnosticsFormats, formatMessage, jsonPath, JsonArrayWriter, sortMessages, Tally } from '../reporters.js'

const options = {
  ...helpOption,
  format: { type: 'string' },
  strict: { type: 'boolean' }
} as const

/** `modulemark lint <inputs…> [--format text|json] [--strict]` */
export async function runLint(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('lint', args, options, true)
  if (values.help) {
    await write(io.stdout, commandHelp.lint)
    return ExitCode.ok
  }
  const format = choice('lint', 'format', values.format, diagnosticsFormats, 'text')
  const strict = values.strict ?? false
  if (positionals.length === 0) throw new UsageError('missing-input', 'lint needs at least one input (a file, folder, glob or -)', 'lint')

  const inputs = await resolveInputs(positionals, io.cwd)
  let exit: ExitCode = ExitCode.ok
  const tally = new Tally()
  for (const problem of inputs.problems) {
    await reportError(io.stderr, problem)
    tally.unreadable++
    exit = worse(exit, problem.exitCode)
  }

  const json = format === 'json' ? new JsonArrayWriter(io.stdout) : null
  for await (const parsed of parseSources(inputs.sources, io)) {
    if (parsed.error) {
      await reportError(io.stderr, parsed.error)
      tally.unreadable++
      exit = worse(exit, parsed.error.exitCode)
      continue
    }
    tally.add(parsed.messages)
    const messages = sortMessages(parsed.messages)
    if (json) await json.add({ path: jsonPath(parsed.source.display), messages })
    else if (messages.length > 0) {
      await write(io.stdout, messages.map((message) => `${formatMessage(parsed.source.display, message)}\n`).join(''))
    }
  }
  if (json) await json.end()
  else await write(io.stderr, `${tally.summary()}\n`)

  if (tally.failed(strict)) exit = worse(exit, ExitCode.problems)
  return exit
}
