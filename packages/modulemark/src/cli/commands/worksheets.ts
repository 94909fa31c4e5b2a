import { resolve } from 'node:path'
import { parseModule } from '@modulemark/extract'
import { ChromiumNotFoundError } from '@modulemark/pdf'
import { toWorksheets, type WorksheetsOptions } from '@modulemark/render-html'
import { readFile } from 'node:fs/promises'
import { helpOption, parseCommandArgs } from '../args.js'
import { describeSystemError, ExitCode, OutputError, UsageError, worse } from '../errors.js'
import { resolveInputs, toPosix, type Source } from '../inputs.js'
import { write, type CliIo } from '../io.js'
import { checkOutDir, planOutputs } from '../output-paths.js'
import { parseSources } from '../parse-sources.js'
import { reportError } from '../report-error.js'
import { formatMessage, isFailing, sortMessages, Tally } from '../reporters.js'
import { courseFoldersOf, modulePages, readCourseInfo } from './handouts-course.js'
import { worksheetsHelp } from './handouts-help.js'
import { handoutFlags, handoutSettings } from './handouts-options.js'
import { handoutWriter, type HandoutWriter } from './handouts-output.js'

type FileSource = Extract<Source, { kind: 'file' }>
type PageContext = Pick<WorksheetsOptions, 'course' | 'moduleTitle' | 'license'>

/** `modulemark worksheets <inputs…> [-o DIR] [--to html|pdf] [--rows N] …`: blank handouts, one file per page. */
export async function runWorksheets(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('worksheets', args, { ...helpOption, ...handoutFlags }, true)
  if (values.help) {
    await write(io.stdout, worksheetsHelp)
    return ExitCode.ok
  }
  if (positionals.length === 0) throw new UsageError('missing-input', 'worksheets needs at least one module page', 'worksheets')
  const settings = await handoutSettings('worksheets', values, io.cwd)
  const inputs = await resolveInputs(positionals, io.cwd)
  if (inputs.sources.some((source) => source.kind === 'stdin')) {
    throw new UsageError('invalid-combination', "'-' (stdin) has no file name to name its handouts after; give the page as a file", 'worksheets')
  }
  let exit: ExitCode = ExitCode.ok
  for (const problem of inputs.problems) {
    await reportError(io.stderr, problem)
    exit = worse(exit, problem.exitCode)
  }
  const sources = inputs.sources as FileSource[]
  const extension = `.worksheets.${settings.to}`
  // Every output is planned first: a refused one means nothing is written.
  const targets = await plan(sources, resolve(io.cwd, values.out ?? '.'), extension, io)
  if (targets === null) return worse(exit, ExitCode.usage)

  let writer: HandoutWriter
  try {
    writer = await handoutWriter(settings.to, settings.chromium)
  } catch (error) {
    if (!(error instanceof ChromiumNotFoundError)) throw error
    await write(io.stderr, `modulemark: ${error.message}\n`)
    return ExitCode.usage
  }
  const tally = new Tally()
  const contexts = new Map<string, Promise<PageContext>>()
  try {
    for await (const parsed of parseSources(sources, io)) {
      if (parsed.error) {
        await reportError(io.stderr, parsed.error)
        exit = worse(exit, parsed.error.exitCode)
        continue
      }
      tally.add(parsed.messages)
      const shown = sortMessages(parsed.messages.filter((message) => isFailing(message, false)))
      if (shown.length > 0) await write(io.stderr, shown.map((message) => `${formatMessage(parsed.source.display, message)}\n`).join(''))
      if (parsed.model === null) continue
      const source = parsed.source as FileSource
      if (!parsed.model.worksheets.some((entry) => entry.role === 'worksheet')) {
        await write(io.stderr, `modulemark: ${source.display} introduces no worksheet; no handout written\n`)
        continue
      }
      const context = await contextOf(source.abs, contexts, io)
      const html = toWorksheets(parsed.model, { ...settings.options, ...context })
      const target = targets.get(source)!
      try {
        await writer.write(target, html)
      } catch (error) {
        await reportError(io.stderr, new OutputError('output-write-failed', `cannot write ${toPosix(target)}: ${describeSystemError(error)}`, target, { cause: error }))
        exit = worse(exit, ExitCode.usage)
      }
    }
  } finally {
    await writer.close()
  }
  if (tally.failed(false)) exit = worse(exit, ExitCode.problems)
  return exit
}

/** Outputs mirrored into `-o DIR` (default: the current folder), `x.md` → `x.worksheets.html`; `null` when refused. */
async function plan(sources: FileSource[], outDir: string, extension: string, io: CliIo): Promise<Map<FileSource, string> | null> {
  const refused = await checkOutDir(outDir)
  const { targets, problems } = await planOutputs(sources, outDir, extension)
  const all = refused ? [refused, ...problems] : problems
  for (const problem of all) await reportError(io.stderr, problem)
  return all.length > 0 ? null : targets
}

/** Course title and licence from course.yml, module title from the module's first page: read once per module. */
function contextOf(file: string, cache: Map<string, Promise<PageContext>>, io: CliIo): Promise<PageContext> {
  const folders = courseFoldersOf(file)
  if (folders === null) return Promise.resolve({})
  let context = cache.get(folders.moduleDir)
  if (!context) {
    context = (async () => {
      let course = null
      try {
        course = await readCourseInfo(folders.courseDir)
      } catch (error) {
        await write(io.stderr, `modulemark: warning: ${(error as Error).message}; the handouts have no course title\n`)
      }
      const first = (await modulePages(folders.moduleDir).catch(() => ({ files: [] }))).files[0]
      const moduleTitle = first === undefined ? null : parseModule(await readFile(first), { path: first }).title
      return { course: course?.title, license: course?.license, moduleTitle }
    })()
    cache.set(folders.moduleDir, context)
  }
  return context
}
