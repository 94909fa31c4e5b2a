import { resolve } from 'node:path'
import { toMarkdown } from '@modulemark/render-markdown'
import { helpOption, parseCommandArgs } from '../args.js'
import { writeFileAtomic } from '../atomic-write.js'
import { describeSystemError, ExitCode, OutputError, UsageError, worse } from '../errors.js'
import { commandHelp } from '../help.js'
import { resolveInputs, toPosix, type Source } from '../inputs.js'
import { write, type CliIo } from '../io.js'
import { checkOutDir, planOutputs } from '../output-paths.js'
import { reportError } from '../report-error.js'
import { formatMessage, isFailing, sortMessages, Tally } from '../reporters.js'
import { isModelFile, loadSources } from './md-sources.js'

const options = { ...helpOption, out: { type: 'string', short: 'o' } } as const

type FileSource = Extract<Source, { kind: 'file' }>

/** `modulemark md <model.json|page.md…> [-o DIR]` */
export async function runMd(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('md', args, options, true)
  if (values.help) {
    await write(io.stdout, commandHelp.md)
    return ExitCode.ok
  }
  if (positionals.length === 0) throw new UsageError('missing-input', 'md needs at least one input (a model .json, a page, folder, glob or -)', 'md')
  if (values.out === '') throw new UsageError('invalid-option', "option '-o, --out' needs a folder", 'md')

  const inputs = await resolveInputs(positionals, io.cwd)
  const outDir = values.out === undefined ? null : resolve(io.cwd, values.out)
  if (outDir !== null && inputs.sources.some((source) => source.kind === 'stdin')) {
    throw new UsageError('invalid-combination', "'-' (stdin) has no file name to mirror into -o; redirect stdout instead", 'md')
  }
  if (outDir === null && !inputs.single) {
    throw new UsageError('invalid-combination', 'several inputs make one page each: give -o DIR to write them', 'md')
  }

  let exit: ExitCode = ExitCode.ok
  for (const problem of inputs.problems) {
    await reportError(io.stderr, problem)
    exit = worse(exit, problem.exitCode)
  }

  let targets: Map<FileSource, string> | null = null
  if (outDir !== null) {
    const files = inputs.sources.filter((s): s is FileSource => s.kind === 'file')
    // `x.json` is written as `x.md`, as a page `x.md` is.
    const named = files.map((source) => (isModelFile(source) ? { ...source, modelPath: source.modelPath.slice(0, -'.json'.length) } : source))
    const refused = await checkOutDir(outDir)
    const plan = await planOutputs(named, outDir, '.md')
    const problems = refused ? [refused, ...plan.problems] : plan.problems
    for (const problem of problems) await reportError(io.stderr, problem)
    if (problems.length > 0) return worse(exit, ExitCode.usage)
    targets = new Map(files.map((source, index) => [source, plan.targets.get(named[index])!]))
  }

  const tally = new Tally()
  for await (const loaded of loadSources(inputs.sources, io)) {
    if (loaded.error) {
      await reportError(io.stderr, loaded.error)
      exit = worse(exit, loaded.error.exitCode)
      continue
    }
    if (loaded.invalid !== undefined) {
      await write(io.stderr, `modulemark: ${loaded.source.display}: ${loaded.invalid}\n`)
      exit = worse(exit, ExitCode.problems)
      continue
    }
    tally.add(loaded.messages)
    const shown = sortMessages(loaded.messages.filter((message) => isFailing(message, false)))
    if (shown.length > 0) await write(io.stderr, shown.map((message) => `${formatMessage(loaded.source.display, message)}\n`).join(''))
    if (loaded.model === null) continue // the parser crashed; its message says so

    const markdown = toMarkdown(loaded.model)
    if (targets === null) {
      await write(io.stdout, markdown)
      continue
    }
    const target = targets.get(loaded.source as FileSource)!
    try {
      await writeFileAtomic(target, markdown)
    } catch (error) {
      await reportError(io.stderr, new OutputError('output-write-failed', `cannot write ${toPosix(target)}: ${describeSystemError(error)}`, target, { cause: error }))
      exit = worse(exit, ExitCode.usage)
    }
  }

  if (tally.failed(false)) exit = worse(exit, ExitCode.problems)
  return exit
}
