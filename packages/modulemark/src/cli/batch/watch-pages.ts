import { rm, stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { isDynamicPattern } from 'tinyglobby'
import { describeSystemError, type CliError } from '../errors.js'
import { globBase, isModelName, isPageName, resolveInputs, type ResolvedInputs, type Source } from '../inputs.js'
import { planOutputs } from '../output-paths.js'
import { buildPages, type PageBatch, type PageDone } from './page-batch.js'
import { runWatch, say, shownPath } from './watch-run.js'

type FileSource = Extract<Source, { kind: 'file' }>

export interface WatchPagesOptions {
  batch: PageBatch
  /** The command's input arguments, resolved again when pages come and go. */
  args: string[]
  outDir: string
  /** Output extension, as for `planOutputs`. */
  extension: string
  /** JSON models are inputs too (renderer commands). */
  models: boolean
  /** The inputs and targets (by source path) of the first build. */
  inputs: ResolvedInputs
  targets: Map<string, string>
}

/**
 * `--watch` for a command with one output per page: rebuilds the pages a
 * change touches, builds new pages, removes the outputs of deleted ones, one
 * line each on stderr; a failing page is reported and the watch goes on.
 */
export async function watchPages(options: WatchPagesOptions): Promise<void> {
  const { batch, outDir, models } = options
  const { io } = batch
  const shown = (path: string) => shownPath(io, path)
  const report = (error: CliError) => say(io, `modulemark: ${error.message}`)
  let state = { inputs: options.inputs, targets: options.targets }
  let lastProblems = new Set(options.inputs.problems.map((problem) => problem.message))

  const rebuild = async (paths: Set<string>) => {
    const known = new Map(state.inputs.sources.flatMap((source) => (source.kind === 'file' ? [[source.abs, source] as const] : [])))
    let toBuild: FileSource[]
    if (await allKnownAndThere(paths, known)) {
      // An edit of known pages: no need to walk the folders or plan again.
      toBuild = state.inputs.sources.filter((source): source is FileSource => source.kind === 'file' && paths.has(source.abs))
    } else {
      const inputs = await resolveInputs(options.args, io.cwd, { models })
      const problems = new Set(inputs.problems.map((problem) => problem.message))
      for (const problem of inputs.problems) if (!lastProblems.has(problem.message)) await report(problem)
      lastProblems = problems
      const files = inputs.sources.filter((source): source is FileSource => source.kind === 'file')
      const plan = await planOutputs(files, outDir, options.extension, models)
      for (const problem of plan.problems) await report(problem)
      const targets = new Map([...plan.targets].map(([source, target]) => [source.abs, target]))
      const rebase = inputs.base !== state.inputs.base // every model path moved
      toBuild = files.filter((source) => targets.has(source.abs) && (rebase || !known.has(source.abs) || paths.has(source.abs)))
      // An old output that is now kept, or is now an input, stays.
      const kept = new Set([...targets.values(), ...files.map((source) => source.abs)])
      for (const [abs, target] of state.targets) {
        if (kept.has(target)) continue
        await rm(target, { force: true }).catch((error: unknown) => say(io, `modulemark: cannot remove ${shown(target)}: ${describeSystemError(error)}`))
        await say(io, `removed ${shown(target)} (${shown(abs)} is gone)`)
        io.onEvent?.({ type: 'removed', input: shown(abs), output: shown(target) })
      }
      state = { inputs, targets }
    }
    if (toBuild.length > 0) await buildPages(batch, toBuild, { targets: state.targets, progress: false, onPage: (done) => announce(done) })
  }

  const announce = async ({ outcome, target, ms }: PageDone) => {
    const input = outcome.source.display
    if (outcome.error) {
      io.onEvent?.({ type: 'failed', input, message: outcome.error.message })
      return
    }
    const errors = outcome.messages.filter((message) => message.severity === 'error').length
    const output = target === null ? null : shown(target)
    const note = errors > 0 ? ` (${errors} error${errors === 1 ? '' : 's'})` : ''
    await say(io, `rebuilt ${input} → ${output ?? '(nothing written)'} in ${Math.round(ms)} ms${note}`)
    io.onEvent?.({ type: 'rebuilt', input, output, ms, errors, cached: outcome.cached })
  }

  await runWatch({
    io,
    roots: watchRoots(options.args, io.cwd),
    ignore: [outDir, ...(batch.settings.cacheDir ? [batch.settings.cacheDir] : [])],
    accept: (path) => isPageName(basename(path)) || (models && isModelName(basename(path))),
    pages: () => state.inputs.sources.length,
    // "watching" means ready for a quick first rebuild: the job is loaded before.
    warmUp: () => batch.runner.warmUp(),
    onChange: rebuild
  })
}

/** Whether every changed path is a page already built that still exists (the common case: an edit). */
async function allKnownAndThere(paths: Set<string>, known: Map<string, FileSource>): Promise<boolean> {
  for (const path of paths) {
    if (!known.has(path)) return false
    if (!(await stat(path).then((s) => s.isFile(), () => false))) return false
  }
  return true
}

/** What to watch for each argument: the file or folder, or a glob's static base. */
function watchRoots(args: string[], cwd: string): string[] {
  return args.map((arg) => (isDynamicPattern(arg) ? globBase(arg, cwd) : resolve(cwd, arg)))
}
