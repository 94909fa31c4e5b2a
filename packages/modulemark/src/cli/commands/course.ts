import { join, relative, resolve } from 'node:path'
import { CourseError, courseLayout, loadCourse, readCourse } from '@modulemark/course'
import type { ModuleRoot } from '@modulemark/model'
import { helpOption, parseCommandArgs } from '../args.js'
import { watchFlag } from '../batch/settings.js'
import { ExitCode, UsageError } from '../errors.js'
import { toPosix } from '../inputs.js'
import { write, type CliIo } from '../io.js'
import { formatMessage, isFailing, sortMessages, Tally } from '../reporters.js'
import { CourseBuilder } from './course-build.js'
import { courseHelp } from './course-help.js'
import { watchCourse } from './course-watch.js'

const options = {
  ...helpOption,
  ...watchFlag,
  out: { type: 'string', short: 'o' },
  ndjson: { type: 'boolean' },
  pretty: { type: 'boolean' },
  strict: { type: 'boolean' }
} as const

const serialize = (value: unknown, pretty: boolean) => `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`

/** `modulemark course <course-dir> [-o DIR [--watch]] [--ndjson] [--pretty] [--strict]` */
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
  if (values.watch && values.out === undefined) throw new UsageError('invalid-combination', '--watch needs -o DIR: it rewrites the outputs as pages change', 'course')

  const dir = resolve(io.cwd, positionals[0])
  try {
    if (values.out !== undefined) {
      const outDir = resolve(io.cwd, values.out)
      const builder = new CourseBuilder({ io, dir, outDir, pretty, strict }, values.watch ?? false)
      const { exit, pages } = await builder.build()
      if (!values.watch) return exit
      await watchCourse(builder, { io, dir: resolve(dir), outDir, pages })
      return ExitCode.ok
    }
    return await toStdout(dir, { ndjson, pretty, strict }, io)
  } catch (error) {
    if (!(error instanceof CourseError)) throw error
    await write(io.stderr, `modulemark: ${error.message}\n`)
    return ExitCode.unreadable
  }
}

/** course.json, or with `ndjson` the page models one a line, on stdout. */
async function toStdout(dir: string, flags: { ndjson: boolean; pretty: boolean; strict: boolean }, io: CliIo): Promise<ExitCode> {
  const layout = await courseLayout(dir)
  for (const warning of layout.warnings) await write(io.stderr, `modulemark: warning: ${warning.message}\n`)
  const tally = new Tally()
  const onPage = async (model: ModuleRoot) => {
    tally.add(model.messages)
    const shown = sortMessages(model.messages.filter((message) => isFailing(message, flags.strict)))
    const display = toPosix(relative(io.cwd, join(layout.dir, model.path ?? '')))
    if (shown.length > 0) await write(io.stderr, shown.map((message) => `${formatMessage(display, message)}\n`).join(''))
    if (flags.ndjson) await write(io.stdout, serialize(model, false))
  }
  if (flags.ndjson) {
    for await (const model of readCourse(dir, { layout })) await onPage(model)
  } else {
    await write(io.stdout, serialize(await loadCourse(dir, { layout, onPage }), flags.pretty))
  }
  return tally.failed(flags.strict) ? ExitCode.problems : ExitCode.ok
}
