import { readFile, stat } from 'node:fs/promises'
import { basename, join, relative, resolve } from 'node:path'
import { parseModule } from '@modulemark/extract'
import type { ModuleRoot } from '@modulemark/model'
import { ChromiumNotFoundError } from '@modulemark/pdf'
import { toWorkbook, type HandoutOptions, type WorkbookMessage } from '@modulemark/render-html'
import { helpOption, parseCommandArgs } from '../args.js'
import { describeSystemError, ExitCode, InputError, OutputError, UsageError, worse } from '../errors.js'
import { toPosix } from '../inputs.js'
import { write, type CliIo } from '../io.js'
import { reportError } from '../report-error.js'
import { formatMessage, isFailing, sortMessages, Tally } from '../reporters.js'
import { modulePages, readCourseInfo, type CourseInfo } from './handouts-course.js'
import { workbookHelp } from './handouts-help.js'
import { handoutFlags, handoutSettings } from './handouts-options.js'
import { handoutWriter, type HandoutWriter } from './handouts-output.js'

/** `modulemark workbook <module-folder> [-o FILE] [--to html|pdf] …`: every worksheet of a module in one document. */
export async function runWorkbook(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('workbook', args, { ...helpOption, ...handoutFlags }, true)
  if (values.help) {
    await write(io.stdout, workbookHelp)
    return ExitCode.ok
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing-input' : 'unexpected-argument', 'workbook reads one module folder (…/modules/<module>)', 'workbook')
  const settings = await handoutSettings('workbook', values, io.cwd)
  const moduleDir = resolve(io.cwd, positionals[0])
  const shown = (path: string) => toPosix(relative(io.cwd, path)) || '.'
  const isModule = await stat(join(moduleDir, '_posts')).then((s) => s.isDirectory(), () => false)
  if (!isModule) {
    await reportError(io.stderr, new InputError('input-not-found', `${shown(moduleDir)} is not a module folder: it has no _posts folder`, positionals[0]))
    return ExitCode.unreadable
  }
  // Default: `<module>.workbook.html` (or .pdf) in the current folder, never inside the course.
  const target = resolve(io.cwd, values.out ?? `${basename(moduleDir)}.workbook.${settings.to}`)

  // Chromium first: a missing one stops the run before any work.
  let writer: HandoutWriter
  try {
    writer = await handoutWriter(settings.to, settings.chromium)
  } catch (error) {
    if (!(error instanceof ChromiumNotFoundError)) throw error
    await write(io.stderr, `modulemark: ${error.message}\n`)
    return ExitCode.usage
  }
  try {
    return await build(moduleDir, target, writer, settings.options, io)
  } finally {
    await writer.close()
  }
}

async function build(moduleDir: string, target: string, writer: HandoutWriter, options: HandoutOptions, io: CliIo): Promise<ExitCode> {
  const shown = (path: string) => toPosix(relative(io.cwd, path)) || '.'
  let exit: ExitCode = ExitCode.ok
  let course: CourseInfo | null = null
  try {
    course = await readCourseInfo(resolve(moduleDir, '..', '..'))
  } catch (error) {
    await write(io.stderr, `modulemark: warning: ${(error as Error).message}; the workbook has no course title\n`)
  }
  const { files, undated } = await modulePages(moduleDir)
  for (const file of undated) await write(io.stderr, `modulemark: warning: ${shown(file)} has no YYYY-MM-DD- prefix; it is not a page of the module\n`)

  const tally = new Tally()
  const pages: ModuleRoot[] = []
  for (const file of files) {
    let bytes: Uint8Array
    try {
      bytes = await readFile(file)
    } catch (error) {
      await reportError(io.stderr, new InputError('input-unreadable', `cannot read ${shown(file)}: ${describeSystemError(error)}`, shown(file), { cause: error }))
      exit = worse(exit, ExitCode.unreadable)
      continue
    }
    const model = parseModule(bytes, { path: toPosix(relative(moduleDir, file)) })
    tally.add(model.messages)
    const failing = sortMessages(model.messages.filter((message) => isFailing(message, false)))
    if (failing.length > 0) await write(io.stderr, failing.map((message) => `${formatMessage(shown(file), message)}\n`).join(''))
    pages.push(model)
  }

  const workbook = toWorkbook(pages, { course, module: { name: basename(moduleDir) } }, options)
  for (const message of workbook.messages) await write(io.stderr, `${describe(message, moduleDir, shown)}\n`)

  try {
    await writer.write(target, workbook.html)
  } catch (error) {
    await reportError(io.stderr, new OutputError('output-write-failed', `cannot write ${shown(target)}: ${describeSystemError(error)}`, target, { cause: error }))
    exit = worse(exit, ExitCode.usage)
  }
  if (tally.failed(false)) exit = worse(exit, ExitCode.problems)
  return exit
}

/** `path:line:col warning reason rule-id`, as the other diagnostics; module-wide ones name the folder. */
function describe(message: WorkbookMessage, moduleDir: string, shown: (path: string) => string): string {
  const where = message.path === null ? shown(moduleDir) : `${shown(join(moduleDir, message.path))}:${message.line ?? 1}:${message.column ?? 1}`
  return `${where} ${message.severity} ${message.reason} ${message.ruleId}`
}
