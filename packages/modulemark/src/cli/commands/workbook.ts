import { stat } from 'node:fs/promises'
import { basename, join, relative, resolve } from 'node:path'
import { ChromiumNotFoundError } from '@modulemark/pdf'
import { helpOption, parseCommandArgs } from '../args.js'
import { watchFlag } from '../batch/settings.js'
import { ExitCode, InputError, UsageError } from '../errors.js'
import { toPosix } from '../inputs.js'
import { write, type CliIo } from '../io.js'
import { reportError } from '../report-error.js'
import { workbookHelp } from './handouts-help.js'
import { handoutFlags, handoutSettings } from './handouts-options.js'
import { handoutWriter, type HandoutWriter } from './handouts-output.js'
import { WorkbookBuilder } from './workbook-build.js'
import { watchWorkbook } from './workbook-watch.js'

/** `modulemark workbook <module-folder> [-o FILE] [--to html|pdf] … [--watch]`: every worksheet of a module in one document. */
export async function runWorkbook(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('workbook', args, { ...helpOption, ...handoutFlags, ...watchFlag }, true)
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
    const builder = new WorkbookBuilder({ io, moduleDir, target, writer, options: settings.options }, values.watch ?? false)
    const { exit, pages } = await builder.build()
    if (!values.watch) return exit
    await watchWorkbook(builder, { io, moduleDir, target, pages })
    return ExitCode.ok
  } finally {
    await writer.close()
  }
}
