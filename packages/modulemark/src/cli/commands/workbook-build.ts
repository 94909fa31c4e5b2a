import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename, join, relative, resolve } from 'node:path'
import { parseModule } from '@modulemark/extract'
import type { ModuleRoot } from '@modulemark/model'
import { toWorkbook, type HandoutOptions, type WorkbookMessage } from '@modulemark/render-html'
import { describeSystemError, ExitCode, InputError, OutputError, worse } from '../errors.js'
import { toPosix } from '../inputs.js'
import { write, type CliIo } from '../io.js'
import { formatMessage, isFailing, sortMessages, Tally } from '../reporters.js'
import { modulePages, readCourseInfo, type CourseInfo } from './handouts-course.js'
import type { HandoutWriter } from './handouts-output.js'

export interface WorkbookSpec {
  io: CliIo
  /** The module folder (absolute). */
  moduleDir: string
  /** The workbook file (absolute). */
  target: string
  writer: HandoutWriter
  options: HandoutOptions
}

export interface WorkbookResult {
  exit: ExitCode
  /** The module's dated pages as last listed. */
  pages: number
  /** Error messages in the pages parsed by this build. */
  errors: number
  /** Pages that could not be read, as shown, with why. */
  failed: { input: string; message: string }[]
}

/**
 * Builds a module's workbook. With `remember` (watch), page models are kept
 * by content hash: a rebuild lists the module again (new and deleted pages),
 * parses only the pages that changed, and repeats a warning only when it is
 * new; the workbook itself is always made again (it is one document).
 */
export class WorkbookBuilder {
  private readonly models = new Map<string, { hash: string; model: ModuleRoot }>()
  private told = new Set<string>()

  constructor(
    private readonly spec: WorkbookSpec,
    private readonly remember: boolean
  ) {}

  async build(): Promise<WorkbookResult> {
    const { io, moduleDir, target, writer, options } = this.spec
    const shown = (path: string) => toPosix(relative(io.cwd, path)) || '.'
    const telling = new Set<string>()
    const warn = async (line: string) => {
      telling.add(line)
      if (!this.told.has(line)) await write(io.stderr, `${line}\n`)
    }
    let exit: ExitCode = ExitCode.ok
    let course: CourseInfo | null = null
    try {
      course = await readCourseInfo(resolve(moduleDir, '..', '..'))
    } catch (error) {
      await warn(`modulemark: warning: ${(error as Error).message}; the workbook has no course title`)
    }
    const { files, undated } = await modulePages(moduleDir)
    for (const file of undated) await warn(`modulemark: warning: ${shown(file)} has no YYYY-MM-DD- prefix; it is not a page of the module`)

    const tally = new Tally()
    const failed: WorkbookResult['failed'] = []
    const pages: ModuleRoot[] = []
    for (const file of files) {
      let bytes: Uint8Array
      try {
        bytes = await readFile(file)
      } catch (error) {
        const problem = new InputError('input-unreadable', `cannot read ${shown(file)}: ${describeSystemError(error)}`, shown(file), { cause: error })
        await write(io.stderr, `modulemark: ${problem.message}\n`)
        failed.push({ input: shown(file), message: problem.message })
        exit = worse(exit, ExitCode.unreadable)
        continue
      }
      pages.push(await this.model(file, bytes, tally))
    }
    for (const gone of [...this.models.keys()].filter((file) => !files.includes(file))) this.models.delete(gone)

    const workbook = toWorkbook(pages, { course, module: { name: basename(moduleDir) } }, options)
    for (const message of workbook.messages) await warn(describe(message, moduleDir, shown))
    this.told = telling

    try {
      await writer.write(target, workbook.html)
    } catch (error) {
      const problem = new OutputError('output-write-failed', `cannot write ${shown(target)}: ${describeSystemError(error)}`, target, { cause: error })
      await write(io.stderr, `modulemark: ${problem.message}\n`)
      exit = worse(exit, ExitCode.usage)
    }
    if (tally.failed(false)) exit = worse(exit, ExitCode.problems)
    return { exit, pages: files.length, errors: tally.errors, failed }
  }

  /** The page's model: the one kept when its bytes are unchanged, else parsed (and its errors told). */
  private async model(file: string, bytes: Uint8Array, tally: Tally): Promise<ModuleRoot> {
    const { io, moduleDir } = this.spec
    const hash = this.remember ? createHash('sha256').update(bytes).digest('hex') : ''
    const known = this.models.get(file)
    if (known && known.hash === hash) return known.model
    const model = parseModule(bytes, { path: toPosix(relative(moduleDir, file)) })
    if (this.remember) this.models.set(file, { hash, model })
    tally.add(model.messages)
    const display = toPosix(relative(io.cwd, file))
    const failing = sortMessages(model.messages.filter((message) => isFailing(message, false)))
    if (failing.length > 0) await write(io.stderr, failing.map((message) => `${formatMessage(display, message)}\n`).join(''))
    return model
  }
}

/** `path:line:col warning reason rule-id`, as the other diagnostics; module-wide ones name the folder. */
function describe(message: WorkbookMessage, moduleDir: string, shown: (path: string) => string): string {
  const where = message.path === null ? shown(moduleDir) : `${shown(join(moduleDir, message.path))}:${message.line ?? 1}:${message.column ?? 1}`
  return `${where} ${message.severity} ${message.reason} ${message.ruleId}`
}
