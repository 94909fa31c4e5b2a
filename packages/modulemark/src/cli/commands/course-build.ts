import { createHash } from 'node:crypto'
import { rm, stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { courseLayout, loadCourse, type CourseLayout } from '@modulemark/course'
import type { ModuleRoot } from '@modulemark/model'
import { parseModule } from '@modulemark/extract'
import { writeIfChanged } from '../batch/sink.js'
import { describeSystemError, ExitCode, OutputError, worse } from '../errors.js'
import { toPosix } from '../inputs.js'
import { write, type CliIo } from '../io.js'
import { outputName } from '../output-paths.js'
import { formatMessage, isFailing, sortMessages, Tally } from '../reporters.js'

export interface CourseBuildSpec {
  io: CliIo
  /** The course folder (absolute). */
  dir: string
  outDir: string
  pretty: boolean
  strict: boolean
}

/** What one build did, file by file, for the watch's lines. */
export type CourseStep =
  | { type: 'page'; input: string; target: string; errors: number; ms: number }
  | { type: 'removed'; input: string; target: string }
  | { type: 'course'; target: string; ms: number }

export interface CourseBuildResult {
  exit: ExitCode
  tally: Tally
  /** Pages in the course as last laid out. */
  pages: number
}

const serialize = (value: unknown, pretty: boolean) => `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`

/**
 * `course -o DIR`: writes each page's JSON and then course.json (last, so it
 * never lists a page whose JSON is not there yet). With `remember` (watch),
 * the models are kept by content hash, so a rebuild parses and writes only
 * the pages that changed; pages gone have their JSON removed.
 */
export class CourseBuilder {
  private readonly models = new Map<string, { hash: string; model: ModuleRoot }>()
  /** Output of each page (course path → absolute) as last written. */
  private targets = new Map<string, string>()
  private readonly warned = new Set<string>()

  constructor(
    private readonly spec: CourseBuildSpec,
    private readonly remember: boolean
  ) {}

  /** One build; throws a CourseError when the course cannot be read at all. */
  async build(onStep?: (step: CourseStep) => Promise<void> | void): Promise<CourseBuildResult> {
    const { io, dir, outDir, pretty, strict } = this.spec
    const start = performance.now()
    const layout = await courseLayout(dir)
    for (const warning of layout.warnings) {
      if (this.warned.has(warning.message)) continue
      this.warned.add(warning.message)
      await write(io.stderr, `modulemark: warning: ${warning.message}\n`)
    }
    // Every output is planned before anything is written: a refused one means nothing is.
    const planned = await planCourseOutputs(layout, outDir)
    const pages = layout.modules.reduce((sum, module) => sum + module.pages.length, 0)
    const tally = new Tally()
    if (Array.isArray(planned)) {
      for (const problem of planned) await write(io.stderr, `modulemark: ${problem.message}\n`)
      return { exit: ExitCode.usage, tally, pages }
    }

    let exit: ExitCode = ExitCode.ok
    const fresh = new Set<string>()
    const parse = (bytes: Uint8Array, path: string): ModuleRoot => {
      const hash = this.remember ? createHash('sha256').update(bytes).digest('hex') : ''
      const known = this.models.get(path)
      if (known && known.hash === hash) return known.model
      fresh.add(path)
      const model = parseModule(bytes, { path })
      if (this.remember) this.models.set(path, { hash, model })
      return model
    }
    const onPage = async (model: ModuleRoot) => {
      const path = model.path!
      if (!fresh.has(path)) return
      tally.add(model.messages)
      const display = toPosix(relative(io.cwd, join(layout.dir, path)))
      const shown = sortMessages(model.messages.filter((message) => isFailing(message, strict)))
      if (shown.length > 0) await write(io.stderr, shown.map((message) => `${formatMessage(display, message)}\n`).join(''))
      const target = planned.get(path)!
      exit = worse(exit, await writeOutput(io, target, serialize(model, pretty)))
      const errors = model.messages.filter((message) => message.severity === 'error').length
      await onStep?.({ type: 'page', input: display, target, errors, ms: performance.now() - start })
    }
    const course = await loadCourse(dir, { layout, parse, onPage })

    for (const [path, target] of this.targets) {
      if (planned.has(path)) continue
      this.models.delete(path)
      await rm(target, { force: true }).catch(() => {})
      await onStep?.({ type: 'removed', input: toPosix(relative(io.cwd, join(layout.dir, path))), target })
    }
    this.targets = planned
    const courseJson = join(outDir, 'course.json')
    exit = worse(exit, await writeOutput(io, courseJson, serialize(course, pretty)))
    await onStep?.({ type: 'course', target: courseJson, ms: performance.now() - start })
    if (tally.failed(strict)) exit = worse(exit, ExitCode.problems)
    return { exit, tally, pages }
  }
}

/** Each page's output below `outDir` by its course path, or the problems that refuse the run. */
export async function planCourseOutputs(layout: CourseLayout, outDir: string): Promise<Map<string, string> | OutputError[]> {
  const problems: OutputError[] = []
  const isFile = await stat(outDir).then((stats) => !stats.isDirectory(), () => false)
  if (isFile) problems.push(new OutputError('output-not-a-directory', `-o ${toPosix(outDir)} is not a folder`, outDir))
  const targets = new Map<string, string>()
  const claimed = new Map<string, string>()
  for (const page of layout.modules.flatMap((module) => module.pages)) {
    const target = resolve(outDir, outputName(page.path))
    // `y.md` and `y.markdown` in one folder would share `y.json`.
    const other = claimed.get(target)
    if (other) problems.push(new OutputError('output-collision', `${other} and ${page.path} would both be written to ${toPosix(target)}`, target))
    claimed.set(target, page.path)
    targets.set(page.path, target)
  }
  return problems.length > 0 ? problems : targets
}

async function writeOutput(io: CliIo, target: string, data: string): Promise<ExitCode> {
  try {
    await writeIfChanged(target, Buffer.from(data, 'utf8'))
    return ExitCode.ok
  } catch (error) {
    const problem = new OutputError('output-write-failed', `cannot write ${toPosix(target)}: ${describeSystemError(error)}`, target, { cause: error })
    await write(io.stderr, `modulemark: ${problem.message}\n`)
    return ExitCode.usage
  }
}
