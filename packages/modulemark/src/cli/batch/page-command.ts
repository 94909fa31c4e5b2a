import { dirname, resolve } from 'node:path'
import type { Message } from '@modulemark/model'
import type { OptionValues } from '../args.js'
import { loadConfig, type LoadedConfig } from '../config/load.js'
import { ExitCode, UsageError, worse } from '../errors.js'
import { resolveInputs, type ResolvedInputs, type Source } from '../inputs.js'
import { readAll, write, type CliIo } from '../io.js'
import type { JobName } from '../jobs/index.js'
import { checkOutDir, planOutputs } from '../output-paths.js'
import { PageCache } from './cache.js'
import { buildPages, type PageBatch } from './page-batch.js'
import { BatchRunner } from './runner.js'
import { batchFlags, batchSettings, watchFlag } from './settings.js'
import type { OutputSink } from './sink.js'
import { removeStaleTemps } from './stale-temps.js'
import { watchPages } from './watch-pages.js'

type FileSource = Extract<Source, { kind: 'file' }>

export const outFlag = { out: { type: 'string', short: 'o' } } as const

/** The flags a page command hands over: its `-o`, the batch flags and `--watch` (when it has it). */
export type PageCommandValues = OptionValues<typeof outFlag & typeof batchFlags & typeof watchFlag>

export interface JobOptionsContext {
  inputs: ResolvedInputs
  outDir: string | null
  config: LoadedConfig
}

export interface PageCommandSpec {
  command: string
  /** The per-page job, by name (see jobs/index.ts). */
  job: JobName
  /** Extension of each page's output file under -o (`.json`, `.html`). */
  extension: string
  values: PageCommandValues
  positionals: string[]
  /**
   * The job's options once the inputs are known — exactly those that change
   * the output (they are part of the cache key). May throw a UsageError.
   */
  jobOptions: (context: JobOptionsContext) => unknown | Promise<unknown>
  /**
   * Without -o: `ndjson` prints every output in input order (json); `single`
   * prints one page and asks for -o for more; `never` writes files only, into
   * `defaultOut` when -o is not given (pdf, worksheets).
   */
  stdout?: 'ndjson' | 'single' | 'never'
  /** The folder written into without -o, for `stdout: 'never'`. */
  defaultOut?: string
  /** Why stdin cannot be read, when it cannot (a PDF needs a file name). */
  noStdin?: string
  /** JSON models are inputs too (`x.json` → `x.html`): the renderer commands. */
  models?: boolean
  /** Started once the outputs are planned and before anything is written (one browser for PDF). */
  sink?: () => Promise<OutputSink>
  /** What each page depends on besides its bytes (see RunnerSettings.pageContext). */
  pageContext?: () => (source: Source) => Promise<unknown>
  /** Messages shown whatever their severity (see PageBatch.shows). */
  shows?: (message: Message) => boolean
  /** Said when a page makes nothing to write (see PageBatch.emptyNote). */
  emptyNote?: (display: string) => string
}

/**
 * The shared body of a command that turns each page into one output: inputs,
 * config and flags, the output plan (all checked before anything is written),
 * the batch through workers and cache, the summary, and `--watch`.
 */
export async function runPageCommand(spec: PageCommandSpec, io: CliIo): Promise<ExitCode> {
  const { command, values, positionals } = spec
  const stdout = spec.stdout ?? 'ndjson'
  const models = spec.models ?? false
  if (positionals.length === 0) throw new UsageError('missing-input', `${command} needs at least one input (a file, folder, glob or -)`, command)
  if (values.out === '') throw new UsageError('invalid-option', "option '-o, --out' needs a folder", command)
  const config = await loadConfig(io.cwd)
  const settings = batchSettings(command, values, config, io.cwd)

  const inputs = await resolveInputs(positionals, io.cwd, { models })
  const out = values.out ?? (stdout === 'never' ? (spec.defaultOut ?? '.') : undefined)
  const outDir = out === undefined ? null : resolve(io.cwd, out)
  const stdin = inputs.sources.some((source) => source.kind === 'stdin')
  if (stdin && spec.noStdin !== undefined) throw new UsageError('invalid-combination', spec.noStdin, command)
  if (outDir !== null && stdin) throw new UsageError('invalid-combination', "'-' (stdin) has no file name to mirror into -o; redirect stdout instead", command)
  if (outDir === null && stdout === 'single' && !inputs.single) {
    throw new UsageError('invalid-combination', 'several inputs make one page each: give -o DIR to write them', command)
  }
  if (values.watch && outDir === null) throw new UsageError('invalid-combination', '--watch needs -o DIR: it rewrites the outputs as pages change', command)
  if (values.watch && stdin) throw new UsageError('invalid-combination', '--watch cannot read stdin', command)
  const jobOptions = await spec.jobOptions({ inputs, outDir, config })

  let exit: ExitCode = ExitCode.ok
  for (const problem of inputs.problems) {
    await write(io.stderr, `modulemark: ${problem.message}\n`)
    exit = worse(exit, problem.exitCode)
  }

  let targets: Map<string, string> | null = null
  if (outDir !== null) {
    // The whole plan is checked first: a refused output means nothing is written.
    const refused = await checkOutDir(outDir)
    const plan = await planOutputs(inputs.sources.filter((s): s is FileSource => s.kind === 'file'), outDir, spec.extension, models)
    const problems = refused ? [refused, ...plan.problems] : plan.problems
    for (const problem of problems) await write(io.stderr, `modulemark: ${problem.message}\n`)
    if (problems.length > 0) return worse(exit, ExitCode.usage)
    targets = new Map([...plan.targets].map(([source, target]) => [source.abs, target]))
    await removeStaleTemps([...targets.values()].map((target) => dirname(target)))
  }

  // A sink with nothing to write is not started (no browser for an empty batch).
  const sink = spec.sink && (targets?.size ?? 0) > 0 ? await spec.sink() : undefined
  const warn = (message: string) => void write(io.stderr, `modulemark: warning: ${message}\n`)
  const cache = settings.cacheDir === null ? null : new PageCache(settings.cacheDir, warn)
  const runner = new BatchRunner({
    job: spec.job,
    options: jobOptions,
    jobs: settings.jobs,
    autoJobs: settings.autoJobs,
    cache,
    pageContext: spec.pageContext,
    readStdin: () => readAll(io.stdin),
    warn
  })
  const batch: PageBatch = { command, io, settings, runner, sink, shows: spec.shows, emptyNote: spec.emptyNote }
  try {
    const { tally, exit: buildExit } = await buildPages(batch, inputs.sources, { targets, progress: true })
    tally.unreadable.unshift(...inputs.problems.map((problem) => problem.input))
    exit = worse(worse(exit, buildExit), tally.exitCode(settings))
    // One page is a document, not a batch: no summary line.
    if (!inputs.single && !settings.quiet && settings.format === 'text') await write(io.stderr, `${tally.summary(settings)}\n`)
    if (values.watch && outDir !== null && targets !== null) {
      await watchPages({ batch, args: positionals, outDir, extension: spec.extension, models, inputs, targets })
      return ExitCode.ok
    }
    return exit
  } finally {
    await runner.close()
    await sink?.close()
  }
}
