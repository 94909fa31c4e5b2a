import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { ModuleRoot } from '@modulemark/model'
import { choice, helpOption, parseCommandArgs } from '../args.js'
import { writeFileAtomic } from '../atomic-write.js'
import { describeSystemError, ExitCode, OutputError, UsageError, worse } from '../errors.js'
import { commandHelp } from '../help.js'
import { resolveInputs, toPosix, type Source } from '../inputs.js'
import { write, type CliIo } from '../io.js'
import { planOutputs } from '../output-paths.js'
import { parseSources } from '../parse-sources.js'
import { reportError } from '../report-error.js'
import { diagnosticsFormats, formatMessage, isFailing, jsonPath, JsonArrayWriter, sortMessages, Tally } from '../reporters.js'

const options = {
  ...helpOption,
  out: { type: 'string', short: 'o' },
  pretty: { type: 'boolean' },
  format: { type: 'string' },
  strict: { type: 'boolean' }
} as const

type FileSource = Extract<Source, { kind: 'file' }>

const serialize = (model: ModuleRoot, pretty: boolean) => `${JSON.stringify(model, null, pretty ? 2 : undefined)}\n`

/** `modulemark json <inputs…> [-o DIR] [--pretty] [--format text|json] [--strict]` */
export async function runJson(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('json', args, options, true)
  if (values.help) {
    await write(io.stdout, commandHelp.json)
    return ExitCode.ok
  }
  const format = choice('json', 'format', values.format, diagnosticsFormats, 'text')
  const strict = values.strict ?? false
  const pretty = values.pretty ?? false
  if (positionals.length === 0) throw new UsageError('missing-input', 'json needs at least one input (a file, folder, glob or -)', 'json')
  if (values.out === '') throw new UsageError('invalid-option', "option '-o, --out' needs a folder", 'json')

  const inputs = await resolveInputs(positionals, io.cwd)
  const outDir = values.out === undefined ? null : resolve(io.cwd, values.out)
  if (outDir !== null && inputs.sources.some((source) => source.kind === 'stdin')) {
    throw new UsageError('invalid-combination', "'-' (stdin) has no file name to mirror into -o; redirect stdout instead", 'json')
  }
  if (outDir === null && !inputs.single && pretty) {
    throw new UsageError('invalid-combination', '--pretty needs one input file or -o DIR: several inputs go out as NDJSON, one model a line', 'json')
  }

  let exit: ExitCode = ExitCode.ok
  for (const problem of inputs.problems) {
    await reportError(io.stderr, problem)
    exit = worse(exit, problem.exitCode)
  }

  let targets: Map<FileSource, string> | null = null
  if (outDir !== null) {
    // The whole plan is checked first: a refused output means nothing is written.
    const refused = await checkOutDir(outDir)
    const plan = await planOutputs(inputs.sources.filter((s): s is FileSource => s.kind === 'file'), outDir)
    const problems = refused ? [refused, ...plan.problems] : plan.problems
    for (const problem of problems) await reportError(io.stderr, problem)
    if (problems.length > 0) return worse(exit, ExitCode.usage)
    targets = plan.targets
  }

  const tally = new Tally()
  const diagnostics = format === 'json' ? new JsonArrayWriter(io.stderr) : null
  for await (const parsed of parseSources(inputs.sources, io)) {
    if (parsed.error) {
      await reportError(io.stderr, parsed.error)
      exit = worse(exit, parsed.error.exitCode)
      continue
    }
    tally.add(parsed.messages)
    const shown = sortMessages(parsed.messages.filter((message) => isFailing(message, strict)))
    if (shown.length > 0) {
      if (diagnostics) await diagnostics.add({ path: jsonPath(parsed.source.display), messages: shown })
      else await write(io.stderr, shown.map((message) => `${formatMessage(parsed.source.display, message)}\n`).join(''))
    }
    if (parsed.model === null) continue // the parser crashed; its message says so

    if (targets === null) {
      await write(io.stdout, serialize(parsed.model, pretty && inputs.single))
      continue
    }
    const target = targets.get(parsed.source as FileSource)!
    try {
      await writeFileAtomic(target, serialize(parsed.model, pretty))
    } catch (error) {
      await reportError(io.stderr, new OutputError('output-write-failed', `cannot write ${toPosix(target)}: ${describeSystemError(error)}`, target, { cause: error }))
      exit = worse(exit, ExitCode.usage)
    }
  }
  if (diagnostics) await diagnostics.end()

  if (tally.failed(strict)) exit = worse(exit, ExitCode.problems)
  return exit
}

/** `-o` may name a folder that does not exist yet, but not a file. */
async function checkOutDir(outDir: string): Promise<OutputError | null> {
  try {
    if ((await stat(outDir)).isDirectory()) return null
    return new OutputError('output-not-a-directory', `-o ${toPosix(outDir)} is not a folder`, outDir)
  } catch {
    return null // created on the first write
  }
}
