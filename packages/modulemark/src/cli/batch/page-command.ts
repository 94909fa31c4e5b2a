import { dirname, resolve } from 'node:path'
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
import { removeStaleTemps } from './stale-temps.js'
import { watchPages } from './watch-pages.js'

type FileSource = Extract<Source, { kind: 'file' }>

export const outFlag = { out: { type: 'string', short: 'o' } } as const

/** The flags a page command hands over: its `-o`, the batch flags and `--watch`. */
export type PageCommandValues = OptionValues<typeof outFlag & typeof batchFlags & typeof watchFlag>

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
  jobOptions: (context: { inputs: ResolvedInputs; outDir: string | null; config: LoadedConfig }) => unknown
}

/**
 * The shared body of a command that turns each page into one output: inputs,
 * config and flags, the output plan (all checked before anything is written),
 * the batch through workers and cache, the summary, and `--watch`.
 */
export async function runPageCommand(spec: PageCommandSpec, io: CliIo): Promise<ExitCode> {
  const { command, values, positionals } = spec
  if (positionals.length === 0) throw new UsageError('missing-input', `${command} needs at least one input (a file, folder, glob or -)`, command)
  if (values.out === '') throw new UsageError('invalid-option', "option '-o, --out' needs a folder", command)
  const config = await loadConfig(io.cwd)
  const settings = batchSettings(command, values, config, io.cwd)

  const inputs = await resolveInputs(positionals, io.cwd)
  const outDir = values.out === undefined ? null : resolve(io.cwd, values.out)
  const stdin = inputs.sources.some((source) => source.kind === 'stdin')
  if (outDir !== null && stdin) throw new UsageError('invalid-combination', "'-' (stdin) has no file name to mirror into -o; redirect stdout instead", command)
  if (values.watch && outDir === null) throw new UsageError('invalid-combination', '--watch needs -o DIR: it rewrites the outputs as pages change', command)
  if (values.watch && stdin) throw new UsageError('invalid-combination', '--watch cannot read stdin', command)
  const jobOptions = spec.jobOptions({ inputs, outDir, config })

  let exit: ExitCode = ExitCode.ok
  for (const problem of inputs.problems) {
    await write(io.stderr, `modulemark: ${problem.message}\n`)
    exit = worse(exit, problem.exitCode)
  }

  let targets: Map<string, string> | null = null
  if (outDir !== null) {
    // The whole plan is checked first: a refused output means nothing is written.
    const refused = await checkOutDir(outDir)
    const plan = await planOutputs(inputs.sources.filter((s): s is FileSource => s.kind === 'file'), outDir, spec.extension)
    const problems = refused ? [refused, ...plan.problems] : plan.problems
    for (const problem of problems) await write(io.stderr, `modulemark: ${problem.message}\n`)
    if (problems.length > 0) return worse(exit, ExitCode.usage)
    targets = new Map([...plan.targets].map(([source, target]) => [source.abs, target]))
    await removeStaleTemps([...targets.values()].map((target) => dirname(target)))
  }

  const warn = (message: string) => void write(io.stderr, `modulemark: warning: ${message}\n`)
  const cache = settings.cacheDir === null ? null : new PageCache(settings.cacheDir, warn)
  const runner = new BatchRunner({ job: spec.job, options: jobOptions, jobs: settings.jobs, autoJobs: settings.autoJobs, cache, readStdin: () => readAll(io.stdin), warn })
  const batch: PageBatch = { command, io, settings, runner }
  try {
    const { tally, exit: buildExit } = await buildPages(batch, inputs.sources, { targets, progress: true })
    tally.unreadable.unshift(...inputs.problems.map((problem) => problem.input))
    exit = worse(worse(exit, buildExit), tally.exitCode(settings))
    // One page to stdout is a document, not a batch: no summary line.
    if (!inputs.single && !settings.quiet && settings.format === 'text') await write(io.stderr, `${tally.summary(settings)}\n`)
    if (values.watch && outDir !== null && targets !== null) {
      await watchPages({ batch, args: positionals, outDir, extension: spec.extension, inputs, targets })
      return ExitCode.ok
    }
    return exit
  } finally {
    await runner.close()
  }
}
