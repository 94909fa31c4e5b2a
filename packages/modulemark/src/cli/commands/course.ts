import { stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { CourseError, courseLayout, loadCourse, readCourse, type CourseLayout } from '@modulemark/course'
import type { ModuleRoot } from '@modulemark/model'
import { helpOption, parseCommandArgs } from '../args.js'
import { writeFileAtomic } from '../atomic-write.js'
import { describeSystemError, ExitCode, OutputError, UsageError, worse } from '../errors.js'
import { toPosix } from '../inputs.js'
import { write, type CliIo } from '../io.js'
import { outputName } from '../output-paths.js'
import { reportError } from '../report-error.js'
import { formatMessage, isFailing, sortMessages, Tally } from '../reporters.js'
import { courseHelp } from './course-help.js'

const options = {
  ...helpOption,
  out: { type: 'string', short: 'o' },
  ndjson: { type: 'boolean' },
  pretty: { type: 'boolean' },
  strict: { type: 'boolean' }
} as const

const serialize = (value: unknown, pretty: boolean) => `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`

/** `modulemark course <course-dir> [-o DIR] [--ndjson] [--pretty] [--strict]` */
export async function runCourse(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('course', args, options, true)
  if (values.help) {
    await write(io.stdout, courseHelp)
    return ExitCode.ok
  }
  if (positionals.length === 0) throw new UsageError('missing-input', 'course needs a course folder', 'course')
  if (positionals.length > 1) throw new UsageError('unexpected-argument', `course reads one course folder (got ${positionals.length} arguments)`, 'course')
  if (values.out === '') throw new UsageError('invalid-option', "option '-o, --out' needs a folder", 'course')
  const ndjson = values.ndjson ?? false
  const pretty = values.pretty ?? false
  const strict = values.strict ?? false
  if (ndjson && values.out !== undefined) throw new UsageError('invalid-combination', '--ndjson streams to stdout; it cannot be used with -o', 'course')
  if (ndjson && pretty) throw new UsageError('invalid-combination', '--pretty would break the NDJSON lines', 'course')

  const dir = resolve(io.cwd, positionals[0])
  const outDir = values.out === undefined ? null : resolve(io.cwd, values.out)
  let exit: ExitCode = ExitCode.ok
  try {
    const layout = await courseLayout(dir)
    for (const warning of layout.warnings) await write(io.stderr, `modulemark: warning: ${warning.message}\n`)

    // Every output is planned before anything is written: a refused one means nothing is.
    const targets = outDir === null ? null : await planCourseOutputs(layout, outDir)
    if (Array.isArray(targets)) {
      for (const problem of targets) await reportError(io.stderr, problem)
      return ExitCode.usage
    }

    const tally = new Tally()
    const onPage = async (model: ModuleRoot) => {
      tally.add(model.messages)
      const shown = sortMessages(model.messages.filter((message) => isFailing(message, strict)))
      const display = toPosix(relative(io.cwd, join(layout.dir, model.path ?? '')))
      if (shown.length > 0) await write(io.stderr, shown.map((message) => `${formatMessage(display, message)}\n`).join(''))
      if (ndjson) await write(io.stdout, serialize(model, false))
      else if (targets) exit = worse(exit, await writeOutput(io, targets.get(model.path!)!, serialize(model, pretty)))
    }

    if (ndjson) {
      for await (const model of readCourse(dir, { layout })) await onPage(model)
    } else {
      const course = await loadCourse(dir, { layout, onPage })
      // course.json last, so it never lists a page whose JSON is not there yet.
      if (outDir === null) await write(io.stdout, serialize(course, pretty))
      else exit = worse(exit, await writeOutput(io, join(outDir, 'course.json'), serialize(course, pretty)))
    }
    if (tally.failed(strict)) exit = worse(exit, ExitCode.problems)
    return exit
  } catch (error) {
    if (!(error instanceof CourseError)) throw error
    await write(io.stderr, `modulemark: ${error.message}\n`)
    return worse(exit, ExitCode.unreadable)
  }
}

/** Each page's output below `outDir` by its course path, or the problems that refuse the run. */
async function planCourseOutputs(layout: CourseLayout, outDir: string): Promise<Map<string, string> | OutputError[]> {
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
    await writeFileAtomic(target, data)
    return ExitCode.ok
  } catch (error) {
    await reportError(io.stderr, new OutputError('output-write-failed', `cannot write ${toPosix(target)}: ${describeSystemError(error)}`, target, { cause: error }))
    return ExitCode.usage
  }
}
