import { resolve } from 'node:path'
import { toPrintDocument } from '@modulemark/render-html'
import { helpOption, parseCommandArgs } from '../args.js'
import { writeFileAtomic } from '../atomic-write.js'
import { describeSystemError, ExitCode, OutputError, UsageError, worse } from '../errors.js'
import { resolveInputs, toPosix, type Source } from '../inputs.js'
import { write, type CliIo } from '../io.js'
import { checkOutDir, planOutputs } from '../output-paths.js'
import { parseSources } from '../parse-sources.js'
import { reportError } from '../report-error.js'
import { formatMessage, isFailing, sortMessages, Tally } from '../reporters.js'
import { printHelp } from './print-help.js'
import { printFlags, printOptions, reportPrintMessages } from './print-flags.js'

const options = { ...helpOption, out: { type: 'string', short: 'o' }, ...printFlags } as const

type FileSource = Extract<Source, { kind: 'file' }>

/** `modulemark print <inputs…> [-o DIR] [--page-size letter|a4] [--assets DIR] [--baseurl URL]` */
export async function runPrint(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('print', args, options, true)
  if (values.help) {
    await write(io.stdout, printHelp)
    return ExitCode.ok
  }
  if (positionals.length === 0) throw new UsageError('missing-input', 'print needs at least one input (a file, folder, glob or -)', 'print')
  if (values.out === '') throw new UsageError('invalid-option', "option '-o, --out' needs a folder", 'print')
  const render = await printOptions('print', values, io.cwd)

  const inputs = await resolveInputs(positionals, io.cwd)
  const outDir = values.out === undefined ? null : resolve(io.cwd, values.out)
  if (outDir !== null && inputs.sources.some((source) => source.kind === 'stdin')) {
    throw new UsageError('invalid-combination', "'-' (stdin) has no file name to mirror into -o; redirect stdout instead", 'print')
  }
  if (outDir === null && !inputs.single) {
    throw new UsageError('invalid-combination', 'several inputs make one page each: give -o DIR to write them', 'print')
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
    const plan = await planOutputs(inputs.sources.filter((s): s is FileSource => s.kind === 'file'), outDir, '.html')
    const problems = refused ? [refused, ...plan.problems] : plan.problems
    for (const problem of problems) await reportError(io.stderr, problem)
    if (problems.length > 0) return worse(exit, ExitCode.usage)
    targets = plan.targets
  }

  const tally = new Tally()
  for await (const parsed of parseSources(inputs.sources, io)) {
    if (parsed.error) {
      await reportError(io.stderr, parsed.error)
      exit = worse(exit, parsed.error.exitCode)
      continue
    }
    tally.add(parsed.messages)
    const shown = sortMessages(parsed.messages.filter((message) => isFailing(message, false)))
    if (shown.length > 0) await write(io.stderr, shown.map((message) => `${formatMessage(parsed.source.display, message)}\n`).join(''))
    if (parsed.model === null) continue // the parser crashed; its message says so

    const { html, messages } = toPrintDocument(parsed.model, render)
    await reportPrintMessages(io.stderr, parsed.source.display, messages)
    if (targets === null) {
      await write(io.stdout, html)
      continue
    }
    const target = targets.get(parsed.source as FileSource)!
    try {
      await writeFileAtomic(target, html)
    } catch (error) {
      await reportError(io.stderr, new OutputError('output-write-failed', `cannot write ${toPosix(target)}: ${describeSystemError(error)}`, target, { cause: error }))
      exit = worse(exit, ExitCode.usage)
    }
  }

  if (tally.failed(false)) exit = worse(exit, ExitCode.problems)
  return exit
}
